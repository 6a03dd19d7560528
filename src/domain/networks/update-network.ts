import { audit } from '../../kernel/audit';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { assertFocusArea } from '../programme/rules';
import { NetworkFields } from './fields';
import { can } from './permissions';
import { networkRow } from './rules';
import { networks } from './schema';

export const UpdateNetworkInput = NetworkFields.extend({ id: Id, version: Version });

export const updateNetwork = defineVerb({
  name: 'networks.updateNetwork',
  input: UpdateNetworkInput,
  authorize: (actor) => can(actor, 'networks.manage'),
  async run(ctx, { id, version, ...fields }) {
    const before = await networkRow(ctx, id);
    await assertFocusArea(ctx, fields.focusAreaId);
    const after = await updateVersioned(
      ctx,
      networks,
      id,
      version,
      { ...fields, focusAreaId: fields.focusAreaId ?? null, updatedAt: ctx.now },
      'network',
    );
    await audit(ctx, {
      action: 'networks.updateNetwork',
      entityType: 'network',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
