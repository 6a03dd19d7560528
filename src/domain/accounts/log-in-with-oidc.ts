import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { defineVerb } from '../../kernel/verb';
import { users } from './schema';
import { type NewSession, startSession, userActor } from './sessions';

/** The claims of a verified ID token, as the OIDC adapter hands them over. */
export const LogInWithOidcInput = z.object({
  issuer: z.string().min(1).max(500),
  subject: z.string().min(1).max(500),
  email: z.string().trim().toLowerCase().max(254).optional(),
  emailVerified: z.boolean().default(false),
  userAgent: z.string().max(1000).optional(),
});

export type OidcLogInResult =
  | { ok: true; userId: string; session: NewSession }
  | { ok: false; reason: 'unknown-user' | 'inactive' };

/**
 * Single sign-on: users are matched by their (issuer, subject) pair, or on first sign-in by a
 * verified e-mail address an administrator has registered; then the pair is linked.
 * Nobody gets an account just by having one at the identity provider.
 */
export const logInWithOidc = defineVerb({
  name: 'accounts.logInWithOidc',
  input: LogInWithOidcInput,
  authorize: () => true,
  async run(ctx, input): Promise<OidcLogInResult> {
    let [user] = await ctx.db
      .select()
      .from(users)
      .where(and(eq(users.oidcIssuer, input.issuer), eq(users.oidcSubject, input.subject)));
    if (!user && input.email && input.emailVerified) {
      const [byEmail] = await ctx.db
        .select()
        .from(users)
        .where(sql`lower(${users.email}) = ${input.email} and ${users.oidcSubject} is null`);
      if (byEmail) {
        [user] = await ctx.db
          .update(users)
          .set({ oidcIssuer: input.issuer, oidcSubject: input.subject, updatedAt: ctx.now })
          .where(eq(users.id, byEmail.id))
          .returning();
        await audit(ctx, {
          action: 'accounts.linkOidc',
          entityType: 'user',
          entityId: byEmail.id,
          after: { issuer: input.issuer, email: input.email },
        });
      }
    }
    if (!user?.active) {
      const reason = user ? 'inactive' : 'unknown-user';
      await audit(ctx, {
        action: 'accounts.login.failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        after: {
          email: input.email ?? null,
          issuer: input.issuer,
          ip: ctx.ip ?? null,
          reason,
          method: 'oidc',
        },
      });
      return { ok: false, reason };
    }
    const session = await startSession(ctx, user.id, 'oidc', input.userAgent);
    await audit(ctx, {
      action: 'accounts.login',
      actor: userActor(user),
      entityType: 'user',
      entityId: user.id,
      after: { email: user.email, ip: ctx.ip ?? null, method: 'oidc' },
    });
    return { ok: true, userId: user.id, session };
  },
});
