import { asc, count, desc, eq, max, min, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { todayInOslo } from '../../kernel/dates';
import { NotFound } from '../../kernel/errors';
import { compareNb } from '../../kernel/format';
import { parseInput } from '../../kernel/validate';
import { AsOf, getMemberOn, getSubregion, membersOnDate } from '../members/queries';
import { memberPredecessors } from '../members/schema';
import { POPULATION } from './indicators';
import { indicatorReferences, indicators, observations, statisticsImports } from './schema';
import { growthOf, type Point, sumSeries } from './series';

/** Every indicator with how much it holds, in Norwegian order. */
export async function listIndicators(ctx: Pick<Ctx, 'db'>) {
  const rows = await ctx.db
    .select({
      id: indicators.id,
      key: indicators.key,
      label: indicators.label,
      source: indicators.source,
      tableCode: indicators.tableCode,
      tableLabel: indicators.tableLabel,
      unit: indicators.unit,
      decimals: indicators.decimals,
      values: count(observations.year),
      fromYear: min(observations.year),
      toYear: max(observations.year),
    })
    .from(indicators)
    .leftJoin(observations, eq(observations.indicatorId, indicators.id))
    .groupBy(indicators.id);
  return rows.sort((a, b) => a.tableCode.localeCompare(b.tableCode) || compareNb(a.label, b.label));
}

export async function getIndicator(ctx: Pick<Ctx, 'db'>, id: string) {
  if (!z.uuid().safeParse(id).success) throw new NotFound('indicator');
  const [row] = await ctx.db.select().from(indicators).where(eq(indicators.id, id));
  if (!row) throw new NotFound('indicator');
  return row;
}

/** The population indicator's id, or null before any population is known. */
export async function populationIndicatorId(ctx: Pick<Ctx, 'db'>): Promise<string | null> {
  const [row] = await ctx.db
    .select({ id: indicators.id })
    .from(indicators)
    .where(eq(indicators.key, POPULATION.key));
  return row?.id ?? null;
}

/** The latest imports, newest first. */
export async function listStatisticsImports(ctx: Pick<Ctx, 'db'>, limit = 20) {
  return ctx.db.select().from(statisticsImports).orderBy(desc(statisticsImports.importedAt)).limit(limit);
}

/**
 * Reads one indicator's values for every member, and answers a member's value in a year: its own,
 * or, for a year before its merger, the sum of its predecessors' (Lillestrøm 2019 = Skedsmo + Fet
 * + Sørum), when each of them has one.
 */
export async function seriesReader(ctx: Pick<Ctx, 'db'>, indicatorId: string) {
  const [rows, merges] = await Promise.all([
    ctx.db
      .select({ memberId: observations.memberId, year: observations.year, value: observations.value })
      .from(observations)
      .where(eq(observations.indicatorId, indicatorId))
      .orderBy(asc(observations.year)),
    ctx.db.select().from(memberPredecessors),
  ]);
  const values = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const series = values.get(r.memberId) ?? new Map<number, number>();
    series.set(r.year, r.value);
    values.set(r.memberId, series);
  }
  // A successor's predecessors and the day it took over (the latest, if it absorbed more later).
  const predecessors = new Map<string, { ids: string[]; effectiveOn: string }>();
  for (const m of merges) {
    const entry = predecessors.get(m.successorId) ?? { ids: [], effectiveOn: m.effectiveOn };
    entry.ids.push(m.predecessorId);
    if (m.effectiveOn > entry.effectiveOn) entry.effectiveOn = m.effectiveOn;
    predecessors.set(m.successorId, entry);
  }
  const valueIn = (memberId: string, year: number, depth = 0): Point | null => {
    const own = values.get(memberId)?.get(year);
    if (own !== undefined) return { year, value: own, derived: false };
    const before = predecessors.get(memberId);
    // 1 January of the year must fall before the merger took effect; five levels is plenty.
    if (!before || depth > 5 || `${year}-01-01` >= before.effectiveOn) return null;
    let sum = 0;
    for (const id of before.ids) {
      const p = valueIn(id, year, depth + 1);
      if (!p) return null;
      sum += p.value;
    }
    return { year, value: sum, derived: true };
  };
  const yearsOf = (memberId: string, depth = 0): Set<number> => {
    const years = new Set(values.get(memberId)?.keys() ?? []);
    if (depth <= 5)
      for (const id of predecessors.get(memberId)?.ids ?? [])
        for (const y of yearsOf(id, depth + 1)) years.add(y);
    return years;
  };
  const seriesOf = (memberId: string): Point[] =>
    [...yearsOf(memberId)]
      .sort((a, b) => a - b)
      .map((y) => valueIn(memberId, y))
      .filter((p): p is Point => p !== null);
  return { valueIn, seriesOf };
}

