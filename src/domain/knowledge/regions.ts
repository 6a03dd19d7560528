import { isNotNull } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { memberIdentities } from '../members/schema';

const DAY = 86_400_000;

/** Days from a date to a validity period (0 inside it). */
function distance(day: string, from: string, to: string | null): number {
  if (day < from) return (Date.parse(from) - Date.parse(day)) / DAY;
  if (to !== null && day > to) return (Date.parse(day) - Date.parse(to)) / DAY;
  return 0;
}

/**
 * Which member a region code means in a year, and whether the code was its number then. A code names the member whose identity carried that
 * number on 1 January of the year; failing that, the member that carried it nearest in time.
 * Statistics Norway publishes history on today's borders, so 3020 Nordre Follo in 2019 is the
 * merged member (its predecessors Ski 0213 and Oppegård 0217 have their own series), while 0211
 * and 3019 are both Vestby, renumbered.
 */
export async function regionResolver(ctx: Pick<Ctx, 'db'>) {
  const identities = await ctx.db
    .select({
      memberId: memberIdentities.memberId,
      number: memberIdentities.number,
      validFrom: memberIdentities.validFrom,
      validTo: memberIdentities.validTo,
    })
    .from(memberIdentities)
    .where(isNotNull(memberIdentities.number));
  const byNumber = new Map<string, typeof identities>();
  for (const identity of identities) {
    const list = byNumber.get(identity.number!) ?? [];
    list.push(identity);
    byNumber.set(identity.number!, list);
  }
  return (code: string, year: number): { memberId: string; exact: boolean } | null => {
    const candidates = byNumber.get(code);
    if (!candidates) return null;
    const day = `${year}-01-01`;
    let best = candidates[0]!;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const c of candidates) {
      const d = distance(day, c.validFrom, c.validTo);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return { memberId: best.memberId, exact: bestDistance === 0 };
  };
}
