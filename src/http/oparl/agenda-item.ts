import type { Hono } from 'hono';
import { formatCaseNumber } from '../../domain/cases/number';
import {
  getOparlAgendaItem,
  listOparlAgendaItems,
  type OparlAgendaItemRow,
} from '../../domain/meetings/oparl-queries';
import { NotFound } from '../../kernel/errors';
import { translate } from '../../kernel/i18n';
import type { HttpEnv } from '../env';
import { compact, type OparlObject, type OparlScope, times, tombstone, typeUrl } from './format';
import { idParam, listPage, listRequest, oparlJson, publicCtx, scopeOf } from './list';

/**
 * AgendaItem: an item of a published agenda. A case item is numbered by its case ("39/19"); an
 * exempt case's item is not public and reads as the portal shows it — "Unntatt offentlighet" with
 * the legal basis, no title, no decision, no consultation. Outcome and decision once the minutes
 * are approved.
 */
export function presentAgendaItem(row: OparlAgendaItemRow, { urls }: OparlScope): OparlObject {
  const id = urls.agendaItem(row.id);
  if (row.deleted) return tombstone('AgendaItem', id, row);
  const withheld = `${translate('nb', 'meetings.exempt')}${row.legal_basis ? ` (${row.legal_basis})` : ''}`;
  return compact({
    id,
    type: typeUrl('AgendaItem'),
    meeting: row.meeting_id ? urls.meeting(row.meeting_id) : undefined,
    number: row.sequence && row.year ? formatCaseNumber(row.sequence, row.year) : undefined,
    order: row.position,
    name: row.exempt ? withheld : row.title,
    public: row.public,
    consultation: row.case_id && !row.exempt ? urls.consultation(row.id) : undefined,
    result: row.outcome ? translate('nb', `doc.outcome.${row.outcome}`) : undefined,
    resolutionText: row.exempt ? undefined : row.decision,
    ...times(row),
  });
}

export function agendaItemRoutes(app: Hono<HttpEnv>) {
  app.get('/body/:body/agenda-items', async (c) => {
    const request = listRequest(c);
    const scope = scopeOf(c);
    const { total, rows } = await listOparlAgendaItems(publicCtx(c), request.window, request.page);
    return listPage(c, scope.urls.list('agendaItem'), request, {
      total,
      data: rows.map((row) => presentAgendaItem(row, scope)),
    });
  });

  app.get('/agenda-item/:id', async (c) => {
    const row = await getOparlAgendaItem(publicCtx(c), idParam(c));
    if (!row) throw new NotFound('agendaItem');
    return oparlJson(presentAgendaItem(row, scopeOf(c)));
  });
}
