import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { cases } from '../cases/schema';
import { can } from './permissions';
import { getMeeting } from './queries';
import { agendaItemRow, assertChangeable, meetingDay, meetingRow } from './rules';
import { agendaItems, votes } from './schema';
import { countVotes } from './voting';

export const RecordDecisionInput = z.object({
  agendaItemId: Id,
  version: Version,
  /** The decision as adopted (Markdown). */
  decision: z.string().max(50_000).default(''),
  /** Without a vote: the item was postponed, or an information item noted. */
  outcome: z.enum(['postponed', 'noted']).optional(),
  /** Every voting member present voted for. */
  unanimous: z.boolean().default(false),
  votes: z
    .array(z.object({ appointmentId: z.uuid(), choice: z.enum(['for', 'against', 'abstain']) }))
    .max(500)
    .default([]),
  election: z.boolean().optional(),
});

/**
 * Records an item's decision: the result is counted from the votes (a tie goes the chair's way,
 * except in elections), and only with a quorum — at least half of the voting members present.
 * A case's decision and status follow the meeting's.
 */
export const recordDecision = defineVerb({
  name: 'meetings.recordDecision',
  input: RecordDecisionInput,
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run(ctx, input) {
    const item = await agendaItemRow(ctx, input.agendaItemId);
    const meeting = await meetingRow(ctx, item.meetingId);
    assertChangeable(meeting);
    if (meeting.status !== 'held') throw new PreconditionFailed('meetings.attendanceFirst');
    const model = await getMeeting(ctx, meeting.id);
    const election = input.election ?? item.election;
    const noted = input.outcome === 'noted' && item.kind === 'information';
    if (!noted && !model.quorum.ok) {
      throw new PreconditionFailed('meetings.noQuorum', {
        present: model.quorum.present,
        required: model.quorum.required,
        total: model.quorum.votingMembers,
      });
    }
    const presentVoting = model.seats.filter(
      (s) => (s.status === 'present' || s.status === 'deputy') && s.appointment.votingRight,
    );
    const allowed = new Set(presentVoting.map((s) => s.appointment.id));
    const cast = input.unanimous
      ? presentVoting.map((s) => ({ appointmentId: s.appointment.id, choice: 'for' as const }))
      : input.votes;
    for (const vote of cast)
      if (!allowed.has(vote.appointmentId)) throw new PreconditionFailed('meetings.voterNotPresent');
    let outcome: 'adopted' | 'rejected' | 'tied' | 'postponed' | 'noted';
    if (input.outcome) outcome = input.outcome;
    else if (cast.length) {
      outcome = countVotes(
        cast.map((v) => ({ seatId: v.appointmentId, choice: v.choice })),
        model.chair?.id ?? null,
        election,
      ).outcome;
    } else throw new PreconditionFailed('meetings.noVotes');

    await ctx.db.delete(votes).where(eq(votes.agendaItemId, item.id));
    if (cast.length && !input.outcome) {
      await ctx.db.insert(votes).values(cast.map((v) => ({ id: newId(), agendaItemId: item.id, ...v })));
    }
    const after = await updateVersioned(
      ctx,
      agendaItems,
      item.id,
      input.version,
      { decision: input.decision, outcome, election, updatedAt: ctx.now },
      'agendaItem',
    );
    if (item.caseId) {
      const decided = outcome === 'adopted' || outcome === 'rejected';
      await ctx.db
        .update(cases)
        .set(
          decided
            ? {
                decision: input.decision,
                decidedOn: meetingDay(meeting),
                status: 'decided',
                updatedAt: ctx.now,
              }
            : { status: 'in_progress', updatedAt: ctx.now },
        )
        .where(eq(cases.id, item.caseId));
    }
    await audit(ctx, {
      action: 'meetings.recordDecision',
      entityType: 'meeting',
      entityId: meeting.id,
      before: { itemId: item.id, decision: item.decision, outcome: item.outcome },
      after: { itemId: item.id, decision: input.decision, outcome, votes: cast },
    });
    return after;
  },
});
