import type { Hono } from 'hono';
import { oparlAlliance } from '../../domain/settings/oparl-queries';
import { NotFound } from '../../kernel/errors';
import type { HttpEnv } from '../env';
import { compact, type OparlObject, type OparlScope, times, typeUrl } from './format';
import { presentLegislativeTerm } from './legislative-term';
import { inWindow, listPage, listRequest, oparlJson, publicCtx, scopeOf } from './list';
import { BODY_KEY, LISTS, type ListName } from './urls';

type Alliance = Awaited<ReturnType<typeof oparlAlliance>>;

/**
 * Body: the alliance, from the organisation profile in the settings. It carries the URL of every
 * list (OParl 1.1 makes the six new ones mandatory) and its legislative terms embedded.
 */
export function presentBody(alliance: Alliance, scope: OparlScope): OparlObject {
  const { urls } = scope;
  const lists = Object.fromEntries((Object.keys(LISTS) as ListName[]).map((name) => [name, urls.list(name)]));
  return compact({
    id: urls.body,
    type: typeUrl('Body'),
    system: urls.system,
    name: alliance.name,
    website: urls.web.home,
    contactEmail: alliance.contactEmail,
    ...lists,
    legislativeTerm: alliance.terms.map((t) => presentLegislativeTerm(t, scope)),
    web: urls.web.home,
    ...times({ created_at: alliance.created, modified_at: alliance.modified }),
  });
}

export function bodyRoutes(app: Hono<HttpEnv>) {
  app.get('/bodies', async (c) => {
    const request = listRequest(c);
    const scope = scopeOf(c);
    const alliance = await oparlAlliance(publicCtx(c));
    const bodies = inWindow(request.window, { created: alliance.created, modified: alliance.modified })
      ? [presentBody(alliance, scope)]
      : [];
    const { offset, limit } = request.page;
    return listPage(c, scope.urls.bodies, request, {
      total: bodies.length,
      data: bodies.slice(offset, offset + limit),
    });
  });

  app.get('/body/:body', async (c) => {
    if (c.req.param('body') !== BODY_KEY) throw new NotFound();
    return oparlJson(presentBody(await oparlAlliance(publicCtx(c)), scopeOf(c)));
  });
}
