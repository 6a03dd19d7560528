import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { BodyFields } from './fields';
import { can } from './permissions';
import { bodyRow, checkAppointer } from './rules';
import { bodies } from './schema';

export const AddBodyInput = BodyFields;

/** A new body: its kind, mandate, who appoints it, how it is composed and when it is active. */
export const addBody = defineVerb({
  name: 'bodies.addBody',
  input: AddBodyInput,
  authorize: (actor) => can(actor, 'bodies.manage'),
  async run(ctx, input) {
    await checkAppointer(ctx, null, input.appointedById);
    if (input.predecessorId) await bodyRow(ctx, input.predecessorId);
    const [row] = await ctx.db
      .insert(bodies)
      .values({
        id: newId(),
        ...input,
        appointedById: input.appointedById ?? null,
        predecessorId: input.predecessorId ?? null,
        meetingsPerYearMin: input.meetingsPerYearMin ?? null,
        meetingsPerYearMax: input.meetingsPerYearMax ?? null,
        validTo: input.validTo ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await audit(ctx, { action: 'bodies.addBody', entityType: 'body', entityId: row!.id, after: row });
    return row!;
  },
});
