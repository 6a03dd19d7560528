import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../db/types';
import type { Actor, Ctx } from '../../kernel/ctx';
import { newId } from '../../kernel/ids';
import { accessTokens, sessions, users } from './schema';
import { newSecret, sha256 } from './secrets';

export const SESSION_IDLE_MS = 14 * 24 * 3600 * 1000;
export const SESSION_MAX_MS = 30 * 24 * 3600 * 1000;
// Touching a session or token on every request would write on every read; every few minutes is enough.
const TOUCH_AFTER_MS = 5 * 60 * 1000;
export const ACCESS_TOKEN_PREFIX = 'samrad_pat_';

export interface NewSession {
  token: string;
  expiresAt: Date;
}

/** Starts a session inside a login verb's transaction; the caller audits the login. */
export async function startSession(
  ctx: Ctx,
  userId: string,
  method: 'password' | 'oidc',
  userAgent?: string,
): Promise<NewSession> {
  const token = newSecret();
  const expiresAt = new Date(ctx.now.getTime() + SESSION_IDLE_MS);
  await ctx.db.insert(sessions).values({
    id: newId(),
    tokenHash: sha256(token),
    userId,
    method,
    createdAt: ctx.now,
    lastSeenAt: ctx.now,
    expiresAt,
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

export function userActor(row: typeof users.$inferSelect): Actor {
  return { kind: 'user', id: row.id, email: row.email, name: row.name, role: row.role };
}

/**
 * The actor behind a session cookie, or null. Keeps the session alive (sliding expiry, capped),
 * which is bookkeeping, not a change anyone asked for: it is not audited.
 */
export async function actorFromSession(db: Executor, token: string, now: Date): Promise<Actor | null> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, now), eq(users.active, true)));
  if (!row) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    const cap = row.session.createdAt.getTime() + SESSION_MAX_MS;
    const expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, cap));
    await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, row.session.id));
  }
  return userActor(row.user);
}

/** The actor behind a personal access token (`Authorization: Bearer samrad_pat_…`), or null. */
export async function actorFromAccessToken(db: Executor, token: string, now: Date): Promise<Actor | null> {
  if (!token.startsWith(ACCESS_TOKEN_PREFIX)) return null;
  const [row] = await db
    .select({ token: accessTokens, user: users })
    .from(accessTokens)
    .innerJoin(users, eq(users.id, accessTokens.userId))
    .where(
      and(
        eq(accessTokens.tokenHash, sha256(token)),
        isNull(accessTokens.revokedAt),
        or(isNull(accessTokens.expiresAt), gt(accessTokens.expiresAt, now)),
        eq(users.active, true),
      ),
    );
  if (!row) return null;
  if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(accessTokens).set({ lastUsedAt: now }).where(eq(accessTokens.id, row.token.id));
  }
  return userActor(row.user);
}
