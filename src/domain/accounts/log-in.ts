import { and, eq, gt, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import type { Ctx } from '../../kernel/ctx';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { loginAttempts, users } from './schema';
import { verifyPassword } from './secrets';
import { type NewSession, startSession, userActor } from './sessions';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failed attempts allowed per account, and per client address, within the window. */
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

export const LogInInput = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(256),
  userAgent: z.string().max(1000).optional(),
});

export type LogInResult =
  | { ok: true; userId: string; session: NewSession }
  | { ok: false; reason: 'invalid' | 'inactive' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

async function throttled(ctx: Ctx, email: string, ip: string): Promise<number> {
  const since = new Date(ctx.now.getTime() - LOGIN_WINDOW_MS);
  const [row] = await ctx.db
    .select({
      byEmail: sql<number>`count(*) filter (where ${loginAttempts.email} = ${email})::int`,
      byIp: sql<number>`count(*) filter (where ${loginAttempts.ip} = ${ip})::int`,
      oldest: sql<string | null>`min(${loginAttempts.at})::text`,
    })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.success, false),
        gt(loginAttempts.at, since),
        or(eq(loginAttempts.email, email), eq(loginAttempts.ip, ip)),
      ),
    );
  if (!row || (row.byEmail < MAX_FAILURES_PER_EMAIL && row.byIp < MAX_FAILURES_PER_IP)) return 0;
  const oldest = row.oldest ? new Date(row.oldest).getTime() : ctx.now.getTime();
  return Math.max(1, Math.ceil((oldest + LOGIN_WINDOW_MS - ctx.now.getTime()) / 1000));
}

/**
 * Password login. A failure is a result, not an exception: its audit row and the attempt
 * that feeds the rate limit must be committed, not rolled back.
 */
export const logIn = defineVerb({
  name: 'accounts.logIn',
  input: LogInInput,
  authorize: () => true,
  async run(ctx, input): Promise<LogInResult> {
    const ip = ctx.ip ?? 'unknown';
    const retryAfterSeconds = await throttled(ctx, input.email, ip);
    if (retryAfterSeconds > 0) {
      await audit(ctx, {
        action: 'accounts.login.throttled',
        entityType: 'user',
        after: { email: input.email, ip },
      });
      return { ok: false, reason: 'throttled', retryAfterSeconds };
    }
    const [user] = await ctx.db.select().from(users).where(sql`lower(${users.email}) = ${input.email}`);
    const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
    const ok = Boolean(user && valid && user.active);
    await ctx.db
      .insert(loginAttempts)
      .values({ id: newId(), at: ctx.now, email: input.email, ip, success: ok });
    // Attempts older than a day feed no limit any more.
    await ctx.db
      .delete(loginAttempts)
      .where(
        and(
          or(eq(loginAttempts.email, input.email), eq(loginAttempts.ip, ip)),
          lt(loginAttempts.at, new Date(ctx.now.getTime() - 24 * 3600 * 1000)),
        ),
      );
    if (!user || !ok) {
      const reason = user && valid && !user.active ? 'inactive' : 'invalid';
      await audit(ctx, {
        action: 'accounts.login.failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        after: { email: input.email, ip, reason },
      });
      return { ok: false, reason };
    }
    const session = await startSession(ctx, user.id, 'password', input.userAgent);
    await audit(ctx, {
      action: 'accounts.login',
      actor: userActor(user),
      entityType: 'user',
      entityId: user.id,
      after: { email: user.email, ip, method: 'password' },
    });
    return { ok: true, userId: user.id, session };
  },
});
