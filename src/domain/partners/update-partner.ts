import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { PartnerFields } from './fields';
import { can } from './permissions';
import { assertUnique, partnerRow } from './rules';
import { partners } from './schema';

export const UpdatePartnerInput = PartnerFields.extend({ id: Id, version: Version });

export const updatePartner = defineVerb({
  name: 'partners.updatePartner',
  input: UpdatePartnerInput,
  authorize: (actor) => can(actor, 'partners.manage'),
  async run(ctx, { id, version, ...fields }) {
    const before = await partnerRow(ctx, id);
    if (before.mergedIntoId) throw new PreconditionFailed('partners.merged', { name: before.name });
    await assertUnique(ctx, fields, id);
    const after = await updateVersioned(
      ctx,
      partners,
      id,
      version,
      { ...fields, orgNumber: fields.orgNumber ?? null, website: fields.website ?? null, updatedAt: ctx.now },
      'partner',
    );
    await audit(ctx, {
      action: 'partners.updatePartner',
      entityType: 'partner',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
