import { date, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/schema';
import { meetings } from '../meetings/schema';

/**
 * The milestones of the annual cycle (årshjul): the council sets next year's fee, the board adopts
 * the programme and budget, the board approves the annual report and accounts, which then go to
 * the council for information.
 */
export const milestoneKindEnum = pgEnum('cycle_milestone_kind', [
  'fee',
  'programme_budget',
  'annual_report',
  'report_to_council',
]);

export const milestones = pgTable(
  'cycle_milestones',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull(),
    kind: milestoneKindEnum('kind').notNull(),
    /** The window in which it is due (from the settings when the year was planned). */
    windowFrom: date('window_from', { mode: 'string' }).notNull(),
    windowTo: date('window_to', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    /** Where it happened. */
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    notes: text('notes').notNull().default(''),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('cycle_milestones_year_kind_uq').on(t.year, t.kind)],
);
