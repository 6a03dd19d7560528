/** A yearly series: a value per year, `derived` when it is the sum of the predecessors' values. */
export interface Point {
  year: number;
  value: number;
  derived: boolean;
}

/** Growth of a series: from its first to its last point, and over the last year. */
export function growthOf(points: Point[]) {
  if (points.length < 2) return null;
  const first = points[0]!;
  const last = points.at(-1)!;
  const previous = points.at(-2)!;
  return {
    fromYear: first.year,
    toYear: last.year,
    change: last.value - first.value,
    percent: first.value ? ((last.value - first.value) / first.value) * 100 : null,
    lastYearChange: last.value - previous.value,
    lastYearPercent: previous.value ? ((last.value - previous.value) / previous.value) * 100 : null,
  };
}

/** The yearly sum of several members' series; a year counts only where every member has a value. */
export function sumSeries(series: Point[][]): Point[] {
  if (series.length === 0) return [];
  const years = new Map<number, { value: number; count: number; derived: boolean }>();
  for (const points of series) {
    for (const p of points) {
      const y = years.get(p.year) ?? { value: 0, count: 0, derived: false };
      y.value += p.value;
      y.count += 1;
      y.derived ||= p.derived;
      years.set(p.year, y);
    }
  }
  return [...years.entries()]
    .filter(([, y]) => y.count === series.length)
    .map(([year, y]) => ({ year, value: y.value, derived: y.derived }))
    .sort((a, b) => a.year - b.year);
}
