import type { Hono } from 'hono';
import { oparlAlliance } from '../../domain/settings/oparl-queries';
import type { HttpEnv } from '../env';
import { compact, OPARL_VERSION, times, typeUrl } from './format';
import { oparlJson, publicCtx, scopeOf } from './list';

/** System: the entry point. One installation serves one alliance, so the body list has one entry. */
export function systemRoutes(app: Hono<HttpEnv>) {
  app.get('/system', async (c) => {
    const { urls } = scopeOf(c);
    const alliance = await oparlAlliance(publicCtx(c));
    return oparlJson(
      compact({
        id: urls.system,
        type: typeUrl('System'),
        oparlVersion: OPARL_VERSION,
        body: urls.bodies,
        name: `${alliance.name} – Samråd`,
        contactEmail: alliance.contactEmail,
        website: urls.web.home,
        web: urls.web.home,
        ...times({ created_at: alliance.created, modified_at: alliance.modified }),
      }),
    );
  });
}
