import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { PROJECT_PARTNER_ROLES } from './fields';
import { can } from './permissions';
import { assertNotTwice, assertOneLead, assertParty, projectRow } from './rules';
import { projectPartners } from './schema';

export const AddProjectPartnerInput = z
  .object({
    projectId: z.uuid(),
    partnerId: z.uuid().nullable().optional(),
    memberId: z.uuid().nullable().optional(),
    role: z.enum(PROJECT_PARTNER_ROLES).default('partner'),
  })
  .refine((v) => Boolean(v.partnerId) !== Boolean(v.memberId), {
    path: ['partnerId'],
    message: 'projects.oneParty',
  });

/** Adds a partner organisation or a member to a project, as its lead (at most one) or a partner. */
export const addProjectPartner = defineVerb({
  name: 'projects.addProjectPartner',
  input: AddProjectPartnerInput,
  authorize: (actor) => can(actor, 'projects.manage'),
  async run(ctx, input) {
    await projectRow(ctx, input.projectId);
    const who = { partnerId: input.partnerId ?? null, memberId: input.memberId ?? null };
    await assertParty(ctx, who);
    await assertNotTwice(ctx, input.projectId, who);
    if (input.role === 'lead') await assertOneLead(ctx, input.projectId);
    const [row] = await ctx.db
      .insert(projectPartners)
      .values({ id: newId(), projectId: input.projectId, ...who, role: input.role, createdAt: ctx.now })
      .returning();
    await audit(ctx, {
      action: 'projects.addProjectPartner',
      entityType: 'project',
      entityId: input.projectId,
      after: row,
    });
    return row!;
  },
});
