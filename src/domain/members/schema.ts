import {
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

/**
 * Members of the alliance and their geography, effective-dated. Dates are calendar dates
 * (YYYY-MM-DD); `valid_to`, `left_on` are the last day that still counts (inclusive), null = open.
 */

/** Norway's counties over time (numbers are reused: Østfold was 01 until 2019 and 31 from 2024). */
export const counties = pgTable(
  'members_counties',
  {
    id: uuid('id').primaryKey(),
    number: text('number').notNull(),
    name: text('name').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [uniqueIndex('members_counties_number_from_uq').on(t.number, t.validFrom)],
);

export const memberKindEnum = pgEnum('members_kind', ['municipality', 'county', 'other']);
export const leftReasonEnum = pgEnum('members_left_reason', ['exit', 'merged', 'other']);

/** A member's lasting identity; its name, number and county live in `memberIdentities` over time. */
export const members = pgTable(
  'members_members',
  {
    id: uuid('id').primaryKey(),
    kind: memberKindEnum('kind').notNull(),
    /** Organisasjonsnummer (9 digits, mod-11); kept when a municipality is renumbered. */
    orgNumber: text('org_number'),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    leftOn: date('left_on', { mode: 'string' }),
    leftReason: leftReasonEnum('left_reason'),
    exitNoticeOn: date('exit_notice_on', { mode: 'string' }),
    notes: text('notes').notNull().default(''),
    /** Where the membership fact comes from; shown to signed-in users (the demo's facts are partly inferred). */
    evidence: text('evidence').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('members_members_period_idx').on(t.joinedOn, t.leftOn)],
);

/** Name, official number and county from a date: Vestby was 0211 in Akershus, then 3019 in Viken. */
export const memberIdentities = pgTable(
  'members_identities',
  {
    id: uuid('id').primaryKey(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    name: text('name').notNull(),
    /** Kommunenummer (4 digits) or fylkesnummer (2 digits); none for other members. */
    number: text('number'),
    countyId: uuid('county_id').references(() => counties.id),
  },
  (t) => [
    uniqueIndex('members_identities_member_from_uq').on(t.memberId, t.validFrom),
    index('members_identities_number_idx').on(t.number),
  ],
);

/** When municipalities merge, the new member names the ones it continues. */
export const memberPredecessors = pgTable(
  'members_predecessors',
  {
    successorId: uuid('successor_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.successorId, t.predecessorId] }),
    index('members_predecessors_predecessor_idx').on(t.predecessorId),
  ],
);

/** Delregioner: groups of neighbouring members, each with a seat on the board. */
export const subregions = pgTable('members_subregions', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validTo: date('valid_to', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  version: integer('version').notNull().default(1),
});

/** Which sub-region a member belongs to, over time (one at a time). */
export const subregionMemberships = pgTable(
  'members_subregion_memberships',
  {
    id: uuid('id').primaryKey(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    subregionId: uuid('subregion_id')
      .notNull()
      .references(() => subregions.id, { onDelete: 'cascade' }),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    index('members_subregion_memberships_member_idx').on(t.memberId, t.validFrom),
    index('members_subregion_memberships_subregion_idx').on(t.subregionId),
  ],
);

/** Members taking part in a scheme over time, e.g. paying the brand-partnership contribution. */
export const participations = pgTable(
  'members_participations',
  {
    id: uuid('id').primaryKey(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    scheme: text('scheme').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [index('members_participations_scheme_idx').on(t.scheme, t.validFrom)],
);
