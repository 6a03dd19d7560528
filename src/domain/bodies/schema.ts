import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { members, subregions } from '../members/schema';
import { people } from '../people/schema';
import type { CompositionRule } from './composition';

export const bodyKindEnum = pgEnum('bodies_kind', [
  'council',
  'board',
  'committee',
  'partner_arena',
  'working_committee',
  'secretariat',
  'coordination_group',
  'expert_group',
  'project_group',
  'ad_hoc_group',
]);

/** A body of the alliance, active from–to; a successor body (the representantskap) names its predecessor. */
export const bodies = pgTable('bodies_bodies', {
  id: uuid('id').primaryKey(),
  kind: bodyKindEnum('kind').notNull(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull().default(''),
  mandate: text('mandate').notNull().default(''),
  /** The body that appoints this one's members (the board appoints the policy committee). */
  appointedById: uuid('appointed_by_id'),
  predecessorId: uuid('predecessor_id'),
  composition: jsonb('composition').$type<CompositionRule>().notNull(),
  meetingsPerYearMin: integer('meetings_per_year_min'),
  meetingsPerYearMax: integer('meetings_per_year_max'),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validTo: date('valid_to', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  version: integer('version').notNull().default(1),
});

export const appointmentRoleEnum = pgEnum('bodies_appointment_role', [
  'leader',
  'deputy_leader',
  'member',
  'deputy_member',
  'secretary',
  'observer',
]);

/** A person's seat on a body, for a member or sub-region, from–to. */
export const appointments = pgTable(
  'bodies_appointments',
  {
    id: uuid('id').primaryKey(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    role: appointmentRoleEnum('role').notNull(),
    /** A personal deputy names the appointment they stand in for. */
    deputyForId: uuid('deputy_for_id'),
    onBehalfMemberId: uuid('on_behalf_member_id').references(() => members.id, { onDelete: 'set null' }),
    onBehalfSubregionId: uuid('on_behalf_subregion_id').references(() => subregions.id, {
      onDelete: 'set null',
    }),
    votingRight: boolean('voting_right').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    notes: text('notes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('bodies_appointments_body_idx').on(t.bodyId, t.validFrom),
    index('bodies_appointments_person_idx').on(t.personId),
    index('bodies_appointments_member_idx').on(t.onBehalfMemberId),
  ],
);

/** Authority one body gives another (the board to Oslo Brand Partner Arena), from–to. */
export const delegations = pgTable(
  'bodies_delegations',
  {
    id: uuid('id').primaryKey(),
    fromBodyId: uuid('from_body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    toBodyId: uuid('to_body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    scope: text('scope').notNull(),
    /** The decision it rests on, e.g. "Styresak 12/18" (a free reference until cases exist). */
    decisionReference: text('decision_reference').notNull().default(''),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('bodies_delegations_from_idx').on(t.fromBodyId),
    index('bodies_delegations_to_idx').on(t.toBodyId),
  ],
);
