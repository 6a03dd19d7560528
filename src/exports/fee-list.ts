import type { FeeList } from '../domain/fees/queries';
import type { Locale } from '../kernel/format';
import { translate } from '../kernel/i18n';
import type { OutputTable } from './table';

const KRONER = '#,##0.00';
const kroner = (ore: number | null) => (ore === null ? '' : ore / 100);

/**
 * The fee list for invoicing: one row per member with its basis and fee, then the total. Amounts
 * are numbers in kroner (Excel sums them), the population a whole number.
 */
export function feeListTable(list: FeeList, locale: Locale): OutputTable {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(locale, key as never, params);
  const decision = list.decision;
  if (!decision) return { headers: [t('fees.column.member')], rows: [] };
  const extras = decision.extras;
  const populationDay = `1.1.${decision.referenceDate.slice(0, 4)}`;
  const headers = [
    t('fees.column.member'),
    t('fees.column.number'),
    t('fees.column.population', { date: populationDay }),
    t('fees.column.rate'),
    t('fees.column.computed'),
    t('fees.column.limit'),
    t('fees.column.share'),
    t('fees.column.fee'),
    ...extras.map((e) => t('fees.column.extra', { label: e.label })),
    t('fees.column.total'),
  ];
  const rate = Number(decision.rate);
  const rows: OutputTable['rows'] = list.rows.map((r) => [
    r.member.name,
    r.member.number ?? '',
    r.population ?? '',
    rate,
    kroner(r.computedOre),
    r.limit ? t(`fees.limit.${r.limit}`) : '',
    r.share ? `${r.share.days}/${r.share.of}` : '',
    kroner(r.feeOre),
    ...extras.map((e) => kroner(r.extras.find((x) => x.id === e.id)?.amountOre ?? null)),
    kroner(r.totalOre),
  ]);
  const sum = (pick: (r: FeeList['rows'][number]) => number | null) =>
    list.rows.reduce((s, r) => s + (pick(r) ?? 0), 0);
  rows.push([
    t('fees.column.sum'),
    '',
    sum((r) => r.population),
    '',
    '',
    '',
    '',
    kroner(sum((r) => r.feeOre)),
    ...extras.map((e) => kroner(sum((r) => r.extras.find((x) => x.id === e.id)?.amountOre ?? null))),
    kroner(list.totalOre),
  ]);
  const formats = headers.map((_, i) =>
    i === 2 ? '#,##0' : i === 3 ? '0.00##' : i >= 7 || i === 4 ? KRONER : undefined,
  );
  return { headers, rows, formats };
}
