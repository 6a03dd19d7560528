import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { members } from '../members/schema';
import { activities, focusAreas } from '../programme/schema';

/**
 * Statistics about the region: an indicator is one series per region and year (Statistics
 * Norway's table 07459 "Personer" is the population on 1 January). Values are stored on the
 * member the region code meant in that year, so renumbered and merged municipalities keep one
 * history each.
 */
export const indicators = pgTable('knowledge_indicators', {
  id: uuid('id').primaryKey(),
  /** The table and the categories of its non-geographic dimensions: `07459:Personer1`. */
  key: text('key').notNull().unique(),
  source: text('source').notNull(),
  tableCode: text('table_code').notNull(),
  tableLabel: text('table_label').notNull(),
  label: text('label').notNull(),
  unit: text('unit').notNull().default(''),
  decimals: integer('decimals').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** One imported file (or a figure typed in): where the values came from and when. */
export const statisticsImports = pgTable('knowledge_imports', {
  id: uuid('id').primaryKey(),
  fileName: text('file_name').notNull(),
  format: text('format').notNull(),
  source: text('source').notNull(),
  tableCode: text('table_code').notNull(),
  /** The `updated` stamp of a JSON-stat file, as Statistics Norway wrote it. */
  published: text('published'),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
  importedBy: text('imported_by').notNull(),
  observations: integer('observations').notNull(),
  skippedRegions: text('skipped_regions').array().notNull().default([]),
  sha256: text('sha256').notNull(),
});

export const observations = pgTable(
  'knowledge_observations',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    /** 1 January of this year for stocks such as population; the calendar year for flows. */
    year: integer('year').notNull(),
    value: doublePrecision('value').notNull(),
    /** The region code as the source wrote it (kommunenummer 0213 in 2019, 3020 in 2020). */
    regionCode: text('region_code'),
    source: text('source').notNull(),
    importId: uuid('import_id').references(() => statisticsImports.id, { onDelete: 'set null' }),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.memberId, t.year] }),
    index('knowledge_observations_member_idx').on(t.memberId, t.year),
  ],
);

/** An indicator the programme points to: a focus area or an activity follows it. */
export const indicatorReferences = pgTable(
  'knowledge_indicator_references',
  {
    id: uuid('id').primaryKey(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    focusAreaId: uuid('focus_area_id').references(() => focusAreas.id, { onDelete: 'cascade' }),
    activityId: uuid('activity_id').references(() => activities.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('knowledge_indicator_references_uq')
      .on(t.indicatorId, t.focusAreaId, t.activityId)
      .nullsNotDistinct(),
    check('knowledge_indicator_references_one', sql`num_nonnulls(${t.focusAreaId}, ${t.activityId}) = 1`),
  ],
);
