import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { deleteVersioned } from '../../kernel/versioning';
import { can } from './permissions';
import { budgetLineRow, touchDraft } from './rules';
import { budgetLines } from './schema';

export const RemoveBudgetLineInput = z.object({ id: Id, version: Version });

export const removeBudgetLine = defineVerb({
  name: 'budget.removeBudgetLine',
  input: RemoveBudgetLineInput,
  authorize: (actor) => can(actor, 'budget.manage'),
  async run(ctx, { id, version }) {
    const before = await budgetLineRow(ctx, id);
    await touchDraft(ctx, before.budgetId);
    if (before.fromFees) throw new PreconditionFailed('budget.feeLineStays');
    await deleteVersioned(ctx, budgetLines, id, version, 'budgetLine');
    await audit(ctx, { action: 'budget.removeBudgetLine', entityType: 'budgetLine', entityId: id, before });
    return { id };
  },
});
