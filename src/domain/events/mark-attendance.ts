import { and, eq, inArray, not } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { Id } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { lockEvent } from './rules';
import { registrations } from './schema';

export const MarkAttendanceInput = z.object({
  eventId: Id,
  /** The confirmed registrations who came; every other confirmed one is marked absent. */
  present: z.array(z.uuid()).max(100_000).default([]),
});

/** Marks who came, from the list at the door; from the day the event starts. */
export const markAttendance = defineVerb({
  name: 'events.markAttendance',
  input: MarkAttendanceInput,
  authorize: (actor) => can(actor, 'events.manage'),
  async run(ctx, { eventId, present }) {
    const event = await lockEvent(ctx, eventId);
    if (event.startsAt.getTime() - ctx.now.getTime() > 86_400_000)
      throw new PreconditionFailed('events.attendanceTooEarly');
    const confirmed = and(eq(registrations.eventId, eventId), eq(registrations.status, 'confirmed'));
    const came = present.length
      ? await ctx.db
          .update(registrations)
          .set({ attended: true })
          .where(and(confirmed, inArray(registrations.id, present)))
          .returning({ id: registrations.id })
      : [];
    const absent = await ctx.db
      .update(registrations)
      .set({ attended: false })
      .where(present.length ? and(confirmed, not(inArray(registrations.id, present))) : confirmed)
      .returning({ id: registrations.id });
    await audit(ctx, {
      action: 'events.markAttendance',
      entityType: 'event',
      entityId: eventId,
      after: { present: came.length, absent: absent.length },
    });
    return { present: came.length, absent: absent.length };
  },
});
