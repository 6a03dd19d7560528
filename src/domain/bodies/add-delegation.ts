import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { DelegationFields } from './fields';
import { can } from './permissions';
import { bodyRow } from './rules';
import { delegations } from './schema';

export const AddDelegationInput = DelegationFields;

/** One body gives another authority (the board to Oslo Brand Partner Arena), resting on a decision. */
export const addDelegation = defineVerb({
  name: 'bodies.addDelegation',
  input: AddDelegationInput,
  authorize: (actor) => can(actor, 'bodies.manage'),
  async run(ctx, input) {
    await bodyRow(ctx, input.fromBodyId, input.validFrom);
    await bodyRow(ctx, input.toBodyId, input.validFrom);
    const [row] = await ctx.db
      .insert(delegations)
      .values({
        id: newId(),
        ...input,
        validTo: input.validTo ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await audit(ctx, {
      action: 'bodies.addDelegation',
      entityType: 'delegation',
      entityId: row!.id,
      after: row,
    });
    return row!;
  },
});
