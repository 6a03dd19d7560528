import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/**
 * The Norwegian full-text vector of some text columns. The schema's GIN indexes and the search
 * query both build it here, so the query's expression is the index's and the index is used.
 */
export function norwegianVector(...columns: AnyColumn[]): SQL {
  const text = sql.join(
    columns.map((c) => sql`coalesce(${c}, '')`),
    sql` || ' ' || `,
  );
  return sql`to_tsvector('norwegian'::regconfig, ${text})`;
}
