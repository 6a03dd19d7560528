import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Ctx } from './ctx';
import { Conflict, NotFound } from './errors';

type Versioned = PgTable & { id: PgColumn; version: PgColumn };

/**
 * Optimistic locking: update the row only if it still has the version the editor saw.
 * A stale version is a Conflict (nobody's work is silently overwritten); a missing row is NotFound.
 */
export async function updateVersioned<T extends Versioned>(
  ctx: Ctx,
  table: T,
  id: string,
  expectedVersion: number,
  values: Partial<T['$inferInsert']>,
  entity: string,
): Promise<T['$inferSelect']> {
  const where: SQL = and(eq(table.id, id), eq(table.version, expectedVersion))!;
  const rows = (await ctx.db
    .update(table)
    .set({ ...values, version: expectedVersion + 1 } as never)
    .where(where)
    .returning()) as T['$inferSelect'][];
  if (rows[0]) return rows[0];
  return missingOrStale(ctx, table, id, entity);
}

/** Deletes the row only if it still has the version the editor saw: Conflict when stale, NotFound when gone. */
export async function deleteVersioned<T extends Versioned>(
  ctx: Ctx,
  table: T,
  id: string,
  expectedVersion: number,
  entity: string,
): Promise<T['$inferSelect']> {
  const rows = (await ctx.db
    .delete(table)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion))!)
    .returning()) as T['$inferSelect'][];
  if (rows[0]) return rows[0];
  return missingOrStale(ctx, table, id, entity);
}

/** Why a versioned write matched no row: the row is gone (NotFound) or was changed (Conflict). */
async function missingOrStale(ctx: Ctx, table: Versioned, id: string, entity: string): Promise<never> {
  const exists = await ctx.db
    .select({ id: table.id })
    .from(table as PgTable)
    .where(eq(table.id, id));
  if (exists.length === 0) throw new NotFound(entity);
  throw new Conflict('error.staleVersion');
}
