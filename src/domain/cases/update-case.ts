import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { bodyRow } from '../bodies/rules';
import { CaseBase, withAccessRule } from './fields';
import { can } from './permissions';
import { getCaseRow } from './rows';
import { caseRoutes, cases } from './schema';

export const UpdateCaseInput = withAccessRule(
  CaseBase.extend({
    id: Id,
    version: Version,
    status: z.enum(['registered', 'in_progress', 'decided', 'closed', 'withdrawn']).optional(),
  }),
);

/** Changes a case's title, access, officer, paper, route or status (send the version you read). */
export const updateCase = defineVerb({
  name: 'cases.updateCase',
  input: UpdateCaseInput,
  authorize: (actor) => can(actor, 'cases.manage'),
  async run(ctx, { id, version, route, ...fields }) {
    const before = await getCaseRow(ctx, id);
    for (const bodyId of route ?? []) await bodyRow(ctx, bodyId);
    await updateVersioned(
      ctx,
      cases,
      id,
      version,
      {
        ...fields,
        legalBasis: fields.access === 'exempt' ? (fields.legalBasis ?? null) : null,
        officerId: fields.officerId ?? null,
        status: fields.status ?? before.status,
        updatedAt: ctx.now,
      },
      'case',
    );
    if (route?.length) {
      await ctx.db.delete(caseRoutes).where(eq(caseRoutes.caseId, id));
      await ctx.db
        .insert(caseRoutes)
        .values(route.map((bodyId, position) => ({ caseId: id, position, bodyId })));
    }
    const after = await getCaseRow(ctx, id);
    await audit(ctx, { action: 'cases.updateCase', entityType: 'case', entityId: id, before, after });
    return after;
  },
});
