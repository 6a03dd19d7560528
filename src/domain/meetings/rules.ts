import { eq } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { todayInOslo } from '../../kernel/dates';
import { NotFound, PreconditionFailed } from '../../kernel/errors';
import { SEAT_ROLES } from '../bodies/fields';
import { listAppointments } from '../bodies/queries';
import { agendaItems, meetings } from './schema';

export type MeetingRow = typeof meetings.$inferSelect;

export async function meetingRow(ctx: Ctx, id: string): Promise<MeetingRow> {
  const [row] = await ctx.db.select().from(meetings).where(eq(meetings.id, id));
  if (!row) throw new NotFound('meeting');
  return row;
}

/** A meeting whose minutes are approved, or that was cancelled, is history: it does not change. */
export function assertChangeable(meeting: MeetingRow) {
  if (meeting.status === 'minutes_approved') throw new PreconditionFailed('meetings.minutesApproved');
  if (meeting.status === 'cancelled') throw new PreconditionFailed('meetings.cancelled');
}

export async function agendaItemRow(ctx: Ctx, id: string) {
  const [row] = await ctx.db.select().from(agendaItems).where(eq(agendaItems.id, id));
  if (!row) throw new NotFound('agendaItem');
  return row;
}

/** The meeting's day in Oslo: the date appointments and members are counted on. */
export const meetingDay = (meeting: MeetingRow) => todayInOslo(meeting.startsAt);

/** The appointments of the body in force on the meeting day: seats (which vote) and everyone else. */
export async function seatsAt(ctx: Ctx, meeting: MeetingRow) {
  const all = await listAppointments(ctx, { bodyId: meeting.bodyId, asOf: meetingDay(meeting) });
  return {
    all,
    voting: all.filter((a) => SEAT_ROLES.includes(a.role) && a.votingRight),
    deputies: all.filter((a) => a.role === 'deputy_member'),
  };
}

/** What of a meeting the caller may read: the public sees the agenda once the notice is out, and the outcome once the minutes are approved. */
export function publication(ctx: Ctx, meeting: Pick<MeetingRow, 'noticeSentAt' | 'status'>) {
  const insider = ctx.actor.kind !== 'anonymous';
  return {
    agenda: insider || meeting.noticeSentAt !== null,
    minutes: insider || meeting.status === 'minutes_approved',
  };
}
