import { audit } from '../../kernel/audit';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { BodyFields } from './fields';
import { can } from './permissions';
import { bodyRow, checkAppointer } from './rules';
import { bodies } from './schema';

export const UpdateBodyInput = BodyFields.safeExtend({ id: Id, version: Version });

export const updateBody = defineVerb({
  name: 'bodies.updateBody',
  input: UpdateBodyInput,
  authorize: (actor) => can(actor, 'bodies.manage'),
  async run(ctx, { id, version, ...fields }) {
    const before = await bodyRow(ctx, id);
    await checkAppointer(ctx, id, fields.appointedById);
    if (fields.predecessorId) await bodyRow(ctx, fields.predecessorId);
    const after = await updateVersioned(
      ctx,
      bodies,
      id,
      version,
      {
        ...fields,
        appointedById: fields.appointedById ?? null,
        predecessorId: fields.predecessorId ?? null,
        meetingsPerYearMin: fields.meetingsPerYearMin ?? null,
        meetingsPerYearMax: fields.meetingsPerYearMax ?? null,
        validTo: fields.validTo ?? null,
        updatedAt: ctx.now,
      },
      'body',
    );
    await audit(ctx, { action: 'bodies.updateBody', entityType: 'body', entityId: id, before, after });
    return after;
  },
});
