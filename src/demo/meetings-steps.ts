import { SEAT_ROLES } from '../domain/bodies/fields';
import { type AppointmentView, listAppointments } from '../domain/bodies/queries';
import { addFollowUp } from '../domain/cases/add-follow-up';
import type { CaseRow } from '../domain/cases/rows';
import { updateFollowUp } from '../domain/cases/update-follow-up';
import { addAgendaItem } from '../domain/meetings/add-agenda-item';
import { approveMinutes } from '../domain/meetings/approve-minutes';
import { recordAttendance } from '../domain/meetings/record-attendance';
import { recordDecision } from '../domain/meetings/record-decision';
import { scheduleMeeting } from '../domain/meetings/schedule-meeting';
import { sendNotice } from '../domain/meetings/send-notice';
import type { Ctx } from '../kernel/ctx';
import { fromOsloLocal } from '../kernel/dates';

/** A ctx whose clock shows a moment of the demo's history, in Oslo time: records get plausible timestamps. */
export const at = (ctx: Ctx, osloLocal: string): Ctx => ({ ...ctx, now: fromOsloLocal(osloLocal) });

type ItemPlan = { kase: CaseRow; against?: string[] } | { title: string };

export interface MeetingPlan {
  bodyId: string;
  startsAt: string;
  endsAt: string;
  location: string;
  /** When the secretariat put it in the calendar with its agenda, sent the notice, had the minutes approved. */
  planned: string;
  notice: string;
  minutes: string;
  /** Seats that sent apologies, by whom they represent. */
  absent?: string[];
  /** Cases (adopted as proposed; unanimously unless some seats voted against) or information items. */
  items: ItemPlan[];
  minutesNotes?: string;
}

/** Schedules the meeting with its agenda; a meeting planned later stops here. */
export async function planMeeting(
  ctx: Ctx,
  plan: Pick<MeetingPlan, 'bodyId' | 'startsAt' | 'endsAt' | 'location' | 'planned' | 'items'>,
) {
  const planning = at(ctx, plan.planned);
  const meeting = await scheduleMeeting({
    ctx: planning,
    input: { bodyId: plan.bodyId, startsAt: plan.startsAt, endsAt: plan.endsAt, location: plan.location },
  });
  const agenda = [];
  for (const item of plan.items) {
    const input = 'kase' in item ? { caseId: item.kase.id } : { title: item.title };
    agenda.push(await addAgendaItem({ ctx: planning, input: { meetingId: meeting.id, ...input } }));
  }
  return { meeting, agenda };
}

/** A meeting from plan to history: notice, who came, each item's outcome, approved minutes; its id. */
export async function holdMeeting(ctx: Ctx, plan: MeetingPlan): Promise<string> {
  const planned = await planMeeting(ctx, plan);
  const { meeting } = await sendNotice({
    ctx: at(ctx, plan.notice),
    input: { id: planned.meeting.id, version: planned.meeting.version },
  });

  const during = at(ctx, plan.endsAt);
  const seats = (
    await listAppointments(during, { bodyId: plan.bodyId, asOf: plan.startsAt.slice(0, 10) })
  ).filter((a) => SEAT_ROLES.includes(a.role));
  const absent = seatsOf(seats, plan.absent ?? []);
  const held = await recordAttendance({
    ctx: during,
    input: {
      meetingId: meeting.id,
      version: meeting.version,
      entries: seats.map((s) => ({ appointmentId: s.id, status: absent.has(s.id) ? 'absent' : 'present' })),
    },
  });
  const voters = seats.filter((s) => s.votingRight && !absent.has(s.id));
  for (const [i, item] of plan.items.entries()) {
    const { id: agendaItemId, version } = planned.agenda[i]!;
    if (!('kase' in item)) {
      await recordDecision({
        ctx: during,
        input: { agendaItemId, version, decision: 'Tatt til orientering.', outcome: 'noted' },
      });
      continue;
    }
    // Named votes when someone voted against, so the minutes show who voted how.
    const against = seatsOf(voters, item.against ?? []);
    await recordDecision({
      ctx: during,
      input: {
        agendaItemId,
        version,
        decision: item.kase.proposedDecision,
        ...(against.size
          ? {
              votes: voters.map((s) => ({
                appointmentId: s.id,
                choice: against.has(s.id) ? 'against' : 'for',
              })),
            }
          : { unanimous: true }),
      },
    });
  }
  await approveMinutes({
    ctx: at(ctx, plan.minutes),
    input: { id: meeting.id, version: held.version, minutesNotes: plan.minutesNotes },
  });
  return meeting.id;
}

/** The ids of the seats held on behalf of the named members or sub-regions; a name without a seat is a bug in the plan. */
function seatsOf(seats: AppointmentView[], names: string[]): Set<string> {
  return new Set(
    names.map((name) => {
      const seat = seats.find((s) => s.onBehalf?.name === name);
      if (!seat) throw new Error(`Demo meeting: no seat for ${name}`);
      return seat.id;
    }),
  );
}

export interface FollowUpPlan {
  title: string;
  ownerId: string;
  dueOn: string;
  status?: 'open' | 'in_progress';
  /** When it was done (Oslo time), if it was. */
  done?: string;
}

/** The tasks a decision gave, created when the minutes were approved; the done ones marked done later. */
export async function addFollowUps(ctx: Ctx, kase: CaseRow, created: string, plans: FollowUpPlan[]) {
  for (const { done, ...plan } of plans) {
    const row = await addFollowUp({ ctx: at(ctx, created), input: { caseId: kase.id, ...plan } });
    if (done) {
      const { title, ownerId, dueOn } = plan;
      await updateFollowUp({
        ctx: at(ctx, done),
        input: { id: row.id, version: row.version, title, ownerId, dueOn, status: 'done' },
      });
    }
  }
}
