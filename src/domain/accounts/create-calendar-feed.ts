import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { calendarTokens } from './schema';
import { newSecret, sha256 } from './secrets';

export const CreateCalendarFeedInput = z.object({});

/**
 * A secret address for the caller's own calendar (meetings of their bodies, closed ones included).
 * Making a new one stops the old: the address is shown once, only its hash is kept.
 */
export const createCalendarFeed = defineVerb({
  name: 'accounts.createCalendarFeed',
  input: CreateCalendarFeedInput,
  authorize: (actor) => can(actor, 'self'),
  async run(ctx) {
    const userId = ctx.actor.kind === 'user' ? ctx.actor.id : '';
    const token = newSecret();
    await ctx.db.delete(calendarTokens).where(eq(calendarTokens.userId, userId));
    await ctx.db
      .insert(calendarTokens)
      .values({ id: newId(), userId, tokenHash: sha256(token), createdAt: ctx.now });
    await audit(ctx, { action: 'accounts.createCalendarFeed', entityType: 'user', entityId: userId });
    return { token };
  },
});
