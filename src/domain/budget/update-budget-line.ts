import { audit } from '../../kernel/audit';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { BudgetLineFields } from './fields';
import { can } from './permissions';
import { assertFocusAreaOfYear, budgetLineRow, touchDraft } from './rules';
import { budgetLines } from './schema';

export const UpdateBudgetLineInput = BudgetLineFields.extend({ id: Id, version: Version });

/** Changes a line of a draft budget; the fee line keeps its kind and amount (the fee decision sets it). */
export const updateBudgetLine = defineVerb({
  name: 'budget.updateBudgetLine',
  input: UpdateBudgetLineInput,
  authorize: (actor) => can(actor, 'budget.manage'),
  async run(ctx, { id, version, amount, ...fields }) {
    const before = await budgetLineRow(ctx, id);
    const budget = await touchDraft(ctx, before.budgetId);
    await assertFocusAreaOfYear(ctx, fields.focusAreaId, budget.year);
    const after = await updateVersioned(
      ctx,
      budgetLines,
      id,
      version,
      before.fromFees
        ? {
            category: fields.category,
            label: fields.label,
            focusAreaId: fields.focusAreaId ?? null,
            accounts: fields.accounts,
            updatedAt: ctx.now,
          }
        : { ...fields, focusAreaId: fields.focusAreaId ?? null, amountOre: amount, updatedAt: ctx.now },
      'budgetLine',
    );
    await audit(ctx, {
      action: 'budget.updateBudgetLine',
      entityType: 'budgetLine',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
