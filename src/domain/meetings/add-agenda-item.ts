import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { getCaseRow } from '../cases/rows';
import { can } from './permissions';
import { assertChangeable, meetingRow } from './rules';
import { agendaItems } from './schema';

export const AddAgendaItemInput = z
  .object({
    meetingId: z.uuid(),
    /** A case on the agenda; without one, an information item with a title. */
    caseId: z.uuid().optional(),
    title: z.string().trim().max(300).default(''),
    election: z.boolean().default(false),
  })
  .refine((v) => Boolean(v.caseId) || v.title.length > 0, {
    path: ['title'],
    message: 'meetings.itemNeedsCaseOrTitle',
  });

/** Adds a case (whose route passes this body) or an information item at the end of the agenda. */
export const addAgendaItem = defineVerb({
  name: 'meetings.addAgendaItem',
  input: AddAgendaItemInput,
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run(ctx, input) {
    const meeting = await meetingRow(ctx, input.meetingId);
    assertChangeable(meeting);
    if (input.caseId) {
      const kase = await getCaseRow(ctx, input.caseId);
      if (kase.bodyId !== meeting.bodyId && !kase.route.includes(meeting.bodyId)) {
        throw new PreconditionFailed('meetings.caseNotForBody', { number: kase.number });
      }
    }
    const [{ next } = { next: 1 }] = await ctx.db
      .select({ next: sql<number>`coalesce(max(${agendaItems.position}), 0)::int + 1` })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, input.meetingId));
    const [row] = await ctx.db
      .insert(agendaItems)
      .values({
        id: newId(),
        meetingId: input.meetingId,
        position: next,
        kind: input.caseId ? 'case' : 'information',
        caseId: input.caseId ?? null,
        title: input.caseId ? '' : input.title,
        election: input.election,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await audit(ctx, {
      action: 'meetings.addAgendaItem',
      entityType: 'meeting',
      entityId: input.meetingId,
      after: row,
    });
    return row!;
  },
});