/** One member's series of an indicator, with its growth. */
export async function memberSeries(ctx: Ctx, indicatorId: string, memberId: string) {
  const [indicator, member] = await Promise.all([getIndicator(ctx, indicatorId), getMemberOn(ctx, memberId)]);
  const points = (await seriesReader(ctx, indicator.id)).seriesOf(member.id);
  return { indicator, member, points, growth: growthOf(points) };
}

export const AreaParams = z.object({ asOf: AsOf, subregionId: z.uuid().optional() });

/**
 * The series of the whole alliance or of one sub-region, as its members were on a date (today by
 * default), on their borders then; and the members ranked by their latest value and by growth.
 */
export async function areaSeries(ctx: Ctx, indicatorId: string, params: z.input<typeof AreaParams>) {
  const p = parseInput(AreaParams, params, ctx.locale);
  const asOf = p.asOf ?? todayInOslo(ctx.now);
  const indicator = await getIndicator(ctx, indicatorId);
  const subregion = p.subregionId ? (await getSubregion(ctx, p.subregionId, asOf)).subregion : null;
  const members = (await membersOnDate(ctx.db, asOf)).filter(
    (m) => !subregion || m.subregion?.id === subregion.id,
  );
  const reader = await seriesReader(ctx, indicator.id);
  const series = members.map((m) => ({ member: m, points: reader.seriesOf(m.id) }));
  // Counties overlap their municipalities: the sum is of the municipalities, unless there are none.
  const counted = series.some((s) => s.member.kind === 'municipality')
    ? series.filter((s) => s.member.kind === 'municipality')
    : series;
  const points = sumSeries(counted.filter((s) => s.points.length).map((s) => s.points));
  const lastYear = points.at(-1)?.year ?? null;
  const ranked = counted
    .map((s) => {
      const latest = lastYear === null ? null : (s.points.find((x) => x.year === lastYear) ?? null);
      return {
        member: { id: s.member.id, name: s.member.name, number: s.member.number },
        latest: latest?.value ?? null,
        growth: growthOf(s.points),
      };
    })
    .sort((a, b) => (b.latest ?? -1) - (a.latest ?? -1) || compareNb(a.member.name, b.member.name))
    .map((row, i) => ({ ...row, rank: row.latest === null ? null : i + 1 }));
  const missing = counted.filter((s) => s.points.length === 0).map((s) => s.member.name);
  return {
    indicator,
    asOf,
    subregion,
    points,
    growth: growthOf(points),
    members: ranked,
    missing,
    counted: counted.length,
  };
}

/** Values of an indicator for members in a year (their own, or their predecessors' sum). */
export async function valuesInYear(
  ctx: Pick<Ctx, 'db'>,
  indicatorId: string,
  memberIds: string[],
  year: number,
) {
  const reader = await seriesReader(ctx, indicatorId);
  return new Map(memberIds.map((id) => [id, reader.valueIn(id, year)] as const));
}

/** The figures behind a member's population (for its page): year, value and where it came from. */
export async function populationOf(ctx: Pick<Ctx, 'db'>, memberId: string) {
  const id = await populationIndicatorId(ctx);
  if (!id) return [];
  return ctx.db
    .select({ year: observations.year, population: observations.value, source: observations.source })
    .from(observations)
    .where(sql`${observations.indicatorId} = ${id} and ${observations.memberId} = ${memberId}`)
    .orderBy(asc(observations.year));
}

/**
 * The indicators a focus area or an activity follows, each with the region's latest value and its
 * growth over the series (the members as of today).
 */
export async function referencedIndicators(
  ctx: Ctx,
  target: { focusAreaId: string } | { activityId: string },
) {
  const rows = await ctx.db
    .select({ id: indicatorReferences.id, indicatorId: indicatorReferences.indicatorId })
    .from(indicatorReferences)
    .where(
      'activityId' in target
        ? eq(indicatorReferences.activityId, target.activityId)
        : eq(indicatorReferences.focusAreaId, target.focusAreaId),
    );
  const areas = new Map(
    await Promise.all(
      [...new Set(rows.map((r) => r.indicatorId))].map(
        async (id) => [id, await areaSeries(ctx, id, {})] as const,
      ),
    ),
  );
  return rows.map((r) => {
    const area = areas.get(r.indicatorId)!;
    return {
      id: r.id,
      indicator: {
        id: area.indicator.id,
        label: area.indicator.label,
        tableCode: area.indicator.tableCode,
        source: area.indicator.source,
      },
      latest: area.points.at(-1) ?? null,
      growth: area.growth,
    };
  });
}
