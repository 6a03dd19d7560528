import { and, gte, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** SQL: the row's inclusive period `from`–`to` (to null = open) covers `date`. */
export function inForceOn(date: string, from: AnyPgColumn, to: AnyPgColumn): SQL {
  return and(lte(from, date), or(isNull(to), gte(to, date)))!;
}
