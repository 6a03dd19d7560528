import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { sessions } from './schema';
import { sha256 } from './secrets';

export const LogOutInput = z.object({ sessionToken: z.string().min(1).max(200) });

/** Ends the caller's own session (the cookie's token); other sessions stay. */
export const logOut = defineVerb({
  name: 'accounts.logOut',
  input: LogOutInput,
  authorize: (actor) => can(actor, 'self'),
  async run(ctx, input) {
    const userId = ctx.actor.kind === 'user' ? ctx.actor.id : '';
    const deleted = await ctx.db
      .delete(sessions)
      .where(and(eq(sessions.tokenHash, sha256(input.sessionToken)), eq(sessions.userId, userId)))
      .returning({ id: sessions.id });
    await audit(ctx, {
      action: 'accounts.logout',
      entityType: 'user',
      entityId: userId,
      after: { ended: deleted.length },
    });
    return { ended: deleted.length };
  },
});
