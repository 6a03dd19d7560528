import { eq } from 'drizzle-orm';
import { audit } from '../../kernel/audit';
import { NotFound } from '../../kernel/errors';
import { endsAfterStart, Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { SubregionBase } from './add-subregion';
import { can } from './permissions';
import { subregions } from './schema';

export const UpdateSubregionInput = endsAfterStart(SubregionBase.extend({ id: Id, version: Version }));

export const updateSubregion = defineVerb({
  name: 'members.updateSubregion',
  input: UpdateSubregionInput,
  authorize: (actor) => can(actor, 'members.manage'),
  async run(ctx, { id, version, ...changes }) {
    const [before] = await ctx.db.select().from(subregions).where(eq(subregions.id, id));
    if (!before) throw new NotFound('subregion');
    const after = await updateVersioned(
      ctx,
      subregions,
      id,
      version,
      { ...changes, validTo: changes.validTo ?? null, updatedAt: ctx.now },
      'subregion',
    );
    await audit(ctx, {
      action: 'members.updateSubregion',
      entityType: 'subregion',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
