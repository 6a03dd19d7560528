import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/types';

/** Runs a raw (parameterised) query on either driver and returns its rows. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const dialect = new PgDialect();

/**
 * As `queryRows`, for a large query run often (the search): on PostgreSQL it becomes a prepared
 * statement named after its text, so each connection plans it once instead of on every run —
 * planning the search cost several times what running it does. PGlite ignores the name. The
 * text must not vary without bound (values go in parameters), as each text is one statement
 * per connection.
 */
export async function queryRowsPlannedOnce<T>(db: Executor, query: SQL): Promise<T[]> {
  const compiled = dialect.sqlToQuery(query);
  const name = `q_${createHash('sha256').update(compiled.sql).digest('base64url').slice(0, 24)}`;
  const result = await db._.session.prepareQuery(compiled, undefined, name, false).execute();
  return (result as unknown as { rows: T[] }).rows;
}
