import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from '../cases/schema';
import { members } from '../members/schema';
import { partners } from '../partners/schema';
import { focusAreas } from '../programme/schema';

export const projectPartnerRoleEnum = pgEnum('projects_partner_role', ['lead', 'partner']);

export const deliverableStatusEnum = pgEnum('projects_deliverable_status', [
  'planned',
  'in_progress',
  'delivered',
  'cancelled',
]);

/**
 * A project with outside funding (Horizon "Bærekraftig Osloregion", Klimasats "Veileder for
 * klimabudsjett"). Its documents are those of its case in the archive.
 */
export const projects = pgTable(
  'projects_projects',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** Who funds it (Miljødirektoratet, EU) and under which programme (Klimasats, Horizon 2020). */
    funder: text('funder').notNull().default(''),
    fundingProgramme: text('funding_programme').notNull().default(''),
    amountGrantedOre: bigint('amount_granted_ore', { mode: 'number' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    focusAreaId: uuid('focus_area_id').references(() => focusAreas.id, { onDelete: 'set null' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('projects_projects_name_idx').on(t.name)],
);

/** Who takes part: a partner organisation or a member, as lead or partner. */
export const projectPartners = pgTable(
  'projects_partners',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').references(() => members.id, { onDelete: 'cascade' }),
    role: projectPartnerRoleEnum('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('projects_partners_project_idx').on(t.projectId),
    index('projects_partners_partner_idx').on(t.partnerId),
    check('projects_partners_one', sql`num_nonnulls(${t.partnerId}, ${t.memberId}) = 1`),
    // What the verbs check, held by the database too when two requests race.
    uniqueIndex('projects_partners_lead_uq').on(t.projectId).where(sql`${t.role} = 'lead'`),
    uniqueIndex('projects_partners_partner_uq').on(t.projectId, t.partnerId),
    uniqueIndex('projects_partners_member_uq').on(t.projectId, t.memberId),
  ],
);

/** What the project owes its funder, by when, and how far it has come. */
export const deliverables = pgTable(
  'projects_deliverables',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: deliverableStatusEnum('status').notNull().default('planned'),
    deliveredOn: date('delivered_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('projects_deliverables_project_idx').on(t.projectId, t.dueOn)],
);
