import { and, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { compareNb } from '../../kernel/format';
import { bodies } from '../bodies/schema';
import { cases } from '../cases/schema';
import { meetings } from './schema';

/**
 * The year in numbers, per body: meetings held (minutes approved or not) and cases decided. Counts
 * only, so nothing exempt shows; bodies with neither are left out.
 */
export async function keyFiguresOfYear(ctx: Ctx, year: number) {
  const from = new Date(`${year}-01-01T00:00:00+01:00`);
  const to = new Date(`${year + 1}-01-01T00:00:00+01:00`);
  const [held, decided] = await Promise.all([
    ctx.db
      .select({ bodyId: meetings.bodyId, name: bodies.name, count: sql<number>`count(*)::int` })
      .from(meetings)
      .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
      .where(
        and(
          inArray(meetings.status, ['held', 'minutes_approved']),
          gte(meetings.startsAt, from),
          lt(meetings.startsAt, to),
        ),
      )
      .groupBy(meetings.bodyId, bodies.name),
    ctx.db
      .select({ bodyId: cases.bodyId, name: bodies.name, count: sql<number>`count(*)::int` })
      .from(cases)
      .innerJoin(bodies, eq(bodies.id, cases.bodyId))
      .where(and(gte(cases.decidedOn, `${year}-01-01`), lte(cases.decidedOn, `${year}-12-31`)))
      .groupBy(cases.bodyId, bodies.name),
  ]);
  const byBody = new Map<string, { bodyName: string; meetingsHeld: number; casesDecided: number }>();
  for (const r of held)
    byBody.set(r.bodyId, { bodyName: r.name, meetingsHeld: Number(r.count), casesDecided: 0 });
  for (const r of decided) {
    const entry = byBody.get(r.bodyId) ?? { bodyName: r.name, meetingsHeld: 0, casesDecided: 0 };
    entry.casesDecided = Number(r.count);
    byBody.set(r.bodyId, entry);
  }
  return [...byBody.values()].sort((a, b) => compareNb(a.bodyName, b.bodyName));
}
