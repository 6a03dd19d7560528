import { eq, max } from 'drizzle-orm';
import { audit } from '../../kernel/audit';
import { Id } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { BudgetLineFields } from './fields';
import { can } from './permissions';
import { assertFocusAreaOfYear, touchDraft } from './rules';
import { budgetLines } from './schema';

export const AddBudgetLineInput = BudgetLineFields.extend({ budgetId: Id });

export const addBudgetLine = defineVerb({
  name: 'budget.addBudgetLine',
  input: AddBudgetLineInput,
  authorize: (actor) => can(actor, 'budget.manage'),
  async run(ctx, { budgetId, amount, ...fields }) {
    const budget = await touchDraft(ctx, budgetId);
    await assertFocusAreaOfYear(ctx, fields.focusAreaId, budget.year);
    const [last] = await ctx.db
      .select({ position: max(budgetLines.position) })
      .from(budgetLines)
      .where(eq(budgetLines.budgetId, budgetId));
    const [line] = await ctx.db
      .insert(budgetLines)
      .values({
        id: newId(),
        budgetId,
        ...fields,
        focusAreaId: fields.focusAreaId ?? null,
        amountOre: amount,
        position: (last?.position ?? 0) + 1,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await audit(ctx, {
      action: 'budget.addBudgetLine',
      entityType: 'budgetLine',
      entityId: line!.id,
      after: line,
    });
    return line!;
  },
});
