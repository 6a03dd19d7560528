import { sql } from 'drizzle-orm';
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
import { people } from '../people/schema';

export const roleEnum = pgEnum('accounts_role', ['admin', 'editor', 'member']);

export const users = pgTable(
  'accounts_users',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: roleEnum('role').notNull(),
    /** argon2id PHC string; null for users who only sign in with OIDC. */
    passwordHash: text('password_hash'),
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    active: boolean('active').notNull().default(true),
    /** The person in the register this user is: gives a body member access to that body's exempt papers. */
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('accounts_users_email_uq').on(sql`lower(${t.email})`),
    uniqueIndex('accounts_users_oidc_uq').on(t.oidcIssuer, t.oidcSubject),
  ],
);

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'accounts_sessions',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    method: text('method').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
  },
  (t) => [
    uniqueIndex('accounts_sessions_token_uq').on(t.tokenHash),
    index('accounts_sessions_user_idx').on(t.userId),
  ],
);

/** Personal access tokens for `Authorization: Bearer`; only the SHA-256 is kept, the prefix helps people tell them apart. */
export const accessTokens = pgTable(
  'accounts_access_tokens',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('accounts_access_tokens_hash_uq').on(t.tokenHash),
    index('accounts_access_tokens_user_idx').on(t.userId),
  ],
);

/** Recent login attempts, for rate limiting across all app nodes; pruned after a day. */
export const loginAttempts = pgTable(
  'accounts_login_attempts',
  {
    id: uuid('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    success: boolean('success').notNull(),
  },
  (t) => [
    index('accounts_login_attempts_email_idx').on(t.email, t.at),
    index('accounts_login_attempts_ip_idx').on(t.ip, t.at),
  ],
);

/** A secret address for a user's own calendar feed (meetings of their bodies); only its SHA-256 is kept. */
export const calendarTokens = pgTable(
  'accounts_calendar_tokens',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('accounts_calendar_tokens_hash_uq').on(t.tokenHash),
    uniqueIndex('accounts_calendar_tokens_user_uq').on(t.userId),
  ],
);
