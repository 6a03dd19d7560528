import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { type Database, openDatabase } from '../../src/db/client';
import { withDatabase } from './global-setup-db';

/**
 * A database of its own for one test file: a copy of the migrated template on PostgreSQL,
 * or a PGlite loaded from the migrated dump — with the demo loaded when `demo` is set (loaded
 * once per run, not per file). Tests in the file make their own fixtures (unique names) and
 * never assume an empty table.
 */
export async function openTestDatabase(options: { demo?: boolean } = {}): Promise<Database> {
  if (process.env.SAMRAD_TEST_DRIVER === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const name = `samrad_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(
          `create database ${name} template ${inject(options.demo ? 'pgDemoTemplate' : 'pgTemplate')}`,
        );
        break;
      } catch (error) {
        // Two files copying the template at the same instant: wait and try again.
        if (attempt > 20 || !String(error).includes('being accessed by other users')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
    const database = await openDatabase({ driver: 'postgres', url: withDatabase(url, name) });
    return {
      ...database,
      close: async () => {
        await database.close();
        // The pool has ended; its sockets may take a moment to go. Force only as a last resort.
        for (let attempt = 0; ; attempt++) {
          try {
            await admin.query(`drop database if exists ${name}${attempt >= 20 ? ' with (force)' : ''}`);
            break;
          } catch (error) {
            if (attempt >= 20 || !String(error).includes('being accessed by other users')) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
        await admin.end();
      },
    };
  }
  const dump = new Blob([readFileSync(inject(options.demo ? 'pgliteDemoDump' : 'pgliteDump'))]);
  return openDatabase({ driver: 'pglite', dataDir: null }, { loadDataDir: dump });
}

/** Opens a test database before the file's tests and closes it after; call inside a describe or at top level. */
export function setupTestDatabase(options: { demo?: boolean } = {}): () => Database {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await openTestDatabase(options);
  });
  afterAll(async () => {
    await database?.close();
  });
  return () => {
    if (!database) throw new Error('The test database is not open yet');
    return database;
  };
}
