import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { NotFound, PreconditionFailed, Validation } from '../../kernel/errors';
import { requirePermission } from '../../kernel/guards';
import { translate } from '../../kernel/i18n';
import { focusAreas, programmes } from '../programme/schema';
import { can } from './permissions';
import { budgetLines, budgets } from './schema';

export type BudgetRow = typeof budgets.$inferSelect;

export async function budgetRow(ctx: Pick<Ctx, 'db'>, id: string): Promise<BudgetRow> {
  const [row] = await ctx.db.select().from(budgets).where(eq(budgets.id, id));
  if (!row) throw new NotFound('budget');
  return row;
}

/**
 * The budget of a year, for the API's year-addressed writes: the caller must be allowed to write
 * (401/403 before a 404, as the verbs answer), and the verb checks the rest.
 */
export async function budgetRowOfYear(ctx: Ctx, year: number): Promise<BudgetRow> {
  requirePermission(ctx, can(ctx.actor, 'budget.manage'));
  const [row] = await ctx.db.select().from(budgets).where(eq(budgets.year, year));
  if (!row) throw new NotFound('budget');
  return row;
}

export async function budgetLineRow(ctx: Pick<Ctx, 'db'>, id: string) {
  const [row] = await ctx.db.select().from(budgetLines).where(eq(budgetLines.id, id));
  if (!row) throw new NotFound('budgetLine');
  return row;
}

/** An adopted budget is the board's decision: its lines change only in a revision. */
export function assertDraft(budget: BudgetRow): void {
  if (budget.status !== 'draft') throw new PreconditionFailed('budget.adoptedLocked', { year: budget.year });
}

/**
 * Every change to a draft's lines goes through here: it locks the budget row and bumps its version,
 * so the board's adoption based on an earlier reading is a Conflict, never a snapshot of lines
 * nobody saw. An adopted budget is refused.
 */
export async function touchDraft(ctx: Ctx, budgetId: string): Promise<BudgetRow> {
  const [row] = await ctx.db
    .update(budgets)
    .set({ version: sql`${budgets.version} + 1`, updatedAt: ctx.now })
    .where(and(eq(budgets.id, budgetId), eq(budgets.status, 'draft')))
    .returning();
  if (row) return row;
  const budget = await budgetRow(ctx, budgetId);
  assertDraft(budget);
  return budget;
}

/** A line's focus area must be one of the same year's programme. */
export async function assertFocusAreaOfYear(ctx: Ctx, focusAreaId: string | null | undefined, year: number) {
  if (!focusAreaId) return;
  const [row] = await ctx.db
    .select({ year: programmes.year })
    .from(focusAreas)
    .innerJoin(programmes, eq(programmes.id, focusAreas.programmeId))
    .where(eq(focusAreas.id, focusAreaId));
  if (row?.year !== year)
    throw new Validation({ focusAreaId: [translate(ctx.locale, 'budget.focusAreaOfYear', { year })] });
}
