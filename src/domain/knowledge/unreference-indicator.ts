import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { NotFound } from '../../kernel/errors';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { indicatorReferences } from './schema';

export const UnreferenceIndicatorInput = z.object({ id: z.uuid() });

export const unreferenceIndicator = defineVerb({
  name: 'knowledge.unreferenceIndicator',
  input: UnreferenceIndicatorInput,
  authorize: (actor) => can(actor, 'knowledge.manage'),
  async run(ctx, { id }) {
    const [before] = await ctx.db
      .delete(indicatorReferences)
      .where(eq(indicatorReferences.id, id))
      .returning();
    if (!before) throw new NotFound('indicatorReference');
    await audit(ctx, {
      action: 'knowledge.unreferenceIndicator',
      entityType: 'indicatorReference',
      entityId: id,
      before,
    });
    return { id };
  },
});
