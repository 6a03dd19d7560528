import type { Hono } from 'hono';
import {
  getOparlMembership,
  listOparlMemberships,
  type OparlMembershipRow,
} from '../../domain/bodies/oparl-queries';
import { NotFound } from '../../kernel/errors';
import { translate } from '../../kernel/i18n';
import type { HttpEnv } from '../env';
import { compact, type OparlObject, type OparlScope, times, tombstone, typeUrl } from './format';
import { idParam, listPage, listRequest, oparlJson, publicCtx, scopeOf } from './list';

/**
 * Membership: an appointment to a body, with its role in Norwegian, voting right, period and
 * `onBehalfOf` — the member municipality (or sub-region) the person sits for.
 */
export function presentMembership(row: OparlMembershipRow, { urls }: OparlScope): OparlObject {
  const id = urls.membership(row.id);
  if (row.deleted) return tombstone('Membership', id, row);
  const onBehalf = row.on_behalf_member_id ?? row.on_behalf_subregion_id;
  return compact({
    id,
    type: typeUrl('Membership'),
    person: row.person_id ? urls.person(row.person_id) : undefined,
    organization: row.body_id ? urls.organization(row.body_id) : undefined,
    role: row.role ? translate('nb', `bodies.role.${row.role}`) : undefined,
    votingRight: row.voting_right ?? undefined,
    startDate: row.start_date,
    endDate: row.end_date,
    onBehalfOf: onBehalf ? urls.organization(onBehalf) : undefined,
    ...times(row),
  });
}

export function membershipRoutes(app: Hono<HttpEnv>) {
  app.get('/body/:body/memberships', async (c) => {
    const request = listRequest(c);
    const scope = scopeOf(c);
    const { total, rows } = await listOparlMemberships(publicCtx(c), request.window, request.page);
    return listPage(c, scope.urls.list('membership'), request, {
      total,
      data: rows.map((row) => presentMembership(row, scope)),
    });
  });

  app.get('/membership/:id', async (c) => {
    const row = await getOparlMembership(publicCtx(c), idParam(c));
    if (!row) throw new NotFound('appointment');
    return oparlJson(presentMembership(row, scopeOf(c)));
  });
}
