import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const mailStatusEnum = pgEnum('mail_status', ['pending', 'sent', 'failed']);

/**
 * Outgoing e-mail, written in the same transaction as the change that causes it (a notice, a
 * confirmation), then delivered by the dispatcher when SMTP is configured — or kept here to read.
 */
export const outbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey(),
    toAddress: text('to_address').notNull(),
    toName: text('to_name').notNull().default(''),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    /** What the mail is about, e.g. `meeting` and its id. */
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    status: mailStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('mail_outbox_status_idx').on(t.status, t.createdAt)],
);
