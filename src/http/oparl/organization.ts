import type { Hono } from 'hono';
import {
  getOparlOrganization,
  listOparlOrganizations,
  type OparlOrganizationRow,
} from '../../domain/bodies/oparl-queries';
import { NotFound } from '../../kernel/errors';
import { translate } from '../../kernel/i18n';
import type { HttpEnv } from '../env';
import { compact, type OparlObject, type OparlScope, times, typeUrl } from './format';
import { idParam, listPage, listRequest, oparlJson, publicCtx, scopeOf } from './list';

/**
 * Organization: the alliance's bodies (a "Gremium"; the secretariat a "Verwaltungsbereich"), its
 * sub-regions ("Sonstiges") and its members, the municipalities and county municipalities
 * ("Institution"). organizationType takes the spec's recommended values, which clients switch on;
 * classification says in Norwegian what kind it is.
 */
export function presentOrganization(row: OparlOrganizationRow, { urls }: OparlScope): OparlObject {
  const common = {
    id: urls.organization(row.id),
    type: typeUrl('Organization'),
    body: urls.body,
    name: row.name,
  };
  const period = { startDate: row.start_date, endDate: row.end_date };
  switch (row.source) {
    case 'body':
      return compact({
        ...common,
        shortName: row.short_name,
        organizationType: row.kind === 'secretariat' ? 'Verwaltungsbereich' : 'Gremium',
        classification: translate('nb', `bodies.kind.${row.kind}`),
        subOrganizationOf: row.parent_id ? urls.organization(row.parent_id) : undefined,
        ...period,
        web: urls.web.body(row.id),
        ...times(row),
      });
    case 'subregion':
      return compact({
        ...common,
        organizationType: 'Sonstiges',
        classification: 'Delregion',
        ...period,
        ...times(row),
      });
    case 'member':
      return compact({
        ...common,
        organizationType: 'Institution',
        classification: translate('nb', `members.kind.${row.kind}`),
        ...period,
        web: urls.web.member(row.id),
        ...times(row),
      });
  }
}

export function organizationRoutes(app: Hono<HttpEnv>) {
  app.get('/body/:body/organizations', async (c) => {
    const request = listRequest(c);
    const scope = scopeOf(c);
    const { total, rows } = await listOparlOrganizations(publicCtx(c), request.window, request.page);
    return listPage(c, scope.urls.list('organization'), request, {
      total,
      data: rows.map((row) => presentOrganization(row, scope)),
    });
  });

  app.get('/organization/:id', async (c) => {
    const row = await getOparlOrganization(publicCtx(c), idParam(c));
    if (!row) throw new NotFound('organization');
    return oparlJson(presentOrganization(row, scopeOf(c)));
  });
}
