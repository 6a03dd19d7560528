import type { Point } from '../domain/knowledge/series';
import type { Locale } from '../kernel/format';
import { translate } from '../kernel/i18n';
import type { OutputTable } from './table';

const t = (locale: Locale, key: string, params?: Record<string, string | number>) =>
  translate(locale, key as never, params);

/** A yearly series with the change from the year before, as the page's table and the download show it. */
export function seriesTable(points: Point[], valueLabel: string, locale: Locale): OutputTable {
  return {
    headers: [
      t(locale, 'knowledge.column.year'),
      valueLabel,
      t(locale, 'knowledge.column.change'),
      t(locale, 'knowledge.column.changePercent'),
    ],
    rows: points.map((p, i) => {
      const previous = points[i - 1];
      const change = previous && previous.year === p.year - 1 ? p.value - previous.value : null;
      return [
        p.year,
        p.value,
        change ?? '',
        change !== null && previous?.value ? Math.round((change / previous.value) * 10_000) / 100 : '',
      ];
    }),
    formats: [undefined, '#,##0', '#,##0', '0.00'],
  };
}

/** The members ranked by their latest value, with growth over the series. */
export function rankingTable(
  members: {
    rank: number | null;
    member: { name: string; number: string | null };
    latest: number | null;
    growth: { change: number; percent: number | null } | null;
  }[],
  valueLabel: string,
  locale: Locale,
): OutputTable {
  return {
    headers: [
      t(locale, 'knowledge.column.rank'),
      t(locale, 'fees.column.member'),
      t(locale, 'fees.column.number'),
      valueLabel,
      t(locale, 'knowledge.column.growth'),
      t(locale, 'knowledge.column.growthPercent'),
    ],
    rows: members.map((m) => [
      m.rank ?? '',
      m.member.name,
      m.member.number ?? '',
      m.latest ?? '',
      m.growth?.change ?? '',
      m.growth?.percent === null || m.growth?.percent === undefined
        ? ''
        : Math.round(m.growth.percent * 100) / 100,
    ]),
    formats: [undefined, undefined, undefined, '#,##0', '#,##0', '0.00'],
  };
}
