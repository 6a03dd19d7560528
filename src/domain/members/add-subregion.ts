import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { endsAfterStart, IsoDate } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { subregions } from './schema';

export const SubregionBase = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).default(''),
  validFrom: IsoDate,
  /** A sub-region that is dissolved (Midt-Buskerud, 30.10.2020) ends here. */
  validTo: IsoDate.nullable().optional(),
});

export const SubregionFields = endsAfterStart(SubregionBase);

export const addSubregion = defineVerb({
  name: 'members.addSubregion',
  input: SubregionFields,
  authorize: (actor) => can(actor, 'members.manage'),
  async run(ctx, input) {
    const [row] = await ctx.db
      .insert(subregions)
      .values({
        id: newId(),
        ...input,
        validTo: input.validTo ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await audit(ctx, {
      action: 'members.addSubregion',
      entityType: 'subregion',
      entityId: row!.id,
      after: row,
    });
    return row!;
  },
});
