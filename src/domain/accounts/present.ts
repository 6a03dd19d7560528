import { z } from 'zod';
import type { users } from './schema';

type UserRow = typeof users.$inferSelect;

/** A user as it leaves the domain: never the password hash or the OIDC subject. */
export const UserView = z.object({
  id: z.uuid(),
  email: z.email(),
  name: z.string(),
  role: z.enum(['admin', 'editor', 'member']),
  active: z.boolean(),
  singleSignOn: z.boolean().describe('The user has signed in with OIDC at least once'),
  personId: z.uuid().nullable().describe('The person in the register this user is'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.int(),
});
export type PresentedUser = z.output<typeof UserView>;

export function presentUser(row: UserRow): PresentedUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    singleSignOn: row.oidcSubject !== null,
    personId: row.personId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export const AccessTokenView = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().describe('The first characters of the token, to tell tokens apart'),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().nullable(),
  lastUsedAt: z.iso.datetime().nullable(),
  expired: z.boolean(),
});
