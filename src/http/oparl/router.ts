import { Hono } from 'hono';
import { NotFound } from '../../kernel/errors';
import type { HttpEnv } from '../env';
import { agendaItemRoutes } from './agenda-item';
import { bodyRoutes } from './body';
import { consultationRoutes } from './consultation';
import { fileRoutes } from './file';
import { legislativeTermRoutes } from './legislative-term';
import { oparlError } from './list';
import { locationRoutes } from './location';
import { meetingRoutes } from './meeting';
import { membershipRoutes } from './membership';
import { organizationRoutes } from './organization';
import { paperRoutes } from './paper';
import { personRoutes } from './person';
import { systemRoutes } from './system';
import { BODY_KEY, OPARL_PATH } from './urls';

/**
 * OParl 1.1 (the open standard for council information) at /oparl/v1, entry point /oparl/v1/system:
 * read-only, anonymous, the same for every caller. See docs/decisions/010-oparl.md.
 */
export function oparl() {
  const app = new Hono<HttpEnv>();
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('access-control-allow-origin', '*');
  });
  app.get('/', (c) => c.redirect(`${c.get('publicUrl')}${OPARL_PATH}/system`, 302));
  // One Body: its lists under any other key name nothing.
  app.use('/body/:body/*', async (c, next) => {
    if (c.req.param('body') !== BODY_KEY) throw new NotFound();
    await next();
  });
  systemRoutes(app);
  bodyRoutes(app);
  organizationRoutes(app);
  personRoutes(app);
  membershipRoutes(app);
  meetingRoutes(app);
  agendaItemRoutes(app);
  consultationRoutes(app);
  paperRoutes(app);
  fileRoutes(app);
  locationRoutes(app);
  legislativeTermRoutes(app);
  app.all('*', () => {
    throw new NotFound();
  });
  app.onError((error, c) => oparlError(c, error));
  return app;
}
