import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { NotFound } from '../../kernel/errors';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { projectPartners } from './schema';

export const RemoveProjectPartnerInput = z.object({ id: z.uuid() });

export const removeProjectPartner = defineVerb({
  name: 'projects.removeProjectPartner',
  input: RemoveProjectPartnerInput,
  authorize: (actor) => can(actor, 'projects.manage'),
  async run(ctx, { id }) {
    const [before] = await ctx.db.delete(projectPartners).where(eq(projectPartners.id, id)).returning();
    if (!before) throw new NotFound('projectPartner');
    await audit(ctx, {
      action: 'projects.removeProjectPartner',
      entityType: 'project',
      entityId: before.projectId,
      before,
    });
    return { id };
  },
});
