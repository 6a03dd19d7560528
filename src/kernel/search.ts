import { type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * Every searchable table has two stored, generated columns (migrations 0017, 0018):
 * `search_vector`, its text columns under the `norwegian` configuration, with a GIN index on it;
 * and `title_words`, its title under the `simple` configuration, which tells "kommunelov" from
 * "kommune" where the stemmer makes them one. Stored, so matching and ranking never re-parse a
 * text (attachments are long, and a title parsed per hit cost more than ranking it). Neither is
 * in the Drizzle schema, so no row read for a page or an audit entry carries them; only the
 * search names them. To search one more column: a migration that drops and re-adds the column.
 */
export const SEARCH_VECTOR = sql`"search_vector"`;

/** A table's search vector, qualified, for the search query. */
export function searchVector(table: PgTable): SQL {
  return sql`${table}."search_vector"`;
}

/** A table's title words, qualified, for the search query's ranking. */
export function titleWords(table: PgTable): SQL {
  return sql`${table}."title_words"`;
}
