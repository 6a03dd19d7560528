import { eq } from 'drizzle-orm';
import { audit } from '../../kernel/audit';
import { NotFound } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { DelegationFields } from './fields';
import { can } from './permissions';
import { bodyRow } from './rules';
import { delegations } from './schema';

export const UpdateDelegationInput = DelegationFields.safeExtend({ id: Id, version: Version });

export const updateDelegation = defineVerb({
  name: 'bodies.updateDelegation',
  input: UpdateDelegationInput,
  authorize: (actor) => can(actor, 'bodies.manage'),
  async run(ctx, { id, version, ...fields }) {
    const [before] = await ctx.db.select().from(delegations).where(eq(delegations.id, id));
    if (!before) throw new NotFound('delegation');
    await bodyRow(ctx, fields.fromBodyId);
    await bodyRow(ctx, fields.toBodyId);
    const after = await updateVersioned(
      ctx,
      delegations,
      id,
      version,
      { ...fields, validTo: fields.validTo ?? null, updatedAt: ctx.now },
      'delegation',
    );
    await audit(ctx, {
      action: 'bodies.updateDelegation',
      entityType: 'delegation',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
