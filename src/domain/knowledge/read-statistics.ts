import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { todayInOslo } from '../../kernel/dates';
import { Validation } from '../../kernel/errors';
import { requirePermission } from '../../kernel/guards';
import { translate } from '../../kernel/i18n';
import { membersByIds } from '../members/queries';
import { POPULATION } from './indicators';
import { parseJsonStat } from './jsonstat';
import { can } from './permissions';
import { regionResolver } from './regions';
import { parseSeriesCsv } from './series-csv';
import { type StatisticsFile, StatisticsFileError } from './statistics-file';

const MAX_CHARS = 20 * 1024 * 1024;
const FileName = z.string().trim().min(1).max(255);
const Content = z.string().min(1).max(MAX_CHARS);
const Text = z.string().trim().min(1).max(300);

export const StatisticsInput = z.discriminatedUnion('format', [
  z.object({ format: z.literal('jsonstat'), fileName: FileName, content: Content }),
  z.object({
    format: z.literal('csv'),
    fileName: FileName,
    content: Content,
    meta: z.object({
      source: Text,
      tableCode: z
        .string()
        .trim()
        .regex(/^\w{1,20}$/),
      tableLabel: Text,
      indicatorCode: z
        .string()
        .trim()
        .regex(/^\w{1,50}$/),
      label: Text,
      unit: z.string().trim().max(50),
    }),
  }),
]);
export type StatisticsInput = z.output<typeof StatisticsInput>;

export interface ResolvedStatistics {
  file: StatisticsFile;
  sha256: string;
  /** The values that land on a member, with its id. */
  rows: (StatisticsFile['values'][number] & { memberId: string })[];
  /** Region codes that are no member of the alliance at any time ("1103 Stavanger"). */
  skipped: string[];
  /** Per region code: the member it lands on (named as of today) and how many values. */
  regions: { code: string; label: string; member: string | null; years: number[]; count: number }[];
}

/**
 * Reads and checks a statistics file and finds the member each value belongs to: the shared first
 * half of the preview and of the import. A malformed file is a Validation error on `file` saying
 * why, in the caller's language; nothing has been written.
 */
export async function readStatistics(ctx: Ctx, input: StatisticsInput): Promise<ResolvedStatistics> {
  requirePermission(ctx, can(ctx.actor, 'knowledge.manage'));
  let file: StatisticsFile;
  try {
    file =
      input.format === 'jsonstat' ? parseJsonStat(input.content) : parseSeriesCsv(input.content, input.meta);
  } catch (error) {
    if (!(error instanceof StatisticsFileError)) throw error;
    throw new Validation(
      { file: [translate(ctx.locale, error.key as never, error.params)] },
      'knowledge.file.refused',
    );
  }
  const refuse = (key: string, params?: Record<string, string | number>) =>
    new Validation({ file: [translate(ctx.locale, key as never, params)] }, 'knowledge.file.refused');
  if (file.values.length === 0) throw refuse('knowledge.file.noValues');
  // Population is a count: the fee arithmetic needs whole, non-negative numbers.
  const badPopulation = file.values.find(
    (v) => v.indicatorKey === POPULATION.key && !(Number.isSafeInteger(v.value) && v.value >= 0),
  );
  if (badPopulation)
    throw refuse('knowledge.file.badPopulation', {
      region: badPopulation.regionCode,
      year: badPopulation.year,
      value: badPopulation.value,
    });
  const memberOf = await regionResolver(ctx);
  // Two codes of one member in a year (0211 and 3019 are both Vestby in 2019): the code it had then wins.
  const byCell = new Map<string, ResolvedStatistics['rows'][number] & { exact: boolean }>();
  const regions = new Map<
    string,
    { code: string; label: string; memberId: string | null; years: Set<number>; count: number }
  >();
  for (const value of file.values) {
    const found = memberOf(value.regionCode, value.year);
    const memberId = found?.memberId ?? null;
    if (found) {
      const cell = `${value.indicatorKey}|${found.memberId}|${value.year}`;
      if (!byCell.get(cell)?.exact) byCell.set(cell, { ...value, ...found });
    }
    const key = `${value.regionCode}|${memberId ?? ''}`;
    const region = regions.get(key) ?? {
      code: value.regionCode,
      label: value.regionLabel,
      memberId,
      years: new Set<number>(),
      count: 0,
    };
    region.years.add(value.year);
    region.count += 1;
    regions.set(key, region);
  }
  const rows = [...byCell.values()].map(({ exact: _, ...row }) => row);
  const ids = [...new Set(rows.map((r) => r.memberId))];
  const named = new Map((await membersByIds(ctx.db, ids, todayInOslo(ctx.now))).map((m) => [m.id, m.name]));
  const list = [...regions.values()].map((r) => ({
    code: r.code,
    label: r.label,
    member: r.memberId ? (named.get(r.memberId) ?? null) : null,
    years: [...r.years].sort(),
    count: r.count,
  }));
  return {
    file,
    sha256: createHash('sha256').update(input.content).digest('hex'),
    rows,
    skipped: list.filter((r) => !r.member).map((r) => `${r.code} ${r.label}`),
    regions: list,
  };
}
