import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from '../cases/schema';

/** How a fee is rounded: to the øre, or down/up to the nearest krone, 10, 100 or 1 000 kroner (half up). */
export const feeRoundingEnum = pgEnum('fees_rounding', ['ore', 'krone', 'ten', 'hundred', 'thousand']);
export const extraBasisEnum = pgEnum('fees_extra_basis', ['flat', 'per_inhabitant']);

/**
 * The council's fee decision for a year (kontingent): a rate per inhabitant on the population of a
 * reference date, with an optional floor and cap. Amounts in øre, rates in kroner (numeric).
 */
export const feeDecisions = pgTable(
  'fees_decisions',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull().unique(),
    /** The council's case; null while the fee is a proposal. */
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    decidedOn: date('decided_on', { mode: 'string' }),
    rate: numeric('rate', { precision: 12, scale: 4 }).notNull(),
    referenceDate: date('reference_date', { mode: 'string' }).notNull(),
    floorOre: bigint('floor_ore', { mode: 'number' }),
    capOre: bigint('cap_ore', { mode: 'number' }),
    rounding: feeRoundingEnum('rounding').notNull().default('krone'),
    notes: text('notes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check(
      'fees_decisions_floor_cap',
      sql`${t.floorOre} is null or ${t.capOre} is null or ${t.floorOre} <= ${t.capOre}`,
    ),
  ],
);

/**
 * A contribution on top of the fee from the members that take part in a scheme (the brand
 * partnership): a flat amount, or a rate per inhabitant.
 */
export const feeExtras = pgTable(
  'fees_extras',
  {
    id: uuid('id').primaryKey(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => feeDecisions.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    /** The participation scheme (members → participations) that says who pays. */
    scheme: text('scheme').notNull(),
    basis: extraBasisEnum('basis').notNull(),
    amountOre: bigint('amount_ore', { mode: 'number' }),
    rate: numeric('rate', { precision: 12, scale: 4 }),
    position: integer('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check(
      'fees_extras_amount',
      sql`(${t.basis} = 'flat' and ${t.amountOre} is not null) or (${t.basis} = 'per_inhabitant' and ${t.rate} is not null)`,
    ),
  ],
);
