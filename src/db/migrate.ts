import { join } from 'node:path';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { projectRoot } from '../kernel/paths';
import type { Database } from './client';

/** The migrations folder ships with the source; the bundle in dist/ finds it from the project root. */
export function migrationsFolder(): string {
  return join(projectRoot(), 'src', 'db', 'migrations');
}

// Any fixed number: all app nodes agree on it, so only one migrates at a time.
const MIGRATION_LOCK = 7_202_005;

/** Applies pending migrations from code (drizzle-kit migrate cannot open PGlite with extensions). */
export async function migrate(database: Database): Promise<void> {
  const migrationsFolderPath = migrationsFolder();
  if (database.driver === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: migrationsFolderPath });
    return;
  }
  // An advisory lock belongs to a connection: hold one connection for lock, migration and unlock.
  const client = await database.pool!.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client), { migrationsFolder: migrationsFolderPath });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
