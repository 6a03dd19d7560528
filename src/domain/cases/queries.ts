import { and, asc, desc, eq, getTableColumns, ilike, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { todayInOslo } from '../../kernel/dates';
import { Forbidden, NotFound } from '../../kernel/errors';
import { requireUser } from '../../kernel/guards';
import { type Page, PageParams, paginate } from '../../kernel/pagination';
import { parseInput } from '../../kernel/validate';
import { bodies } from '../bodies/schema';
import { people } from '../people/schema';
import { formatCaseNumber } from './number';
import { canSeeExempt } from './permissions';
import { type CaseView, presentCase, presentDocument, presentFollowUp } from './present';
import { getCaseRow } from './rows';
import { caseDocuments, caseRoutes, cases, followUps } from './schema';

const { content: _content, text: _text, ...documentColumns } = getTableColumns(caseDocuments);

/** canSeeExempt per body, asked once per body in a list. */
export async function visibilityByBody(ctx: Ctx, bodyIds: string[]) {
  const entries = await Promise.all(
    [...new Set(bodyIds)].map(async (id) => [id, await canSeeExempt(ctx, id)] as const),
  );
  return new Map(entries);
}

export const ListCasesParams = PageParams.extend({
  bodyId: z.uuid().optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  status: z.enum(['registered', 'in_progress', 'decided', 'closed', 'withdrawn']).optional(),
  q: z.string().trim().max(100).optional(),
  /** Cases that go through this body: its own, and others' whose route passes it (for an agenda). */
  forBodyId: z.uuid().optional(),
  /** Cases not yet decided (to put on an agenda). */
  open: z.enum(['true', 'false']).optional(),
});

/** Cases, newest number first. Exempt content is withheld from callers without access to the body. */
export async function listCases(
  ctx: Ctx,
  params: z.input<typeof ListCasesParams>,
): Promise<Page<CaseView & { bodyName: string }>> {
  const p = parseInput(ListCasesParams, params, ctx.locale);
  const filters: SQL[] = [];
  if (p.bodyId) filters.push(eq(cases.bodyId, p.bodyId));
  if (p.forBodyId) {
    const routed = ctx.db
      .select({ id: caseRoutes.caseId })
      .from(caseRoutes)
      .where(eq(caseRoutes.bodyId, p.forBodyId));
    filters.push(or(eq(cases.bodyId, p.forBodyId), inArray(cases.id, routed))!);
  }
  if (p.year) filters.push(eq(cases.year, p.year));
  if (p.status) filters.push(eq(cases.status, p.status));
  if (p.open === 'true') filters.push(inArray(cases.status, ['registered', 'in_progress']));
  // A case number is public and found by anyone; a title word only in titles the caller may read.
  const number = p.q?.match(/^(\d+)\/(\d{2})$/);
  if (p.q) {
    const pattern = `%${p.q.replace(/[%_\\]/g, '\\$&')}%`;
    filters.push(
      number
        ? and(eq(cases.sequence, Number(number[1])), sql`${cases.year} % 100 = ${Number(number[2])}`)!
        : ilike(cases.title, pattern),
    );
  }
  const rows = await ctx.db
    .select({ c: cases, bodyName: bodies.name })
    .from(cases)
    .innerJoin(bodies, eq(bodies.id, cases.bodyId))
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(cases.year), desc(cases.sequence), asc(bodies.name));
  const visible = await visibilityByBody(
    ctx,
    rows.map((r) => r.c.bodyId),
  );
  const all = rows
    .filter((r) => !p.q || number || !r.c.titleExempt || visible.get(r.c.bodyId))
    .map((r) => ({
      ...presentCase(
        { ...r.c, number: formatCaseNumber(r.c.sequence, r.c.year), route: [] },
        visible.get(r.c.bodyId) ?? false,
      ),
      bodyName: r.bodyName,
    }));
  return paginate(all, p, ctx.locale);
}

