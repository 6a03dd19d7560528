import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from '../cases/schema';
import { focusAreas } from '../programme/schema';

export const budgetStatusEnum = pgEnum('budget_status', ['draft', 'adopted']);
export const budgetLineKindEnum = pgEnum('budget_line_kind', ['income', 'expense']);

/** The budget of a year: lines in øre, adopted by the board in a case, revised with history. */
export const budgets = pgTable('budget_budgets', {
  id: uuid('id').primaryKey(),
  year: integer('year').notNull().unique(),
  status: budgetStatusEnum('status').notNull().default('draft'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  version: integer('version').notNull().default(1),
});

export const budgetLines = pgTable(
  'budget_lines',
  {
    id: uuid('id').primaryKey(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    kind: budgetLineKindEnum('kind').notNull(),
    category: text('category').notNull(),
    focusAreaId: uuid('focus_area_id').references(() => focusAreas.id, { onDelete: 'set null' }),
    label: text('label').notNull(),
    amountOre: bigint('amount_ore', { mode: 'number' }).notNull(),
    /** The amount is the year's fee total, not typed: the fee decision flows into the income side. */
    fromFees: boolean('from_fees').notNull().default(false),
    /** Ledger accounts whose postings are this line's actuals, by prefix: `1010, 1040`. */
    accounts: text('accounts').array().notNull().default([]),
    position: integer('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('budget_lines_budget_idx').on(t.budgetId, t.position)],
);

/** Each adoption (the budget, then every revision) with the case and the lines as adopted. */
export const budgetRevisions = pgTable(
  'budget_revisions',
  {
    id: uuid('id').primaryKey(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    adoptedOn: date('adopted_on', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    lines: jsonb('lines').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('budget_revisions_number_uq').on(t.budgetId, t.number)],
);

/** A ledger export from the host municipality's accounts, for one year; a new one replaces it. */
export const ledgerImports = pgTable(
  'budget_ledger_imports',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    rows: integer('rows').notNull(),
    totalOre: bigint('total_ore', { mode: 'number' }).notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
    importedBy: text('imported_by').notNull(),
    /** Set when a later import of the same year took its place. */
    replacedAt: timestamp('replaced_at', { withTimezone: true }),
  },
  (t) => [
    index('budget_ledger_imports_year_idx').on(t.year),
    // One import in force per year, even when two are made at once.
    uniqueIndex('budget_ledger_imports_current_uq').on(t.year).where(sql`${t.replacedAt} is null`),
  ],
);

export const ledgerEntries = pgTable(
  'budget_ledger_entries',
  {
    id: uuid('id').primaryKey(),
    importId: uuid('import_id')
      .notNull()
      .references(() => ledgerImports.id, { onDelete: 'cascade' }),
    line: integer('line').notNull(),
    postedOn: date('posted_on', { mode: 'string' }),
    account: text('account').notNull(),
    project: text('project').notNull().default(''),
    description: text('description').notNull().default(''),
    /** As the ledger has it: expenses positive, income negative (credit). */
    amountOre: bigint('amount_ore', { mode: 'number' }).notNull(),
  },
  (t) => [index('budget_ledger_entries_import_idx').on(t.importId)],
);

/**
 * How a ledger export's columns map to date, account, project, text and amount, remembered by its
 * header row: the next export from the same system imports without asking again.
 */
export const ledgerMappings = pgTable('budget_ledger_mappings', {
  id: uuid('id').primaryKey(),
  headers: text('headers').notNull().unique(),
  mapping: jsonb('mapping').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
