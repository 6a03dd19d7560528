import { date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from '../people/schema';

export const partnerKindEnum = pgEnum('partners_kind', [
  'state_agency',
  'business_association',
  'ngo',
  'cluster',
  'university',
  'international',
  'company',
  'public_body',
  'other',
]);

/**
 * Organisations the alliance works with (Østlandssamarbeidet, NHO, Zero, Innovasjon Norge, …).
 * A merged duplicate is kept, pointing to the one it became, so old links still resolve.
 */
export const partners = pgTable(
  'partners_organisations',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    kind: partnerKindEnum('kind').notNull(),
    /** Organisasjonsnummer, for Norwegian organisations (9 digits, mod-11). */
    orgNumber: text('org_number'),
    website: text('website'),
    notes: text('notes').notNull().default(''),
    /** Other names it goes by (a merged duplicate's name lands here): the programme's partner lists match them too. */
    aliases: text('aliases').array().notNull().default([]),
    mergedIntoId: uuid('merged_into_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('partners_organisations_name_idx').on(t.name),
    index('partners_organisations_merged_idx').on(t.mergedIntoId),
  ],
);

/** People at a partner the secretariat deals with, over time. */
export const partnerContacts = pgTable(
  'partners_contacts',
  {
    id: uuid('id').primaryKey(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role').notNull().default(''),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('partners_contacts_partner_idx').on(t.partnerId),
    index('partners_contacts_person_idx').on(t.personId),
  ],
);
