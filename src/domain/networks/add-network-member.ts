import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { NetworkMemberFields } from './fields';
import { can } from './permissions';
import { assertNoOverlap, assertWho, networkRow } from './rules';
import { networkMembers } from './schema';

export const AddNetworkMemberInput = NetworkMemberFields;

/**
 * Records a person, a member or a partner organisation in a network from a date (and, when known,
 * to one). The same one twice in periods that share a day is refused.
 */
export const addNetworkMember = defineVerb({
  name: 'networks.addNetworkMember',
  input: AddNetworkMemberInput,
  authorize: (actor) => can(actor, 'networks.manage'),
  async run(ctx, input) {
    await networkRow(ctx, input.networkId);
    const who = {
      personId: input.personId ?? null,
      memberId: input.memberId ?? null,
      partnerId: input.partnerId ?? null,
    };
    await assertWho(ctx, who);
    const validTo = input.validTo ?? null;
    await assertNoOverlap(ctx, input.networkId, who, { validFrom: input.validFrom, validTo });
    const [row] = await ctx.db
      .insert(networkMembers)
      .values({
        id: newId(),
        networkId: input.networkId,
        ...who,
        role: input.role,
        validFrom: input.validFrom,
        validTo,
        createdAt: ctx.now,
      })
      .returning();
    await audit(ctx, {
      action: 'networks.addNetworkMember',
      entityType: 'network',
      entityId: input.networkId,
      after: row,
    });
    return row!;
  },
});
