import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { assertFocusArea } from '../programme/rules';
import { NetworkFields } from './fields';
import { can } from './permissions';
import { networks } from './schema';

export const AddNetworkInput = NetworkFields;

/** Starts a network the alliance keeps (the mayors' climate declaration, circular economy …). */
export const addNetwork = defineVerb({
  name: 'networks.addNetwork',
  input: AddNetworkInput,
  authorize: (actor) => can(actor, 'networks.manage'),
  async run(ctx, input) {
    await assertFocusArea(ctx, input.focusAreaId);
    const [row] = await ctx.db
      .insert(networks)
      .values({
        id: newId(),
        ...input,
        focusAreaId: input.focusAreaId ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await audit(ctx, { action: 'networks.addNetwork', entityType: 'network', entityId: row!.id, after: row });
    return row!;
  },
});
