import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { addDays, todayInOslo } from '../../kernel/dates';
import { caseReferences } from '../cases/references';
import { listMeetings } from '../meetings/queries';
import { meetingReferences } from '../meetings/references';
import { getSettings } from '../settings/queries';
import { MILESTONE_KINDS } from './fields';
import { type MilestoneView, presentMilestone } from './present';
import type { MilestoneRow } from './rows';
import { milestones } from './schema';
import { milestoneWindow, reminderWindow } from './windows';

async function present(ctx: Ctx, rows: MilestoneRow[]): Promise<MilestoneView[]> {
  const [meetingRefs, caseRefs] = await Promise.all([
    meetingReferences(
      ctx,
      rows.flatMap((r) => (r.meetingId ? [r.meetingId] : [])),
    ),
    caseReferences(
      ctx,
      rows.flatMap((r) => (r.caseId ? [r.caseId] : [])),
    ),
  ]);
  const today = todayInOslo(ctx.now);
  const internal = ctx.actor.kind !== 'anonymous';
  return rows.map((row) =>
    presentMilestone(row, today, {
      meeting: row.meetingId ? meetingRefs.get(row.meetingId) : undefined,
      case: row.caseId ? caseRefs.get(row.caseId) : undefined,
      internal,
    }),
  );
}

const byKind = (a: MilestoneRow, b: MilestoneRow) =>
  a.year - b.year || MILESTONE_KINDS.indexOf(a.kind) - MILESTONE_KINDS.indexOf(b.kind);

/**
 * A plan year's cycle: its milestones in the order they fall, or — when the year is not planned —
 * the windows it would get from the settings, so the page can show what planning will do.
 */
export async function getCycle(ctx: Ctx, year: number) {
  const rows = (await ctx.db.select().from(milestones).where(eq(milestones.year, year))).sort(byKind);
  const settings = await getSettings(ctx, 'cycle');
  return {
    year,
    planned: rows.length > 0,
    milestones: await present(ctx, rows),
    unplanned: MILESTONE_KINDS.filter((kind) => !rows.some((r) => r.kind === kind)).map((kind) => ({
      kind,
      ...milestoneWindow(settings, year, kind),
    })),
  };
}

/** What a calendar year's wheel shows: the milestones that fall in it (whatever their plan year) and its meetings. */
export async function cycleCalendar(ctx: Ctx, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const rows = await ctx.db
    .select()
    .from(milestones)
    .where(
      or(
        and(lte(milestones.windowFrom, to), gte(milestones.windowTo, from)),
        and(gte(milestones.doneOn, from), lte(milestones.doneOn, to)),
      ),
    );
  const meetings = (await listMeetings(ctx, { from, to })).filter((m) => m.status !== 'cancelled');
  return {
    year,
    milestones: await present(
      ctx,
      rows.sort((a, b) => a.windowFrom.localeCompare(b.windowFrom) || byKind(a, b)),
    ),
    meetings: meetings.map((m) => ({
      id: m.id,
      title: m.title,
      bodyName: m.bodyName,
      day: m.day,
      status: m.status,
    })),
  };
}

/**
 * What the secretariat should look at now: milestones not done whose window opens within the
 * reminder lead time, is open, or closed within the last year — late first, then by deadline.
 */
export async function milestonesNeedingAttention(ctx: Ctx) {
  const today = todayInOslo(ctx.now);
  const { reminderDays } = await getSettings(ctx, 'cycle');
  const rows = await ctx.db
    .select()
    .from(milestones)
    .where(
      and(
        isNull(milestones.doneOn),
        lte(milestones.windowFrom, addDays(today, reminderDays)),
        gte(milestones.windowTo, addDays(today, -365)),
      ),
    )
    .orderBy(asc(milestones.windowTo));
  return present(ctx, rows);
}

/** Is any reminder due (the job asks before it runs the verb, so an idle hour leaves no audit row)? */
export async function remindersDue(ctx: Pick<Ctx, 'db' | 'now'>): Promise<boolean> {
  const today = todayInOslo(ctx.now);
  const { reminderDays } = await getSettings(ctx, 'cycle');
  const rows = await ctx.db
    .select({ id: milestones.id })
    .from(milestones)
    .where(reminderWindow(today, reminderDays))
    .limit(1);
  return rows.length > 0;
}
