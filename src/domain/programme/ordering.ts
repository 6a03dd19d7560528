import { and, asc, eq, ne } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { inTransaction } from '../../kernel/transaction';
import type { focusAreas, placements, programmeRoles } from './schema';

type Ordered = typeof programmeRoles | typeof focusAreas | typeof placements;

/** The ids of a programme's roles or focus areas, in their order. */
export async function orderedIds(
  ctx: Pick<Ctx, 'db'>,
  table: typeof programmeRoles | typeof focusAreas,
  programmeId: string,
): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: table.id })
    .from(table)
    .where(eq(table.programmeId, programmeId))
    .orderBy(asc(table.position));
  return rows.map((r) => r.id);
}

/**
 * Gives the rows the positions 0, 1, 2 … in the order of `ids`, touching only rows that move.
 * A helper of the programme verbs (they audit the move); refuses to run outside their transaction.
 */
export async function renumber(ctx: Ctx, table: Ordered, ids: readonly string[]): Promise<void> {
  if (!inTransaction(ctx.db)) throw new Error('renumber must run inside the verb that reorders');
  for (const [position, id] of ids.entries()) {
    await ctx.db
      .update(table)
      .set({ position })
      .where(and(eq(table.id, id), ne(table.position, position)));
  }
}
