import { type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * Every searchable table has a stored, generated `search_vector` column, its text columns under
 * the `norwegian` configuration, with a GIN index on it (migration 0017). Stored, so ranking and
 * matching never re-parse long texts (attachments). The column is not in the Drizzle schema, so
 * no row read for a page or an audit entry carries it; only the search names it.
 * To search one more column: a migration that drops and re-adds the table's generated column.
 */
export const SEARCH_VECTOR = sql`"search_vector"`;

/** A table's search vector, qualified, for the search query. */
export function searchVector(table: PgTable): SQL {
  return sql`${table}."search_vector"`;
}
