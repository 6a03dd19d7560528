import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { SEAT_ROLES } from '../bodies/fields';
import { can } from './permissions';
import { assertChangeable, meetingRow, seatsAt } from './rules';
import { attendance, meetings } from './schema';

export const RecordAttendanceInput = z.object({
  meetingId: Id,
  version: Version,
  entries: z
    .array(
      z.object({
        appointmentId: z.uuid(),
        status: z.enum(['present', 'absent', 'deputy']),
        /** The deputy member who met for this seat. */
        deputyAppointmentId: z.uuid().nullable().optional(),
      }),
    )
    .max(500),
});

/** Who came: each appointed member present or absent, or which deputy met instead. The meeting is then held. */
export const recordAttendance = defineVerb({
  name: 'meetings.recordAttendance',
  input: RecordAttendanceInput,
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run(ctx, input) {
    const meeting = await meetingRow(ctx, input.meetingId);
    assertChangeable(meeting);
    const seats = await seatsAt(ctx, meeting);
    const seatIds = new Set(seats.all.filter((a) => SEAT_ROLES.includes(a.role)).map((a) => a.id));
    const deputyIds = new Set(seats.deputies.map((a) => a.id));
    for (const entry of input.entries) {
      if (!seatIds.has(entry.appointmentId)) throw new PreconditionFailed('meetings.notASeat');
      if (
        entry.status === 'deputy' &&
        (!entry.deputyAppointmentId || !deputyIds.has(entry.deputyAppointmentId))
      ) {
        throw new PreconditionFailed('meetings.deputyUnknown');
      }
    }
    const before = await ctx.db.select().from(attendance).where(eq(attendance.meetingId, meeting.id));
    await ctx.db.delete(attendance).where(eq(attendance.meetingId, meeting.id));
    if (input.entries.length) {
      await ctx.db.insert(attendance).values(
        input.entries.map((e) => ({
          id: newId(),
          meetingId: meeting.id,
          appointmentId: e.appointmentId,
          status: e.status,
          deputyAppointmentId: e.status === 'deputy' ? (e.deputyAppointmentId ?? null) : null,
        })),
      );
    }
    const after = await updateVersioned(
      ctx,
      meetings,
      meeting.id,
      input.version,
      { status: 'held', updatedAt: ctx.now },
      'meeting',
    );
    await audit(ctx, {
      action: 'meetings.recordAttendance',
      entityType: 'meeting',
      entityId: meeting.id,
      before: before.map(({ appointmentId, status }) => ({ appointmentId, status })),
      after: input.entries,
    });
    return after;
  },
});
