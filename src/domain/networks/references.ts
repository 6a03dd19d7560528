import { inArray, sql } from 'drizzle-orm';
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
  const rows = await ctx.db
    .select({
      id: networks.id,
      name: networks.name,
      members: sql<number>`(select count(*)::int from ${networkMembers} where ${networkMembers.networkId} = ${networks.id} and ${networkMembers.validFrom} <= ${today} and (${networkMembers.validTo} is null or ${networkMembers.validTo} >= ${today}))`,
    })
    .from(networks)
    .where(inArray(networks.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { ...r, members: Number(r.members) }]));
}
