import { and, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { todayInOslo } from '../../kernel/dates';
import { networkMembers, networks } from './schema';

/** A network as another area mentions it: its name and how many are in it today. */
export interface NetworkReference {
  id: string;
  name: string;
  members: number;
}

export async function networkReferences(
  ctx: Ctx,
  ids: readonly string[],
): Promise<Map<string, NetworkReference>> {
  if (!ids.length) return new Map();
  const today = todayInOslo(ctx.now);
  const current = and(
    eq(networkMembers.networkId, networks.id),
    lte(networkMembers.validFrom, today),
    or(isNull(networkMembers.validTo), gte(networkMembers.validTo, today)),
  );
  const rows = await ctx.db
    .select({ id: networks.id, name: networks.name, members: sql<number>`count(${networkMembers.id})::int` })
    .from(networks)
    .leftJoin(networkMembers, current)
    .where(inArray(networks.id, [...new Set(ids)]))
    .groupBy(networks.id);
  return new Map(rows.map((r) => [r.id, { ...r, members: Number(r.members) }]));
}
