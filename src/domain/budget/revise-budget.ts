import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { can } from './permissions';
import { budgetRow } from './rules';
import { budgets } from './schema';

export const ReviseBudgetInput = z.object({
  id: Id,
  version: Version,
  /** Why the budget is revised (a new grant, a changed fee, …). */
  reason: z.string().trim().min(1).max(2000),
});

/** Opens an adopted budget for a revision; the adopted revisions stay as they were. */
export const reviseBudget = defineVerb({
  name: 'budget.reviseBudget',
  input: ReviseBudgetInput,
  authorize: (actor) => can(actor, 'budget.manage'),
  async run(ctx, { id, version, reason }) {
    const before = await budgetRow(ctx, id);
    if (before.status !== 'adopted') throw new PreconditionFailed('budget.notAdopted', { year: before.year });
    const after = await updateVersioned(
      ctx,
      budgets,
      id,
      version,
      { status: 'draft', updatedAt: ctx.now },
      'budget',
    );
    await audit(ctx, {
      action: 'budget.reviseBudget',
      entityType: 'budget',
      entityId: id,
      before,
      after: { ...after, reason },
    });
    return after;
  },
});
