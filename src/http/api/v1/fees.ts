import { z } from 'zod';
import { FeeDecisionFields } from '../../../domain/fees/fields';
import { can } from '../../../domain/fees/permissions';
import { feeList, getFeeDecision } from '../../../domain/fees/queries';
import { setFeeDecision } from '../../../domain/fees/set-fee-decision';
import { feeListTable } from '../../../exports/fee-list';
import { CONTENT_TYPES, writeCsv, writeXlsx } from '../../../exports/table';
import { NotFound } from '../../../kernel/errors';
import { requirePermission } from '../../../kernel/guards';
import { defineOperation, fileResponse } from './operation';

const tag = 'Fees';
const YearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const feeOperations = [
  defineOperation({
    method: 'get',
    path: '/fees/{year}',
    operationId: 'getFeeDecision',
    summary:
      "The council's fee decision for a year: rate, reference date, floor, cap, rounding, extras and case",
    tag,
    access: 'signed-in',
    params: YearParams,
    response: { status: 200, description: 'The decision' },
    handle: async ({ ctx, params }) => {
      requirePermission(ctx, can(ctx.actor, 'fees.readOwn'));
      const decision = await getFeeDecision(ctx, params.year);
      if (!decision) throw new NotFound('feeDecision');
      return decision;
    },
  }),
  defineOperation({
    method: 'put',
    path: '/fees/{year}',
    operationId: 'setFeeDecision',
    summary: 'Record or change the fee decision of a year (`version` 0 for the first)',
    description:
      'Amounts in kroner ("5 000" or 5000), the rate in kroner per inhabitant ("2,50"). With `caseId`, the cycle milestone is marked done.',
    tag,
    access: 'editor',
    params: YearParams,
    body: FeeDecisionFields.and(z.object({ version: z.coerce.number().int().min(0) })),
    response: { status: 200, description: 'The decision' },
    handle: ({ ctx, params, body }) =>
      setFeeDecision({ ctx, input: { ...(body as object), year: params.year } as never }),
  }),
  defineOperation({
    method: 'get',
    path: '/fees/{year}/list',
    operationId: 'getFeeList',
    summary:
      'The fee list: each member with its basis (population, rate, floor or cap, share of the year, extras) and fee; JSON, CSV or XLSX',
    description: 'Editors get every member and the total; a member contact gets their own municipality only.',
    tag,
    access: 'signed-in',
    params: YearParams,
    query: z.object({ format: z.enum(['json', 'csv', 'xlsx']).default('json') }),
    response: { status: 200, description: 'The list', files: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx] },
    handle: async ({ ctx, params, query }) => {
      const list = await feeList(ctx, params.year);
      if (!list.decision) throw new NotFound('feeDecision');
      if (query.format === 'json')
        return {
          year: list.year,
          scope: list.scope,
          rows: list.rows,
          totalOre: list.totalOre,
          missing: list.missing,
        };
      const table = feeListTable(list, ctx.locale);
      const bytes =
        query.format === 'csv' ? writeCsv(table) : await writeXlsx(`Kontingent ${params.year}`, table);
      return fileResponse(bytes, CONTENT_TYPES[query.format], `kontingent-${params.year}.${query.format}`);
    },
  }),
];
