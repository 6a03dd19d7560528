import { and, eq, ne, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { overlaps } from '../../kernel/dates';
import { Conflict, NotFound, PreconditionFailed } from '../../kernel/errors';
import { members } from '../members/schema';
import { partners } from '../partners/schema';
import { people } from '../people/schema';
import { networkMembers, networks } from './schema';

/** The network, locked for the rest of the transaction: membership changes of one network go one at a time. */
export async function networkRow(ctx: Pick<Ctx, 'db'>, id: string) {
  const [row] = await ctx.db.select().from(networks).where(eq(networks.id, id)).for('update');
  if (!row) throw new NotFound('network');
  return row;
}

export interface Who {
  personId?: string | null | undefined;
  memberId?: string | null | undefined;
  partnerId?: string | null | undefined;
}

/** The person, member or partner must be in its register (and a partner not merged into another). */
export async function assertWho(ctx: Pick<Ctx, 'db'>, who: Who) {
  if (who.personId) {
    const [row] = await ctx.db.select({ id: people.id }).from(people).where(eq(people.id, who.personId));
    if (!row) throw new NotFound('person');
  } else if (who.memberId) {
    const [row] = await ctx.db.select({ id: members.id }).from(members).where(eq(members.id, who.memberId));
    if (!row) throw new NotFound('member');
  } else if (who.partnerId) {
    const [row] = await ctx.db
      .select({ name: partners.name, mergedIntoId: partners.mergedIntoId })
      .from(partners)
      .where(eq(partners.id, who.partnerId));
    if (!row) throw new NotFound('partner');
    if (row.mergedIntoId) throw new PreconditionFailed('partners.merged', { name: row.name });
  }
}

function sameWho(who: Who): SQL {
  if (who.personId) return eq(networkMembers.personId, who.personId);
  if (who.memberId) return eq(networkMembers.memberId, who.memberId);
  return eq(networkMembers.partnerId, who.partnerId ?? '');
}

/**
 * The same person or organisation is in a network once at a time: a second period that shares a
 * day with one already recorded is a Conflict (end the first, or correct it).
 */
export async function assertNoOverlap(
  ctx: Pick<Ctx, 'db'>,
  networkId: string,
  who: Who,
  period: { validFrom: string; validTo: string | null },
  exceptId?: string,
) {
  const rows = await ctx.db
    .select({ validFrom: networkMembers.validFrom, validTo: networkMembers.validTo })
    .from(networkMembers)
    .where(
      and(
        eq(networkMembers.networkId, networkId),
        sameWho(who),
        exceptId ? ne(networkMembers.id, exceptId) : undefined,
      ),
    );
  const clash = rows.find((r) => overlaps(r.validFrom, r.validTo, period.validFrom, period.validTo));
  if (clash)
    throw new Conflict('networks.memberOverlap', {
      from: clash.validFrom,
      to: clash.validTo ?? '…',
    });
}
