import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Settings of the installation, one row per key; each key's value has a zod schema in settings.ts. */
export const settings = pgTable('settings_values', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
