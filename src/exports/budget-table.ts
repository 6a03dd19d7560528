import type { Comparison } from '../domain/budget/comparison';
import type { Locale } from '../kernel/format';
import { translate } from '../kernel/i18n';
import type { OutputTable } from './table';

const KRONER = '#,##0.00';
const kroner = (ore: number) => ore / 100;

/** Budget vs actual per line, then the postings no line claims and the ledger's total: every øre accounted for. */
export function comparisonTable(comparison: Comparison, locale: Locale): OutputTable {
  const t = (key: string) => translate(locale, key as never);
  const rows: OutputTable['rows'] = comparison.lines.map((l) => [
    t(`budget.kind.${l.kind}`),
    l.category,
    l.label,
    l.focusArea?.name ?? '',
    l.accounts.join(', '),
    kroner(l.budgetOre),
    kroner(l.actualOre),
    kroner(l.varianceOre),
  ]);
  rows.push([
    t('budget.unmatched'),
    '',
    '',
    '',
    comparison.unmatched.accounts.join(', '),
    '',
    kroner(comparison.unmatched.ledgerOre),
    '',
  ]);
  rows.push([t('budget.ledgerTotal'), '', '', '', '', '', kroner(comparison.totals.ledgerOre), '']);
  return {
    headers: [
      t('budget.column.kind'),
      t('budget.column.category'),
      t('budget.column.label'),
      t('budget.column.focusArea'),
      t('budget.column.accounts'),
      t('budget.column.budget'),
      t('budget.column.actual'),
      t('budget.column.variance'),
    ],
    rows,
    formats: [undefined, undefined, undefined, undefined, undefined, KRONER, KRONER, KRONER],
  };
}