/** A case with its documents, route, meetings and follow-ups, as the caller may see it. */
export async function getCase(ctx: Ctx, id: string) {
  if (!z.uuid().safeParse(id).success) throw new NotFound('case');
  const row = await getCaseRow(ctx, id);
  const visible = await canSeeExempt(ctx, row.bodyId);
  const [documents, route, tasks, body] = await Promise.all([
    ctx.db
      .select(documentColumns)
      .from(caseDocuments)
      .where(eq(caseDocuments.caseId, id))
      .orderBy(asc(caseDocuments.uploadedAt)),
    ctx.db
      .select({ bodyId: caseRoutes.bodyId, name: bodies.name })
      .from(caseRoutes)
      .innerJoin(bodies, eq(bodies.id, caseRoutes.bodyId))
      .where(eq(caseRoutes.caseId, id))
      .orderBy(asc(caseRoutes.position)),
    visible
      ? ctx.db
          .select({ f: followUps, ownerName: people.name })
          .from(followUps)
          .leftJoin(people, eq(people.id, followUps.ownerId))
          .where(eq(followUps.caseId, id))
          .orderBy(asc(followUps.dueOn))
      : Promise.resolve([]),
    ctx.db.select({ name: bodies.name }).from(bodies).where(eq(bodies.id, row.bodyId)),
  ]);
  return {
    case: presentCase(row, visible),
    bodyName: body[0]?.name ?? '',
    canSeeExempt: visible,
    documents: documents.map((d) => presentDocument(d, visible, row.access === 'exempt')),
    route,
    followUps: tasks.map(({ f, ownerName }) => presentFollowUp({ ...f, ownerName }, todayInOslo(ctx.now))),
  };
}

/**
 * An attachment's bytes for download. Withheld documents are NotFound to the public (nothing
 * confirms they exist by this door) and Forbidden to signed-in users without access to the body.
 */
export async function getDocumentFile(
  ctx: Ctx,
  id: string,
): Promise<{ filename: string; contentType: string; content: Buffer; sha256: string; exempt: boolean }> {
  if (!z.uuid().safeParse(id).success) throw new NotFound('document');
  const [row] = await ctx.db
    .select({ d: caseDocuments, caseAccess: cases.access, bodyId: cases.bodyId })
    .from(caseDocuments)
    .innerJoin(cases, eq(cases.id, caseDocuments.caseId))
    .where(eq(caseDocuments.id, id));
  if (!row) throw new NotFound('document');
  const exempt = row.d.access === 'exempt' || row.caseAccess === 'exempt';
  if (exempt && !(await canSeeExempt(ctx, row.bodyId))) {
    throw ctx.actor.kind === 'user' ? new Forbidden() : new NotFound('document');
  }
  const { filename, contentType, content, sha256 } = row.d;
  return { filename, contentType, content, sha256, exempt };
}

export const ListFollowUpsParams = z.object({
  bodyId: z.uuid().optional(),
  /** Only open and in-progress tasks (default), or all. */
  all: z.enum(['true', 'false']).optional(),
});

/** Follow-ups per body, overdue first, then by due date; tasks of exempt cases only for those with access. */
export async function listFollowUps(ctx: Ctx, params: z.input<typeof ListFollowUpsParams> = {}) {
  requireUser(ctx);
  const p = parseInput(ListFollowUpsParams, params, ctx.locale);
  const today = todayInOslo(ctx.now);
  const rows = await ctx.db
    .select({ f: followUps, c: cases, bodyName: bodies.name, ownerName: people.name })
    .from(followUps)
    .innerJoin(cases, eq(cases.id, followUps.caseId))
    .innerJoin(bodies, eq(bodies.id, cases.bodyId))
    .leftJoin(people, eq(people.id, followUps.ownerId))
    .where(
      and(
        p.bodyId ? eq(cases.bodyId, p.bodyId) : undefined,
        p.all === 'true' ? undefined : inArray(followUps.status, ['open', 'in_progress']),
        ne(cases.status, 'withdrawn'),
      ),
    );
  const visible = await visibilityByBody(
    ctx,
    rows.map((r) => r.c.bodyId),
  );
  return rows
    .filter((r) => r.c.access === 'public' || visible.get(r.c.bodyId))
    .map((r) => ({
      ...presentFollowUp({ ...r.f, ownerName: r.ownerName }, today),
      bodyId: r.c.bodyId,
      bodyName: r.bodyName,
      caseNumber: formatCaseNumber(r.c.sequence, r.c.year),
      caseTitle: r.c.title,
    }))
    .sort(
      (a, b) =>
        a.bodyName.localeCompare(b.bodyName, 'nb') ||
        Number(b.overdue) - Number(a.overdue) ||
        (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
    );
}

/** One follow-up task with its owner's name, for those who may see its case. */
export async function getFollowUp(ctx: Ctx, id: string) {
  requireUser(ctx);
  const [row] = z.uuid().safeParse(id).success
    ? await ctx.db
        .select({ f: followUps, ownerName: people.name, c: cases })
        .from(followUps)
        .innerJoin(cases, eq(cases.id, followUps.caseId))
        .leftJoin(people, eq(people.id, followUps.ownerId))
        .where(eq(followUps.id, id))
    : [];
  if (!row || (row.c.access === 'exempt' && !(await canSeeExempt(ctx, row.c.bodyId))))
    throw new NotFound('followUp');
  return presentFollowUp({ ...row.f, ownerName: row.ownerName }, todayInOslo(ctx.now));
}
