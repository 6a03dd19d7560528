import { date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { SEARCH_VECTOR } from '../../kernel/search';
import { bodies } from '../bodies/schema';
import { caseDocuments, cases } from '../cases/schema';
import { people } from '../people/schema';
import { focusAreas } from '../programme/schema';

export const consultationStatusEnum = pgEnum('consultations_status', [
  'registered',
  'assessing',
  'drafting',
  'adopted',
  'submitted',
  'not_answered',
]);

/**
 * A national consultation (høring) the alliance may answer: who sent it and when, the deadline,
 * who follows it up, and how it ended — the response adopted in a body's case and submitted, or
 * not answered, with the reason.
 */
export const consultations = pgTable(
  'consultations_consultations',
  {
    id: uuid('id').primaryKey(),
    title: text('title').notNull(),
    authority: text('authority').notNull(),
    /** The authority's reference (saksnummer), e.g. 19/1234. */
    reference: text('reference').notNull().default(''),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    focusAreaId: uuid('focus_area_id').references(() => focusAreas.id, { onDelete: 'set null' }),
    responsibleId: uuid('responsible_id').references(() => people.id, { onDelete: 'set null' }),
    status: consultationStatusEnum('status').notNull().default('registered'),
    notAnsweredReason: text('not_answered_reason'),
    bodyId: uuid('body_id').references(() => bodies.id, { onDelete: 'set null' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    responseDocumentId: uuid('response_document_id').references(() => caseDocuments.id, {
      onDelete: 'set null',
    }),
    submittedOn: date('submitted_on', { mode: 'string' }),
    /** When the deadline reminder was claimed (sent once; cleared when the deadline moves). */
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('consultations_deadline_idx').on(t.deadline),
    index('consultations_status_idx').on(t.status),
    index('consultations_search_idx').using('gin', SEARCH_VECTOR),
  ],
);
