import type { Hono } from 'hono';
import {
  getOparlConsultation,
  listOparlConsultations,
  type OparlConsultationRow,
} from '../../domain/meetings/oparl-queries';
import { NotFound } from '../../kernel/errors';
import type { HttpEnv } from '../env';
import { compact, type OparlObject, type OparlScope, times, tombstone, typeUrl } from './format';
import { idParam, listPage, listRequest, oparlJson, publicCtx, scopeOf } from './list';

/**
 * Consultation: a public case on a published agenda — paper, agenda item and meeting. The body
 * the case belongs to decides it (authoritative, "Vedtak"); another body on the case's route
 * prepares it ("Forberedende behandling"). Its id is the agenda item's UUID: one item treats one case.
 */
export function presentConsultation(row: OparlConsultationRow, { urls }: OparlScope): OparlObject {
  const id = urls.consultation(row.id);
  if (row.deleted) return tombstone('Consultation', id, row);
  const authoritative = row.meeting_body_id === row.case_body_id;
  return compact({
    id,
    type: typeUrl('Consultation'),
    paper: row.case_id ? urls.paper(row.case_id) : undefined,
    agendaItem: urls.agendaItem(row.id),
    meeting: row.meeting_id ? urls.meeting(row.meeting_id) : undefined,
    organization: row.meeting_body_id ? [urls.organization(row.meeting_body_id)] : undefined,
    authoritative,
    role: authoritative ? 'Vedtak' : 'Forberedende behandling',
    ...times(row),
  });
}

export function consultationRoutes(app: Hono<HttpEnv>) {
  app.get('/body/:body/consultations', async (c) => {
    const request = listRequest(c);
    const scope = scopeOf(c);
    const { total, rows } = await listOparlConsultations(publicCtx(c), request.window, request.page);
    return listPage(c, scope.urls.list('consultation'), request, {
      total,
      data: rows.map((row) => presentConsultation(row, scope)),
    });
  });

  app.get('/consultation/:id', async (c) => {
    const row = await getOparlConsultation(publicCtx(c), idParam(c));
    if (!row) throw new NotFound();
    return oparlJson(presentConsultation(row, scopeOf(c)));
  });
}
