import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { ProgrammeTexts, Year } from './fields';
import { can } from './permissions';
import { assertYearFree } from './rules';
import { programmes } from './schema';

export const CreateProgrammeInput = ProgrammeTexts.partial({ title: true }).extend({ year: Year });

/** Starts the programme of a year as an empty draft (a year has one programme). */
export const createProgramme = defineVerb({
  name: 'programme.createProgramme',
  input: CreateProgrammeInput,
  authorize: (actor) => can(actor, 'programme.manage'),
  async run(ctx, { year, title, ...texts }) {
    await assertYearFree(ctx, year);
    const [row] = await ctx.db
      .insert(programmes)
      .values({
        id: newId(),
        year,
        title: title ?? `Handlingsprogram ${year}`,
        ...texts,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await audit(ctx, {
      action: 'programme.createProgramme',
      entityType: 'programme',
      entityId: row!.id,
      after: row,
    });
    return row!;
  },
});
