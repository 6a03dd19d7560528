import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { members } from '../members/schema';

export const genderEnum = pgEnum('people_gender', ['female', 'male', 'other']);

/**
 * People who sit on bodies or work for the alliance. Kept: what their public role needs
 * (name, title, organisation) and how to reach them (e-mail, phone); gender only if given, for
 * the gender-balance figures the Local Government Act asks of bodies (§ 7-6).
 */
export const people = pgTable(
  'people_people',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    title: text('title').notNull().default(''),
    email: text('email'),
    phone: text('phone'),
    organisation: text('organisation').notNull().default(''),
    /** The member (municipality, county) the person comes from, if any. */
    memberId: uuid('member_id').references(() => members.id, { onDelete: 'set null' }),
    gender: genderEnum('gender'),
    notes: text('notes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('people_people_name_idx').on(t.name), index('people_people_member_idx').on(t.memberId)],
);
