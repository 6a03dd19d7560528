import { z } from 'zod';
import { importStatistics } from '../../../domain/knowledge/import-statistics';
import { presentIndicator } from '../../../domain/knowledge/present';
import { AreaParams, areaSeries, listIndicators, memberSeries } from '../../../domain/knowledge/queries';
import { readStatistics } from '../../../domain/knowledge/read-statistics';
import { ReferenceIndicatorInput, referenceIndicator } from '../../../domain/knowledge/reference-indicator';
import { unreferenceIndicator } from '../../../domain/knowledge/unreference-indicator';
import { rankingTable, seriesTable } from '../../../exports/statistics-tables';
import { CONTENT_TYPES, writeCsv, writeXlsx } from '../../../exports/table';
import { fileSlug } from '../../../kernel/file-names';
import { defineOperation, fileResponse } from './operation';

const tag = 'Statistics';
const TableFormat = z.object({ format: z.enum(['json', 'csv', 'xlsx']).default('json') });
const PointView = z.object({
  year: z.int(),
  value: z.number(),
  derived: z.boolean().describe('The sum of the predecessors (the member did not exist yet)'),
});
const GrowthView = z
  .object({
    fromYear: z.int(),
    toYear: z.int(),
    change: z.number(),
    percent: z.number().nullable(),
    lastYearChange: z.number(),
    lastYearPercent: z.number().nullable(),
  })
  .nullable();

async function tableFile(
  format: 'csv' | 'xlsx',
  sheet: string,
  table: Parameters<typeof writeCsv>[0],
  name: string,
) {
  const bytes = format === 'csv' ? writeCsv(table) : await writeXlsx(sheet, table);
  return fileResponse(bytes, CONTENT_TYPES[format], `${fileSlug(name)}.${format}`);
}

export const statisticsOperations = [
  defineOperation({
    method: 'get',
    path: '/statistics/indicators',
    operationId: 'listIndicators',
    summary: 'The statistics held: one indicator per table and variable (07459:Personer1 is the population)',
    tag,
    access: 'public',
    response: {
      status: 200,
      description: 'The indicators',
      schema: z.object({ data: z.array(z.object({ id: z.uuid(), key: z.string() })) }),
    },
    handle: async ({ ctx }) => ({ data: (await listIndicators(ctx)).map(presentIndicator) }),
  }),
  defineOperation({
    method: 'get',
    path: '/statistics/indicators/{id}/members/{memberId}',
    operationId: 'getMemberSeries',
    summary: "A member's series of an indicator, with its growth (JSON, CSV or XLSX)",
    description: 'Years before a merger are the sum of the predecessors, marked `derived`.',
    tag,
    access: 'public',
    params: z.object({ id: z.string(), memberId: z.string() }),
    query: TableFormat,
    response: { status: 200, description: 'The series', files: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx] },
    handle: async ({ ctx, params, query }) => {
      const series = await memberSeries(ctx, params.id, params.memberId);
      if (query.format !== 'json')
        return tableFile(
          query.format,
          series.member.name,
          seriesTable(series.points, series.indicator.label, ctx.locale),
          `${series.indicator.label} ${series.member.name}`,
        );
      return {
        indicator: presentIndicator(series.indicator),
        member: { id: series.member.id, name: series.member.name, number: series.member.number },
        points: z.array(PointView).parse(series.points),
        growth: GrowthView.parse(series.growth),
      };
    },
  }),
  defineOperation({
    method: 'get',
    path: '/statistics/indicators/{id}/area',
    operationId: 'getAreaSeries',
    summary:
      'The series of the whole alliance or of a sub-region, and its members ranked (JSON, CSV or XLSX of the ranking)',
    description:
      'The members as they were on `asOf` (default today). Counties are left out of the sum where there are municipalities.',
    tag,
    access: 'public',
    params: z.object({ id: z.string() }),
    query: AreaParams.extend(TableFormat.shape),
    response: { status: 200, description: 'The series', files: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx] },
    handle: async ({ ctx, params, query }) => {
      const { format, ...area } = query;
      const result = await areaSeries(ctx, params.id, area);
      if (format !== 'json')
        return tableFile(
          format,
          result.indicator.label,
          rankingTable(result.members, result.indicator.label, ctx.locale),
          `${result.indicator.label} ${result.subregion?.name ?? 'regionen'} ${result.asOf}`,
        );
      return {
        indicator: presentIndicator(result.indicator),
        asOf: result.asOf,
        subregion: result.subregion ? { id: result.subregion.id, name: result.subregion.name } : null,
        points: z.array(PointView).parse(result.points),
        growth: GrowthView.parse(result.growth),
        members: result.members,
        missing: result.missing,
      };
    },
  }),
  defineOperation({
    method: 'post',
    path: '/statistics/imports',
    operationId: 'importStatistics',
    summary: "Import a JSON-stat 2.0 file from Statistics Norway's API (multipart, field `file`)",
    description:
      'Each value lands on the member its region code meant that year (renumbered and merged municipalities through the register). With `dryRun=true` nothing is saved and the answer says where each region would land. A malformed file is refused with the reason; nothing is written.',
    tag,
    access: 'editor',
    upload: true,
    body: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
    response: { status: 201, description: 'The import (or, dry run, the preview)' },
    handle: async ({ ctx, body }) => {
      const { filename, content, dryRun } = body as {
        filename: string;
        content: Uint8Array;
        dryRun?: string;
      };
      const input = {
        format: 'jsonstat' as const,
        fileName: filename,
        content: Buffer.from(content).toString('utf8'),
      };
      if (dryRun === 'true') {
        const preview = await readStatistics(ctx, input);
        return {
          dryRun: true,
          tableCode: preview.file.tableCode,
          indicators: preview.file.indicators,
          values: preview.rows.length,
          regions: preview.regions,
          skipped: preview.skipped,
        };
      }
      return importStatistics({ ctx, input });
    },
  }),
  defineOperation({
    method: 'post',
    path: '/statistics/references',
    operationId: 'referenceIndicator',
    summary: 'Link an indicator to a focus area or an activity of the programme (exactly one)',
    tag,
    access: 'editor',
    body: ReferenceIndicatorInput,
    response: { status: 201, description: 'The link' },
    handle: ({ ctx, body }) => referenceIndicator({ ctx, input: body as never }),
  }),
  defineOperation({
    method: 'delete',
    path: '/statistics/references/{id}',
    operationId: 'unreferenceIndicator',
    summary: 'Remove the link between an indicator and the programme',
    tag,
    access: 'editor',
    params: z.object({ id: z.string() }),
    response: { status: 204, description: 'Removed' },
    handle: ({ ctx, params }) => unreferenceIndicator({ ctx, input: { id: params.id } }),
  }),
];
