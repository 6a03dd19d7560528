import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { SEARCH_VECTOR } from '../../kernel/search';
import { networks } from '../networks/schema';
import { focusAreas } from '../programme/schema';

export const eventKindEnum = pgEnum('events_kind', [
  'conference',
  'seminar',
  'network_meeting',
  'school_camp',
  'meeting',
  'other',
]);

export const registrationStatusEnum = pgEnum('events_registration_status', [
  'confirmed',
  'waiting',
  'cancelled',
]);

/**
 * A conference, seminar, network meeting or school camp the alliance runs. Published events are
 * on the portal with their programme; with registration open, anyone may sign up there.
 */
export const events = pgTable(
  'events_events',
  {
    id: uuid('id').primaryKey(),
    title: text('title').notNull(),
    kind: eventKindEnum('kind').notNull(),
    description: text('description').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    location: text('location').notNull().default(''),
    /** Seats; null is no limit. Registrations beyond it wait in line. */
    capacity: integer('capacity'),
    published: boolean('published').notNull().default(false),
    registrationOpen: boolean('registration_open').notNull().default(false),
    /** What a registrant agrees to (stored with each registration as agreed). */
    consentText: text('consent_text').notNull().default(''),
    networkId: uuid('network_id').references(() => networks.id, { onDelete: 'set null' }),
    focusAreaId: uuid('focus_area_id').references(() => focusAreas.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('events_events_starts_idx').on(t.startsAt),
    index('events_events_network_idx').on(t.networkId),
    index('events_events_search_idx').using('gin', SEARCH_VECTOR),
  ],
);

/** The event's programme: sessions in time order, each with its speakers. */
export const eventSessions = pgTable(
  'events_sessions',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    title: text('title').notNull(),
    /** "Name, organisation" per speaker, in the order presented. */
    speakers: text('speakers').array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('events_sessions_event_idx').on(t.eventId, t.startsAt)],
);

/**
 * One person's registration. The cancel link's token is kept only as a hash; the status moves
 * waiting → confirmed when a seat frees up, in order of registration.
 */
export const registrations = pgTable(
  'events_registrations',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    organisation: text('organisation').notNull().default(''),
    email: text('email').notNull(),
    dietaryNeeds: text('dietary_needs').notNull().default(''),
    /** The consent text as shown when they agreed, and when. */
    consentText: text('consent_text').notNull(),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    status: registrationStatusEnum('status').notNull(),
    cancelTokenHash: text('cancel_token_hash').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** Marked at the door: true came, false did not, null not marked. */
    attended: boolean('attended'),
  },
  (t) => [
    index('events_registrations_event_idx').on(t.eventId, t.status, t.registeredAt),
    uniqueIndex('events_registrations_token_uq').on(t.cancelTokenHash),
  ],
);

/** Public registration attempts per client address, for the rate limit; each registration prunes those older than a day. */
export const registrationAttempts = pgTable(
  'events_registration_attempts',
  {
    id: uuid('id').primaryKey(),
    ip: text('ip').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('events_registration_attempts_ip_idx').on(t.ip, t.at)],
);
