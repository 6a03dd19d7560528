import { bigint, index, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Who did what to which entity, with the state before and after; written in the same transaction. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at.desc(), t.id.desc()),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_actor_idx').on(t.actorId, t.at.desc()),
  ],
);

/**
 * One row counting committed changes: every verb bumps it in its own transaction, so a page
 * cached under version N was rendered from data no older than N (see src/http/cache/).
 */
export const dataVersion = pgTable('data_version', {
  id: smallint('id').primaryKey().default(1),
  value: bigint('value', { mode: 'number' }).notNull().default(0),
});
