import { asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { parseInput } from '../../kernel/validate';
import { bodies } from '../bodies/schema';
import { formatCaseNumber } from '../cases/number';
import { cases } from '../cases/schema';
import { decided } from './portal';
import { agendaItems, meetings } from './schema';

export const PublicDecisionsParams = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * The latest decisions as the public may read them, whoever asks, with their whole text and when
 * they last changed (for the Atom feed): case items with an outcome other than postponed, of
 * meetings whose minutes are approved, of public cases only — the portal's rule (`decided`). An exempt
 * case never appears, not even by number. Newest meeting first, in agenda order within a meeting.
 */
export async function publicDecisions(ctx: Ctx, params: z.input<typeof PublicDecisionsParams> = {}) {
  const p = parseInput(PublicDecisionsParams, params, ctx.locale);
  const rows = await ctx.db
    .select({
      id: agendaItems.id,
      outcome: agendaItems.outcome,
      decision: agendaItems.decision,
      caseDecision: cases.decision,
      caseId: cases.id,
      sequence: cases.sequence,
      year: cases.year,
      title: cases.title,
      meetingId: meetings.id,
      startsAt: meetings.startsAt,
      bodyName: bodies.name,
      // The entry changed when the decision, the case or the approval of the minutes last did.
      updatedAt:
        sql<Date>`greatest(${agendaItems.updatedAt}, ${cases.updatedAt}, ${meetings.minutesApprovedAt})`.mapWith(
          agendaItems.updatedAt,
        ),
    })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(cases, eq(cases.id, agendaItems.caseId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(decided({}))
    .orderBy(desc(meetings.startsAt), asc(agendaItems.position))
    .limit(p.limit);
  return rows.map((r) => ({
    id: r.id,
    outcome: r.outcome as 'adopted' | 'rejected' | 'tied' | 'noted',
    // As the portal's list: the item's own text, else the case's.
    decision: r.decision || r.caseDecision,
    case: { id: r.caseId, number: formatCaseNumber(r.sequence, r.year), title: r.title },
    meeting: { id: r.meetingId, startsAt: r.startsAt, bodyName: r.bodyName },
    updatedAt: r.updatedAt,
  }));
}
export type PublicDecision = Awaited<ReturnType<typeof publicDecisions>>[number];
