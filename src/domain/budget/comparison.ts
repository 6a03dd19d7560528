import { eq } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { guessMapping, headersKey, type LedgerMapping } from './ledger-file';
import {
  type BudgetLineView,
  type BudgetModel,
  budgetModel,
  currentLedgerImport,
  getBudget,
} from './queries';
import { budgets, ledgerEntries, ledgerMappings } from './schema';

/**
 * The line a posting belongs to: the line with the longest account prefix that matches it
 * (`1010` beats `10`), the first line on a tie. Null when no line names its account.
 */
export function lineForAccount(
  lines: Pick<BudgetLineView, 'id' | 'accounts'>[],
  account: string,
): string | null {
  let best: { id: string; length: number } | null = null;
  for (const line of lines) {
    for (const prefix of line.accounts) {
      if (account.startsWith(prefix) && (!best || prefix.length > best.length))
        best = { id: line.id, length: prefix.length };
    }
  }
  return best?.id ?? null;
}

/**
 * Budget vs actual for a year: each line's budget, its actual from the ledger postings of its
 * accounts (income shown positive: the ledger has it negative), the variance and how much is
 * used; the same per focus area; and the postings no line claims, so that the sums always add up
 * to the ledger's total to the øre.
 */
export async function budgetVsActual(ctx: Ctx, year: number) {
  return compare(ctx, await getBudget(ctx, year));
}

/**
 * The accounts summary of the annual report: budget and actual per focus area and in total, once
 * the year's ledger is imported (null before). Totals only, so it may be as public as the report.
 */
export async function accountsSummary(ctx: Ctx, year: number) {
  const [exists] = await ctx.db.select({ id: budgets.id }).from(budgets).where(eq(budgets.year, year));
  if (!exists) return null;
  // The report shows the budget the board adopted (a draft never reaches it) against the ledger.
  const comparison = await compare(ctx, await budgetModel(ctx, year));
  if (!comparison.ledger || comparison.revisionCount === 0) return null;
  return {
    byFocusArea: comparison.byFocusArea,
    totals: comparison.totals,
    unmatchedOre: comparison.unmatched.ledgerOre,
  };
}

async function compare(ctx: Ctx, model: BudgetModel) {
  const year = model.budget.year;
  const ledger = await currentLedgerImport(ctx, year);
  const entries = ledger
    ? await ctx.db
        .select({ account: ledgerEntries.account, amountOre: ledgerEntries.amountOre })
        .from(ledgerEntries)
        .where(eq(ledgerEntries.importId, ledger.id))
    : [];
  const raw = new Map<string, number>();
  let unmatchedOre = 0;
  let unmatchedCount = 0;
  const unmatchedAccounts = new Set<string>();
  for (const e of entries) {
    const lineId = lineForAccount(model.lines, e.account);
    if (lineId) raw.set(lineId, (raw.get(lineId) ?? 0) + e.amountOre);
    else {
      unmatchedOre += e.amountOre;
      unmatchedCount += 1;
      unmatchedAccounts.add(e.account);
    }
  }
  const lines = model.lines.map((line) => {
    const ledgerOre = raw.get(line.id) ?? 0;
    const actualOre = line.kind === 'income' ? -ledgerOre : ledgerOre;
    return {
      ...line,
      budgetOre: line.amountOre,
      /** The postings' sum as the ledger has it (income negative). */
      ledgerOre,
      actualOre,
      varianceOre: actualOre - line.amountOre,
      usedPercent: line.amountOre ? (actualOre / line.amountOre) * 100 : null,
    };
  });
  type Group = {
    key: string;
    name: string | null;
    budgetIncomeOre: number;
    budgetExpenseOre: number;
    actualIncomeOre: number;
    actualExpenseOre: number;
  };
  const groups = new Map<string, Group>();
  for (const line of lines) {
    const key = line.focusArea?.id ?? '';
    const g = groups.get(key) ?? {
      key,
      name: line.focusArea?.name ?? null,
      budgetIncomeOre: 0,
      budgetExpenseOre: 0,
      actualIncomeOre: 0,
      actualExpenseOre: 0,
    };
    if (line.kind === 'income') {
      g.budgetIncomeOre += line.budgetOre;
      g.actualIncomeOre += line.actualOre;
    } else {
      g.budgetExpenseOre += line.budgetOre;
      g.actualExpenseOre += line.actualOre;
    }
    groups.set(key, g);
  }
  const order = new Map(model.focusAreas.map((a, i) => [a.id, i]));
  const byFocusArea = [...groups.values()].sort(
    (a, b) => (order.get(a.key) ?? 999) - (order.get(b.key) ?? 999),
  );
  const sum = (pick: (l: (typeof lines)[number]) => number, kind: 'income' | 'expense') =>
    lines.filter((l) => l.kind === kind).reduce((s, l) => s + pick(l), 0);
  return {
    year,
    budget: model.budget,
    revisionCount: model.revisions.length,
    ledger,
    lines,
    byFocusArea,
    unmatched: { ledgerOre: unmatchedOre, accounts: [...unmatchedAccounts].sort(), count: unmatchedCount },
    totals: {
      budgetIncomeOre: sum((l) => l.budgetOre, 'income'),
      budgetExpenseOre: sum((l) => l.budgetOre, 'expense'),
      actualIncomeOre: sum((l) => l.actualOre, 'income'),
      actualExpenseOre: sum((l) => l.actualOre, 'expense'),
      /** Every posting's sum, claimed or not: equals the import's total. */
      ledgerOre: lines.reduce((s, l) => s + l.ledgerOre, 0) + unmatchedOre,
    },
  };
}

export type Comparison = Awaited<ReturnType<typeof budgetVsActual>>;

/** The mapping remembered for a file with these headers, or a guess from the header names. */
export async function ledgerMappingFor(
  ctx: Pick<Ctx, 'db'>,
  headers: string[],
): Promise<{ mapping: Partial<LedgerMapping>; remembered: boolean }> {
  const [row] = await ctx.db
    .select()
    .from(ledgerMappings)
    .where(eq(ledgerMappings.headers, headersKey(headers)));
  if (row) return { mapping: row.mapping as LedgerMapping, remembered: true };
  return { mapping: guessMapping(headers), remembered: false };
}
