import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Conflict } from '../../kernel/errors';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { budgetLines, budgets } from './schema';

export const CreateBudgetInput = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

/**
 * Starts the budget of a year as a draft, with the income line the fee decision fills: the fee
 * total flows into the budget, it is never typed twice.
 */
export const createBudget = defineVerb({
  name: 'budget.createBudget',
  input: CreateBudgetInput,
  authorize: (actor) => can(actor, 'budget.manage'),
  async run(ctx, { year }) {
    const taken = await ctx.db.select({ id: budgets.id }).from(budgets).where(eq(budgets.year, year));
    if (taken.length) throw new Conflict('budget.yearTaken', { year });
    const budget = {
      id: newId(),
      year,
      status: 'draft' as const,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      version: 1,
    };
    await ctx.db.insert(budgets).values(budget);
    const feeLine = {
      id: newId(),
      budgetId: budget.id,
      kind: 'income' as const,
      category: 'Kontingent',
      label: 'Kontingent fra medlemmene',
      amountOre: 0,
      fromFees: true,
      accounts: [],
      position: 0,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await ctx.db.insert(budgetLines).values(feeLine);
    await audit(ctx, {
      action: 'budget.createBudget',
      entityType: 'budget',
      entityId: budget.id,
      after: { ...budget, lines: [feeLine] },
    });
    return budget;
  },
});
