import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { NotFound } from '../../kernel/errors';
import { Id, IsoDate, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { can } from './permissions';
import { subregions } from './schema';

export const UpdateSubregionInput = z
  .object({
    id: Id,
    version: Version,
    name: z.string().trim().min(1).max(200),
    description: z.string().trim().max(5000).default(''),
    validFrom: IsoDate,
    /** A sub-region that is dissolved (Midt-Buskerud, 30.10.2020) ends here. */
    validTo: IsoDate.nullable().optional(),
  })
  .refine((v) => !v.validTo || v.validTo >= v.validFrom, {
    path: ['validTo'],
    message: 'validation.endBeforeStart',
  });

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
