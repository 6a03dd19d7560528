import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { members } from '../members/schema';
import { partners } from '../partners/schema';
import { people } from '../people/schema';
import { focusAreas } from '../programme/schema';

/** A network the alliance keeps (the mayors' climate declaration, circular economy, ambassadors …). */
export const networks = pgTable(
  'networks_networks',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull().default(''),
    focusAreaId: uuid('focus_area_id').references(() => focusAreas.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('networks_networks_name_idx').on(t.name)],
);

/** Who is in a network, over time: a person, a member municipality or a partner organisation. */
export const networkMembers = pgTable(
  'networks_members',
  {
    id: uuid('id').primaryKey(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').references(() => members.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    role: text('role').notNull().default(''),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('networks_members_network_idx').on(t.networkId),
    check('networks_members_one', sql`num_nonnulls(${t.personId}, ${t.memberId}, ${t.partnerId}) = 1`),
  ],
);
