import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { SEARCH_VECTOR } from '../../kernel/search';
import { appointments, bodies } from '../bodies/schema';
import { cases } from '../cases/schema';

export const meetingStatusEnum = pgEnum('meetings_status', [
  'planned',
  'notice_sent',
  'held',
  'minutes_approved',
  'cancelled',
]);

/** A meeting of a body: when and where, open or closed (with the legal basis), and how far it has come. */
export const meetings = pgTable(
  'meetings_meetings',
  {
    id: uuid('id').primaryKey(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    location: text('location').notNull().default(''),
    /** A remote meeting (Local Government Act § 11-7). */
    remote: boolean('remote').notNull().default(false),
    /** Meetings are open; a closed one names its legal basis (§ 11-5). */
    open: boolean('open').notNull().default(true),
    closedLegalBasis: text('closed_legal_basis'),
    status: meetingStatusEnum('status').notNull().default('planned'),
    noticeSentAt: timestamp('notice_sent_at', { withTimezone: true }),
    minutesApprovedAt: timestamp('minutes_approved_at', { withTimezone: true }),
    /** Free text for the minutes: who chaired, when the meeting ended, remarks. */
    minutesNotes: text('minutes_notes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('meetings_meetings_body_idx').on(t.bodyId, t.startsAt),
    index('meetings_meetings_starts_idx').on(t.startsAt),
    index('meetings_meetings_search_idx').using('gin', SEARCH_VECTOR),
  ],
);

export const agendaKindEnum = pgEnum('meetings_agenda_kind', ['case', 'information']);
export const outcomeEnum = pgEnum('meetings_outcome', ['adopted', 'rejected', 'tied', 'postponed', 'noted']);

/** An item on a meeting's agenda: a case (with its paper), or an information item. */
export const agendaItems = pgTable(
  'meetings_agenda_items',
  {
    id: uuid('id').primaryKey(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: agendaKindEnum('kind').notNull(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'restrict' }),
    /** The information item's title; a case item shows its case's title. */
    title: text('title').notNull().default(''),
    /** An election: a tie is not decided by the chair's vote (§ 11-9). */
    election: boolean('election').notNull().default(false),
    decision: text('decision').notNull().default(''),
    outcome: outcomeEnum('outcome'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('meetings_agenda_items_meeting_idx').on(t.meetingId, t.position),
    index('meetings_agenda_items_case_idx').on(t.caseId),
  ],
);

export const attendanceEnum = pgEnum('meetings_attendance_status', ['present', 'absent', 'deputy']);

/** Whether each appointed member came, or which deputy met instead. */
export const attendance = pgTable(
  'meetings_attendance',
  {
    id: uuid('id').primaryKey(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id),
    status: attendanceEnum('status').notNull(),
    deputyAppointmentId: uuid('deputy_appointment_id').references(() => appointments.id),
  },
  (t) => [uniqueIndex('meetings_attendance_uq').on(t.meetingId, t.appointmentId)],
);

export const voteChoiceEnum = pgEnum('meetings_vote_choice', ['for', 'against', 'abstain']);

/** How each voting member present voted on an item; the result is computed from these. */
export const votes = pgTable(
  'meetings_votes',
  {
    id: uuid('id').primaryKey(),
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    /** The seat that voted: the member's appointment (a deputy votes in the seat they met for). */
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id),
    choice: voteChoiceEnum('choice').notNull(),
  },
  (t) => [uniqueIndex('meetings_votes_uq').on(t.agendaItemId, t.appointmentId)],
);
