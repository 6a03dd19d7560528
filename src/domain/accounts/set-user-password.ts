import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { NotFound } from '../../kernel/errors';
import { Id, Password } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { sessions, users } from './schema';
import { hashPassword } from './secrets';

export const SetUserPasswordInput = z.object({ id: Id, password: Password });

/** An administrator sets a new password (e.g. a forgotten one); the user is signed out everywhere. */
export const setUserPassword = defineVerb({
  name: 'accounts.setUserPassword',
  input: SetUserPasswordInput,
  authorize: (actor) => can(actor, 'users.manage'),
  async run(ctx, input) {
    const [user] = await ctx.db
      .select({ id: users.id, version: users.version })
      .from(users)
      .where(eq(users.id, input.id));
    if (!user) throw new NotFound('user');
    await ctx.db
      .update(users)
      .set({
        passwordHash: await hashPassword(input.password),
        updatedAt: ctx.now,
        version: user.version + 1,
      })
      .where(eq(users.id, input.id));
    await ctx.db.delete(sessions).where(eq(sessions.userId, input.id));
    await audit(ctx, { action: 'accounts.setUserPassword', entityType: 'user', entityId: input.id });
  },
});
