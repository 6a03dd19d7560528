import { and, gte, isNull, lte, type SQL } from 'drizzle-orm';
import { addDays } from '../../kernel/dates';
import type { CycleSettings } from '../settings/registry';
import type { MilestoneKind } from './fields';
import { milestones } from './schema';

const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last day of a milestone's window for plan year `year`, from the settings. */
export function milestoneWindow(
  settings: CycleSettings,
  year: number,
  kind: MilestoneKind,
): { windowFrom: string; windowTo: string } {
  const w = settings.windows[kind];
  const y = year + w.yearOffset;
  const lastDay = new Date(Date.UTC(y, w.toMonth, 0)).getUTCDate();
  return { windowFrom: `${y}-${pad(w.fromMonth)}-01`, windowTo: `${y}-${pad(w.toMonth)}-${pad(lastDay)}` };
}

export type MilestoneState = 'upcoming' | 'due' | 'late' | 'done';

/** Where a milestone stands on `today`: done once it has a date, else by its window. */
export function milestoneState(
  m: { windowFrom: string; windowTo: string; doneOn: string | null },
  today: string,
): MilestoneState {
  if (m.doneOn) return 'done';
  if (today < m.windowFrom) return 'upcoming';
  return today <= m.windowTo ? 'due' : 'late';
}

/**
 * SQL: the milestones a reminder is due for on `today` — not done, not reminded, and a window that
 * closes within the lead time (or closed as recently: years long past are history, not reminders).
 */
export function reminderWindow(today: string, reminderDays: number): SQL {
  return and(
    isNull(milestones.doneOn),
    isNull(milestones.reminderSentAt),
    lte(milestones.windowTo, addDays(today, reminderDays)),
    gte(milestones.windowTo, addDays(today, -reminderDays)),
  )!;
}
