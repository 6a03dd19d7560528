import type { Hono } from 'hono';
import { type ElectionPeriod, oparlAlliance } from '../../domain/settings/oparl-queries';
import { NotFound } from '../../kernel/errors';
import type { HttpEnv } from '../env';
import { compact, type OparlObject, type OparlScope, times, typeUrl } from './format';
import { inWindow, listPage, listRequest, oparlJson, publicCtx, scopeOf } from './list';

/**
 * LegislativeTerm: the municipal election periods (see electionPeriods). A term is a fact of the
 * calendar: created and modified when it began. The list is a handful of computed entries, cut
 * into pages here rather than in SQL.
 */
export function presentLegislativeTerm(term: ElectionPeriod, { urls }: OparlScope): OparlObject {
  return compact({
    id: urls.legislativeTerm(term.key),
    type: typeUrl('LegislativeTerm'),
    body: urls.body,
    name: term.name,
    startDate: term.startDate,
    endDate: term.endDate,
    ...times({ created_at: term.began, modified_at: term.began }),
  });
}

export function legislativeTermRoutes(app: Hono<HttpEnv>) {
  app.get('/body/:body/legislative-terms', async (c) => {
    const request = listRequest(c);
    const scope = scopeOf(c);
    const { terms } = await oparlAlliance(publicCtx(c));
    const matching = terms.filter((t) => inWindow(request.window, { created: t.began, modified: t.began }));
    const { offset, limit } = request.page;
    return listPage(c, scope.urls.list('legislativeTermList'), request, {
      total: matching.length,
      data: matching.slice(offset, offset + limit).map((t) => presentLegislativeTerm(t, scope)),
    });
  });

  app.get('/legislative-term/:key{\\d{4}-\\d{4}}', async (c) => {
    const { terms } = await oparlAlliance(publicCtx(c));
    const term = terms.find((t) => t.key === c.req.param('key'));
    if (!term) throw new NotFound();
    return oparlJson(presentLegislativeTerm(term, scopeOf(c)));
  });
}
