import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/types';
import { queryRows } from './sql';

/**
 * "Created or modified between": the window open-data harvesters ask for (OParl's
 * created_since/until, modified_since/until). Bounds are inclusive and compared to the second,
 * because objects show their times to the second.
 */
export interface ChangeWindow {
  createdSince?: Date;
  createdUntil?: Date;
  modifiedSince?: Date;
  modifiedUntil?: Date;
}

/** A moment as ISO 8601 UTC text (`2019-12-03T09:00:00Z`), the same on both drivers. */
export const isoUtc = (moment: SQL) =>
  sql`to_char(${moment} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** `in (…)` of uuids; `(null)` for none, which matches nothing. */
export const uuidList = (ids: readonly string[]) =>
  ids.length
    ? sql`(${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql`(null)`;

function bound(column: SQL, op: '>=' | '<=', value: Date | undefined): SQL | null {
  if (!value) return null;
  return sql`date_trunc('second', ${column}) ${sql.raw(op)} date_trunc('second', ${value.toISOString()}::timestamptz)`;
}

function windowWhere(window: ChangeWindow): SQL {
  const parts = [
    bound(sql`x.created`, '>=', window.createdSince),
    bound(sql`x.created`, '<=', window.createdUntil),
    bound(sql`x.modified`, '>=', window.modifiedSince),
    bound(sql`x.modified`, '<=', window.modifiedUntil),
  ].filter((p): p is SQL => p !== null);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

export interface ChangeRow {
  id: string;
  /** ISO UTC text of `created` and `modified`. */
  created_at: string;
  modified_at: string;
  deleted: boolean;
}

/**
 * One page of a change-tracked set, counted and cut in SQL. `base` selects at least `id`,
 * `created`, `modified` (timestamptz) and `deleted`; rows come in `order` (stable: unique keys),
 * with `created_at` and `modified_at` as ISO text.
 */
export async function changePage<T extends ChangeRow>(
  db: Executor,
  base: SQL,
  window: ChangeWindow,
  page: { offset: number; limit: number; order?: SQL },
): Promise<{ total: number; rows: T[] }> {
  const where = windowWhere(window);
  const [counted, rows] = await Promise.all([
    queryRows<{ n: number | string }>(db, sql`select count(*)::int as n from (${base}) x where ${where}`),
    queryRows<T>(
      db,
      sql`select x.*, ${isoUtc(sql`x.created`)} as created_at, ${isoUtc(sql`x.modified`)} as modified_at
          from (${base}) x where ${where}
          order by ${page.order ?? sql`x.id`} limit ${page.limit} offset ${page.offset}`,
    ),
  ]);
  return { total: Number(counted[0]?.n ?? 0), rows };
}

/** The rows of a change-tracked set that match `key`: one object (or its tombstone), or an embedded list. */
export async function changeRows<T extends ChangeRow>(
  db: Executor,
  base: SQL,
  key: SQL,
  order: SQL = sql`x.id`,
): Promise<T[]> {
  return queryRows<T>(
    db,
    sql`select x.*, ${isoUtc(sql`x.created`)} as created_at, ${isoUtc(sql`x.modified`)} as modified_at
        from (${base}) x where ${key} order by ${order}`,
  );
}
