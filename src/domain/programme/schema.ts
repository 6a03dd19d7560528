import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { SEARCH_VECTOR } from '../../kernel/search';
import { users } from '../accounts/schema';
import { caseDocuments, cases } from '../cases/schema';
import { consultations } from '../consultations/schema';
import { events } from '../events/schema';
import { meetings } from '../meetings/schema';
import { networks } from '../networks/schema';
import { projects } from '../projects/schema';

export const programmeStatusEnum = pgEnum('programme_status', ['draft', 'adopted']);

/**
 * The action programme (handlingsprogram) of a year: the vision, the roles and working forms, the
 * focus areas and their activities, and the edited text of chapters 1–3 beside the generated facts.
 */
export const programmes = pgTable(
  'programme_programmes',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    status: programmeStatusEnum('status').notNull().default('draft'),
    /** The case that adopted it (the board's decision), and the day. */
    adoptedCaseId: uuid('adopted_case_id').references(() => cases.id, { onDelete: 'set null' }),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    vision: text('vision').notNull().default(''),
    visionText: text('vision_text').notNull().default(''),
    focusAreasIntro: text('focus_areas_intro').notNull().default(''),
    activitiesIntro: text('activities_intro').notNull().default(''),
    /** Edited text beside the generated facts of chapters 1–3 (Markdown). */
    aboutText: text('about_text').notNull().default(''),
    organisationalChangesText: text('organisational_changes_text').notNull().default(''),
    administrationText: text('administration_text').notNull().default(''),
    processText: text('process_text').notNull().default(''),
    /** The programme this one was copied from (last year's). */
    copiedFromId: uuid('copied_from_id').references((): AnyPgColumn => programmes.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('programme_programmes_year_uq').on(t.year)],
);

/** A role and working form (rolle og arbeidsform): the rows of every focus area's table. */
export const programmeRoles = pgTable(
  'programme_roles',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** As listed under the vision: "ha dialog med og påvirke nasjonale myndigheter". */
    name: text('name').notNull(),
    /** As the tables show it: "Dialog med og påvirke nasjonale myndigheter". */
    label: text('label').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('programme_roles_programme_idx').on(t.programmeId, t.position)],
);

export const focusAreaKindEnum = pgEnum('programme_focus_area_kind', ['matrix', 'tasks']);

/** A focus area (innsatsområde): a matrix of roles × activities, or a list of ongoing tasks. */
export const focusAreas = pgTable(
  'programme_focus_areas',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    kind: focusAreaKindEnum('kind').notNull().default('matrix'),
    intro: text('intro').notNull().default(''),
    /** "Kommentarer til tabellen" (Markdown). */
    comments: text('comments').notNull().default(''),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('programme_focus_areas_programme_idx').on(t.programmeId, t.position)],
);

export const activityStatusEnum = pgEnum('programme_activity_status', [
  'planned',
  'ongoing',
  'done',
  'postponed',
  'cancelled',
]);

/** An activity of the programme (or an ongoing task of a task area), with its follow-up. */
export const activities = pgTable(
  'programme_activities',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    /** The activity as the table shows it; for a task, its bold lead. */
    text: text('text').notNull(),
    /** More about it (Markdown); for a task, the explanation after the lead. */
    details: text('details').notNull().default(''),
    partners: text('partners').array().notNull().default(sql`'{}'::text[]`),
    responsible: text('responsible').notNull().default(''),
    plannedFrom: date('planned_from', { mode: 'string' }),
    plannedTo: date('planned_to', { mode: 'string' }),
    status: activityStatusEnum('status').notNull().default('planned'),
    /** Copied from last year's programme; `carriedOver` when it was unfinished there. */
    copiedFromId: uuid('copied_from_id').references((): AnyPgColumn => activities.id, {
      onDelete: 'set null',
    }),
    carriedOver: boolean('carried_over').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('programme_activities_programme_idx').on(t.programmeId),
    index('programme_activities_search_idx').using('gin', SEARCH_VECTOR),
  ],
);

/**
 * Where an activity stands: a cell of a focus area's matrix (focus area × role), or a task area's
 * list (no role). An activity may stand in several cells (it serves several roles or focus areas).
 */
export const placements = pgTable(
  'programme_placements',
  {
    id: uuid('id').primaryKey(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    focusAreaId: uuid('focus_area_id')
      .notNull()
      .references(() => focusAreas.id, { onDelete: 'cascade' }),
    roleId: uuid('role_id').references(() => programmeRoles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [
    index('programme_placements_cell_idx').on(t.focusAreaId, t.roleId, t.position),
    index('programme_placements_activity_idx').on(t.activityId),
    unique('programme_placements_cell_uq').on(t.activityId, t.focusAreaId, t.roleId).nullsNotDistinct(),
  ],
);

/** A dated progress note on an activity, with its author. */
export const progressNotes = pgTable(
  'programme_progress_notes',
  {
    id: uuid('id').primaryKey(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    notedOn: date('noted_on', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorLabel: text('author_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('programme_progress_notes_activity_idx').on(t.activityId, t.notedOn)],
);

/**
 * What an activity led to or rests on: a meeting, a case, a case document, or the work done under
 * it — a consultation answered, an event held, a network kept, a project run. One foreign key per
 * kind, exactly one set, so a link never dangles; the annual report lists them under the activity.
 */
export const activityLinks = pgTable(
  'programme_activity_links',
  {
    id: uuid('id').primaryKey(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id').references(() => caseDocuments.id, { onDelete: 'cascade' }),
    consultationId: uuid('consultation_id').references(() => consultations.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id').references(() => events.id, { onDelete: 'cascade' }),
    networkId: uuid('network_id').references(() => networks.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('programme_activity_links_uq')
      .on(
        t.activityId,
        t.meetingId,
        t.caseId,
        t.documentId,
        t.consultationId,
        t.eventId,
        t.networkId,
        t.projectId,
      )
      .nullsNotDistinct(),
    check(
      'programme_activity_links_one_target',
      sql`num_nonnulls(${t.meetingId}, ${t.caseId}, ${t.documentId}, ${t.consultationId}, ${t.eventId}, ${t.networkId}, ${t.projectId}) = 1`,
    ),
  ],
);
