import { desc, eq, getTableColumns, gte, inArray } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { bodies } from '../bodies/schema';
import { formatCaseNumber } from './number';
import { type DocumentView, presentDocument } from './present';
import { visibilityByBody } from './queries';
import { caseDocuments, cases } from './schema';

/** A case as another area mentions it (a milestone, an activity's link): its number always, its title when the caller may read it. */
export interface CaseReference {
  id: string;
  number: string;
  title: string | null;
  bodyName: string;
  status: (typeof cases.$inferSelect)['status'];
  decidedOn: string | null;
  withheld: boolean;
}

/** Cases by id, in one query, withheld as the case pages withhold them. */
export async function caseReferences(ctx: Ctx, ids: readonly string[]): Promise<Map<string, CaseReference>> {
  if (!ids.length) return new Map();
  const rows = await ctx.db
    .select({ c: cases, bodyName: bodies.name })
    .from(cases)
    .innerJoin(bodies, eq(bodies.id, cases.bodyId))
    .where(inArray(cases.id, [...new Set(ids)]));
  const visible = await visibilityByBody(
    ctx,
    rows.map((r) => r.c.bodyId),
  );
  return new Map(
    rows.map(({ c, bodyName }) => {
      const withheld = c.access === 'exempt' && !visible.get(c.bodyId);
      return [
        c.id,
        {
          id: c.id,
          number: formatCaseNumber(c.sequence, c.year),
          title: withheld && c.titleExempt ? null : c.title,
          bodyName,
          status: c.status,
          decidedOn: c.decidedOn,
          withheld,
        },
      ];
    }),
  );
}

const { content: _content, text: _text, ...documentColumns } = getTableColumns(caseDocuments);

/** Case documents by id, with their case's number, presented as the case page presents them. */
export async function documentReferences(
  ctx: Ctx,
  ids: readonly string[],
): Promise<Map<string, DocumentView & { caseNumber: string }>> {
  if (!ids.length) return new Map();
  const rows = await ctx.db
    .select({ d: documentColumns, c: cases })
    .from(caseDocuments)
    .innerJoin(cases, eq(cases.id, caseDocuments.caseId))
    .where(inArray(caseDocuments.id, [...new Set(ids)]));
  const visible = await visibilityByBody(
    ctx,
    rows.map((r) => r.c.bodyId),
  );
  return new Map(
    rows.map(({ d, c }) => [
      d.id,
      {
        ...presentDocument(d, visible.get(c.bodyId) ?? false, c.access === 'exempt'),
        caseNumber: formatCaseNumber(c.sequence, c.year),
      },
    ]),
  );
}

/** The case documents uploaded from a day on, newest first, as the caller may see them (a picker's choices). */
export async function documentsUploadedSince(ctx: Ctx, from: string) {
  const rows = await ctx.db
    .select({ id: caseDocuments.id })
    .from(caseDocuments)
    .where(gte(caseDocuments.uploadedAt, new Date(`${from}T00:00:00Z`)))
    .orderBy(desc(caseDocuments.uploadedAt))
    .limit(500);
  const refs = await documentReferences(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.flatMap((r) => refs.get(r.id) ?? []);
}
