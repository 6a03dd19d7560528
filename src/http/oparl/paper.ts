import type { Hono } from 'hono';
import { formatCaseNumber } from '../../domain/cases/number';
import {
  getOparlPaper,
  listOparlPapers,
  type OparlFileRow,
  type OparlPaperRow,
  oparlDocumentsOf,
} from '../../domain/cases/oparl-queries';
import { type OparlConsultationRow, oparlConsultationsOf } from '../../domain/meetings/oparl-queries';
import type { Ctx } from '../../kernel/ctx';
import { NotFound } from '../../kernel/errors';
import type { HttpEnv } from '../env';
import { presentConsultation } from './consultation';
import { presentFile } from './file';
import { compact, type OparlObject, type OparlScope, times, tombstone, typeUrl } from './format';
import { idParam, listPage, listRequest, oparlJson, publicCtx, scopeOf } from './list';

/**
 * Paper: a public case, by its number (`reference` "39/19"), title and registration date, under
 * the body it belongs to, with its public documents — the first uploaded as `mainFile` (the case
 * paper, "Saksframlegg 39/19", comes first), the others as `auxiliaryFile` — and its treatments in
 * meetings. An exempt case is a tombstone (see cases/oparl-queries.ts).
 */
export function presentPaper(
  row: OparlPaperRow,
  documents: OparlFileRow[],
  consultations: OparlConsultationRow[],
  scope: OparlScope,
): OparlObject {
  const { urls } = scope;
  const id = urls.paper(row.id);
  if (row.deleted) return tombstone('Paper', id, row);
  const [main, ...auxiliary] = documents.map((d) => presentFile(d, scope));
  return compact({
    id,
    type: typeUrl('Paper'),
    body: urls.body,
    name: row.title,
    reference: row.sequence && row.year ? formatCaseNumber(row.sequence, row.year) : undefined,
    date: row.registered_on,
    paperType: 'Saksframlegg',
    mainFile: main,
    auxiliaryFile: scope.omitInternal ? undefined : auxiliary,
    underDirectionOf: row.body_id ? [urls.organization(row.body_id)] : undefined,
    consultation: consultations.map((c) => presentConsultation(c, scope)),
    web: urls.web.case(row.id),
    ...times(row),
  });
}

async function present(ctx: Ctx, rows: OparlPaperRow[], scope: OparlScope) {
  const ids = rows.filter((r) => !r.deleted).map((r) => r.id);
  const [documents, consultations] = await Promise.all([
    oparlDocumentsOf(ctx, ids),
    oparlConsultationsOf(ctx, ids),
  ]);
  return rows.map((row) =>
    presentPaper(
      row,
      documents.filter((d) => d.case_id === row.id),
      consultations.filter((c) => c.case_id === row.id),
      scope,
    ),
  );
}

export function paperRoutes(app: Hono<HttpEnv>) {
  app.get('/body/:body/papers', async (c) => {
    const request = listRequest(c);
    const scope = scopeOf(c);
    const ctx = publicCtx(c);
    const { total, rows } = await listOparlPapers(ctx, request.window, request.page);
    return listPage(c, scope.urls.list('paper'), request, { total, data: await present(ctx, rows, scope) });
  });

  app.get('/paper/:id', async (c) => {
    const ctx = publicCtx(c);
    const row = await getOparlPaper(ctx, idParam(c));
    if (!row) throw new NotFound('case');
    const [paper] = await present(ctx, [row], scopeOf(c));
    return oparlJson(paper);
  });
}
