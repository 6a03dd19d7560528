import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../../kernel/bytea';
import { SEARCH_VECTOR } from '../../kernel/search';
import { bodies } from '../bodies/schema';
import { people } from '../people/schema';

/** Public, or exempt from public access (unntatt offentlighet) with a legal basis such as "Offl. § 14". */
export const accessEnum = pgEnum('cases_access', ['public', 'exempt']);
export const caseStatusEnum = pgEnum('cases_status', [
  'registered',
  'in_progress',
  'decided',
  'closed',
  'withdrawn',
]);

/** A case, numbered per body and year: the board's 39th case of 2019 is 39/19. */
export const cases = pgTable(
  'cases_cases',
  {
    id: uuid('id').primaryKey(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    title: text('title').notNull(),
    /** The title itself would reveal what is exempt: others see only number and legal basis. */
    titleExempt: boolean('title_exempt').notNull().default(false),
    access: accessEnum('access').notNull().default('public'),
    legalBasis: text('legal_basis'),
    officerId: uuid('officer_id').references(() => people.id, { onDelete: 'set null' }),
    /** The case paper (saksframlegg), in Markdown; rendered to sanitised HTML. */
    background: text('background').notNull().default(''),
    assessment: text('assessment').notNull().default(''),
    proposedDecision: text('proposed_decision').notNull().default(''),
    decision: text('decision').notNull().default(''),
    decidedOn: date('decided_on', { mode: 'string' }),
    status: caseStatusEnum('status').notNull().default('registered'),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('cases_cases_number_uq').on(t.bodyId, t.year, t.sequence),
    index('cases_cases_search_idx').using('gin', SEARCH_VECTOR),
    index('cases_cases_status_idx').on(t.status),
  ],
);

/** The last number given per body and year; one row lock makes numbering atomic and gap-free. */
export const caseCounters = pgTable(
  'cases_counters',
  {
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.year] })],
);

/** The bodies a case goes through, in order (policy committee → board). */
export const caseRoutes = pgTable(
  'cases_routes',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.position] })],
);

/** An attachment of a case, kept in the database with its SHA-256; public or exempt on its own. */
export const caseDocuments = pgTable(
  'cases_documents',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    access: accessEnum('access').notNull().default('public'),
    legalBasis: text('legal_basis'),
    /** The file's text (PDF, DOCX), extracted at upload for search; empty for images and spreadsheets. */
    text: text('text').notNull().default(''),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('cases_documents_case_idx').on(t.caseId),
    index('cases_documents_search_idx').using('gin', SEARCH_VECTOR),
  ],
);

export const followUpStatusEnum = pgEnum('cases_follow_up_status', [
  'open',
  'in_progress',
  'done',
  'cancelled',
]);

/** A task that follows from a decision: who, by when, how it is going. */
export const followUps = pgTable(
  'cases_follow_ups',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    ownerId: uuid('owner_id').references(() => people.id, { onDelete: 'set null' }),
    dueOn: date('due_on', { mode: 'string' }),
    status: followUpStatusEnum('status').notNull().default('open'),
    notes: text('notes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('cases_follow_ups_case_idx').on(t.caseId),
    index('cases_follow_ups_open_idx').on(t.status, t.dueOn).where(sql`status in ('open', 'in_progress')`),
  ],
);
