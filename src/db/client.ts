import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import { takeTurns } from './pglite-turns';
import * as schema from './schema';
import type { Db } from './types';

/**
 * A query may start several reads at once (Promise.all); inside a transaction they share one
 * connection. pg 8 queues them itself but deprecates relying on it (pg 9 will throw), so this
 * client queues its own promise-style queries, one after the other, as the connection must.
 */
class SerialClient extends pg.Client {
  #last: Promise<unknown> = Promise.resolve();

  // biome-ignore lint/suspicious/noExplicitAny: pg's query has many overloads; only the promise form is queued
  override query(...args: any[]): any {
    const callbackOrStream = typeof args.at(-1) === 'function' || typeof args[0]?.submit === 'function';
    if (callbackOrStream) return (super.query as (...a: unknown[]) => unknown)(...args);
    const run = this.#last.then(() => (super.query as (...a: unknown[]) => Promise<unknown>)(...args));
    this.#last = run.catch(() => undefined);
    return run;
  }
}

export type DatabaseTarget =
  | { driver: 'postgres'; url: string }
  | { driver: 'pglite'; dataDir: string | null };

export interface Database {
  db: Db;
  driver: DatabaseTarget['driver'];
  /** The node-postgres pool, for work that needs one connection (advisory locks). */
  pool?: pg.Pool;
  /** The embedded database, for dumps (backup, test templates). */
  pglite?: PGlite;
  /** Closes connections and releases the data-directory lock. */
  close(): Promise<void>;
}

export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { driver: 'postgres', url: env.DATABASE_URL };
  return { driver: 'pglite', dataDir: env.DATA_DIR || './data' };
}

/** Opens PostgreSQL (DATABASE_URL) or the embedded PGlite in DATA_DIR; `dataDir: null` is in memory. */
export async function openDatabase(
  target: DatabaseTarget,
  options: { loadDataDir?: Blob } = {},
): Promise<Database> {
  if (target.driver === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10, Client: SerialClient });
    // An idle connection the server ends (restart, failover) must not crash the process: the pool reconnects.
    pool.on('error', (error) =>
      console.error(JSON.stringify({ level: 40, msg: 'idle database connection lost', err: error.message })),
    );
    await pool.query('select 1');
    return {
      db: drizzlePg(pool, { schema }) as unknown as Db,
      driver: 'postgres',
      pool,
      close: () => pool.end(),
    };
  }
  const release = target.dataDir ? lockDataDir(target.dataDir) : () => {};
  try {
    const client = takeTurns(
      await PGlite.create(target.dataDir ? join(target.dataDir, 'pglite') : undefined, {
        loadDataDir: options.loadDataDir,
      }),
    );
    return {
      db: drizzlePglite(client, { schema }) as unknown as Db,
      driver: 'pglite',
      pglite: client,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
