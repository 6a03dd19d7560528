import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Database } from '../db/client';
import type { HttpEnv } from './env';

/** /healthz: the process answers. /readyz: and the database does too (for load balancers). */
export function health(database: Database, version: string) {
  const app = new Hono<HttpEnv>();
  app.get('/healthz', (c) => c.json({ status: 'ok', version }));
  app.get('/readyz', async (c) => {
    const started = performance.now();
    try {
      await database.db.execute(sql`select 1`);
      return c.json({ status: 'ok', database: database.driver, ms: Math.round(performance.now() - started) });
    } catch (error) {
      c.get('logger').error({ err: error }, 'readiness check failed');
      return c.json({ status: 'unavailable', database: database.driver }, 503);
    }
  });
  return app;
}
