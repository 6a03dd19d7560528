import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Validation } from '../../kernel/errors';
import { Password } from '../../kernel/fields';
import { translate } from '../../kernel/i18n';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { sessions, users } from './schema';
import { hashPassword, sha256, verifyPassword } from './secrets';

export const ChangeOwnPasswordInput = z
  .object({
    currentPassword: z.string().min(1).max(256),
    newPassword: Password,
    /** The caller's own session stays; every other session of the user ends. */
    sessionToken: z.string().max(200).optional(),
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'accounts.passwordUnchanged',
  });

export const changeOwnPassword = defineVerb({
  name: 'accounts.changeOwnPassword',
  input: ChangeOwnPasswordInput,
  authorize: (actor) => can(actor, 'self'),
  async run(ctx, input) {
    const userId = ctx.actor.kind === 'user' ? ctx.actor.id : '';
    const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new Validation({ currentPassword: [translate(ctx.locale, 'accounts.wrongPassword')] });
    }
    await ctx.db
      .update(users)
      .set({
        passwordHash: await hashPassword(input.newPassword),
        updatedAt: ctx.now,
        version: user.version + 1,
      })
      .where(eq(users.id, userId));
    const keep = input.sessionToken ? sha256(input.sessionToken) : '';
    await ctx.db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keep)));
    await audit(ctx, { action: 'accounts.changeOwnPassword', entityType: 'user', entityId: userId });
  },
});
