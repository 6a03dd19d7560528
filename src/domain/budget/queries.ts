import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { NotFound } from '../../kernel/errors';
import { requirePermission } from '../../kernel/guards';
import { getCaseRow } from '../cases/rows';
import { feeTotal } from '../fees/queries';
import { focusAreas, programmes } from '../programme/schema';
import { can } from './permissions';
import type { BudgetRow } from './rules';
import { budgetLines, budgetRevisions, budgets, ledgerImports } from './schema';

export interface BudgetLineView {
  id: string;
  kind: 'income' | 'expense';
  category: string;
  label: string;
  amountOre: number;
  fromFees: boolean;
  focusArea: { id: string; name: string } | null;
  accounts: string[];
  position: number;
  version: number;
}

function assertCanRead(ctx: Ctx) {
  requirePermission(ctx, can(ctx.actor, 'budget.read'));
}

/** Every budget, newest year first. */
export async function listBudgets(ctx: Ctx) {
  assertCanRead(ctx);
  return ctx.db.select().from(budgets).orderBy(desc(budgets.year));
}

/** The lines of a budget as they stand, the fee line carrying the year's fee total (0 before a fee decision). */
export async function currentLines(
  ctx: Ctx,
  budget: BudgetRow,
): Promise<{ lines: BudgetLineView[]; feeDecided: boolean; feeMissing: string[] }> {
  const [rows, fees] = await Promise.all([
    ctx.db
      .select({ line: budgetLines, focusAreaName: focusAreas.name })
      .from(budgetLines)
      .leftJoin(focusAreas, eq(focusAreas.id, budgetLines.focusAreaId))
      .where(eq(budgetLines.budgetId, budget.id))
      .orderBy(asc(budgetLines.position)),
    feeTotal(ctx, budget.year),
  ]);
  const lines = rows.map(({ line, focusAreaName }) => ({
    id: line.id,
    kind: line.kind,
    category: line.category,
    label: line.label,
    amountOre: line.fromFees ? (fees?.totalOre ?? 0) : line.amountOre,
    fromFees: line.fromFees,
    focusArea: line.focusAreaId ? { id: line.focusAreaId, name: focusAreaName ?? '' } : null,
    accounts: line.accounts,
    position: line.position,
    version: line.version,
  }));
  return { lines, feeDecided: fees !== null, feeMissing: fees?.missing ?? [] };
}

/** Income, expense and the result of a set of lines. */
export function totalsOf(lines: Pick<BudgetLineView, 'kind' | 'amountOre'>[]) {
  const income = lines.filter((l) => l.kind === 'income').reduce((s, l) => s + l.amountOre, 0);
  const expense = lines.filter((l) => l.kind === 'expense').reduce((s, l) => s + l.amountOre, 0);
  return { incomeOre: income, expenseOre: expense, resultOre: income - expense };
}

/** The year's budget with its lines (as adopted, once it is), totals, revisions (each adoption with its case) and the focus areas to choose from. */
export async function getBudget(ctx: Ctx, year: number) {
  assertCanRead(ctx);
  return budgetModel(ctx, year);
}

/** getBudget without the reader check, for this area's own reads that publish only totals. */
export async function budgetModel(ctx: Ctx, year: number) {
  const [budget] = await ctx.db.select().from(budgets).where(eq(budgets.year, year));
  if (!budget) throw new NotFound('budget');
  const [current, revisions, areas, ledger] = await Promise.all([
    currentLines(ctx, budget),
    ctx.db
      .select()
      .from(budgetRevisions)
      .where(eq(budgetRevisions.budgetId, budget.id))
      .orderBy(asc(budgetRevisions.number)),
    ctx.db
      .select({ id: focusAreas.id, name: focusAreas.name })
      .from(focusAreas)
      .innerJoin(programmes, eq(programmes.id, focusAreas.programmeId))
      .where(eq(programmes.year, year))
      .orderBy(asc(focusAreas.position)),
    ctx.db
      .select()
      .from(ledgerImports)
      .where(eq(ledgerImports.year, year))
      .orderBy(sql`${ledgerImports.replacedAt} is not null`, desc(ledgerImports.importedAt)),
  ]);
  const cases = new Map(
    await Promise.all(
      [...new Set(revisions.map((r) => r.caseId).filter((id): id is string => id !== null))].map(
        async (id) => [id, await getCaseRow(ctx, id)] as const,
      ),
    ),
  );
  // An adopted budget is what the board adopted: the latest revision's lines, the fee as it was then.
  const adopted = budget.status === 'adopted' ? revisions.at(-1) : undefined;
  const lines = adopted ? (adopted.lines as BudgetLineView[]) : current.lines;
  return {
    budget,
    lines,
    feeDecided: current.feeDecided,
    /** Members without a population on the fee's reference date: left out of the fee total. */
    feeMissing: current.feeMissing,
    totals: totalsOf(lines),
    revisions: revisions.map((r) => {
      const kase = r.caseId ? cases.get(r.caseId) : undefined;
      const snapshot = r.lines as BudgetLineView[];
      return {
        id: r.id,
        number: r.number,
        adoptedOn: r.adoptedOn,
        note: r.note,
        case: kase ? { id: kase.id, number: kase.number, title: kase.title } : null,
        lines: snapshot,
        totals: totalsOf(snapshot),
      };
    }),
    focusAreas: areas,
    ledgerImports: ledger,
    currentLedger: ledger.find((l) => l.replacedAt === null) ?? null,
  };
}

export type BudgetModel = Awaited<ReturnType<typeof budgetModel>>;

/** The import now in force for a year, if any. */
export async function currentLedgerImport(ctx: Pick<Ctx, 'db'>, year: number) {
  const [row] = await ctx.db
    .select()
    .from(ledgerImports)
    .where(and(eq(ledgerImports.year, year), isNull(ledgerImports.replacedAt)));
  return row ?? null;
}
