import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { hasRole } from '../../kernel/ctx';
import { NotFound } from '../../kernel/errors';
import { Id } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { accessTokens } from './schema';

export const RevokeAccessTokenInput = z.object({ id: Id });

/** Revokes one's own token; an administrator may revoke anyone's. */
export const revokeAccessToken = defineVerb({
  name: 'accounts.revokeAccessToken',
  input: RevokeAccessTokenInput,
  authorize: (actor) => can(actor, 'self'),
  async run(ctx, input) {
    const [token] = await ctx.db.select().from(accessTokens).where(eq(accessTokens.id, input.id));
    const mine = ctx.actor.kind === 'user' && token?.userId === ctx.actor.id;
    if (!token || (!mine && !hasRole(ctx.actor, 'admin'))) throw new NotFound('accessToken');
    await ctx.db
      .update(accessTokens)
      .set({ revokedAt: ctx.now })
      .where(and(eq(accessTokens.id, input.id), isNull(accessTokens.revokedAt)));
    await audit(ctx, {
      action: 'accounts.revokeAccessToken',
      entityType: 'accessToken',
      entityId: token.id,
      before: { name: token.name, revokedAt: token.revokedAt },
      after: { name: token.name, revokedAt: token.revokedAt ?? ctx.now },
    });
  },
});
