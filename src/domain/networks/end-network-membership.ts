import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { NotFound, Validation } from '../../kernel/errors';
import { IsoDate } from '../../kernel/fields';
import { translate } from '../../kernel/i18n';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { assertNoOverlap } from './rules';
import { networkMembers } from './schema';

export const EndNetworkMembershipInput = z.object({ id: z.uuid(), validTo: IsoDate });

/** Ends (or moves the end of) a membership: its last day, not before its first. */
export const endNetworkMembership = defineVerb({
  name: 'networks.endNetworkMembership',
  input: EndNetworkMembershipInput,
  authorize: (actor) => can(actor, 'networks.manage'),
  async run(ctx, { id, validTo }) {
    const [before] = await ctx.db.select().from(networkMembers).where(eq(networkMembers.id, id));
    if (!before) throw new NotFound('networkMember');
    if (validTo < before.validFrom)
      throw new Validation({
        validTo: [translate(ctx.locale, 'networks.endBeforeStart', { from: before.validFrom })],
      });
    await assertNoOverlap(ctx, before.networkId, before, { validFrom: before.validFrom, validTo }, id);
    const [after] = await ctx.db
      .update(networkMembers)
      .set({ validTo })
      .where(eq(networkMembers.id, id))
      .returning();
    await audit(ctx, {
      action: 'networks.endNetworkMembership',
      entityType: 'network',
      entityId: before.networkId,
      before,
      after,
    });
    return after!;
  },
});
