import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { NotFound } from '../../kernel/errors';
import { Id } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { delegations } from './schema';

export const RemoveDelegationInput = z.object({ id: Id });

/** Deletes a delegation registered by mistake (one that ended gets an end date instead). */
export const removeDelegation = defineVerb({
  name: 'bodies.removeDelegation',
  input: RemoveDelegationInput,
  authorize: (actor) => can(actor, 'bodies.manage'),
  async run(ctx, { id }) {
    const [before] = await ctx.db.select().from(delegations).where(eq(delegations.id, id));
    if (!before) throw new NotFound('delegation');
    await ctx.db.delete(delegations).where(eq(delegations.id, id));
    await audit(ctx, { action: 'bodies.removeDelegation', entityType: 'delegation', entityId: id, before });
  },
});
