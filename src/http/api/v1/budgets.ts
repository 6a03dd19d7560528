import { z } from 'zod';
import { addBudgetLine } from '../../../domain/budget/add-budget-line';
import { adoptBudget } from '../../../domain/budget/adopt-budget';
import { budgetVsActual } from '../../../domain/budget/comparison';
import { createBudget } from '../../../domain/budget/create-budget';
import { BudgetLineFields } from '../../../domain/budget/fields';
import { importLedger } from '../../../domain/budget/import-ledger';
import { LedgerMapping } from '../../../domain/budget/ledger-file';
import { getBudget, listBudgets } from '../../../domain/budget/queries';
import { removeBudgetLine } from '../../../domain/budget/remove-budget-line';
import { reviseBudget } from '../../../domain/budget/revise-budget';
import { budgetRowOfYear } from '../../../domain/budget/rules';
import { updateBudgetLine } from '../../../domain/budget/update-budget-line';
import { comparisonTable } from '../../../exports/budget-table';
import { CONTENT_TYPES, readTable, writeCsv, writeXlsx } from '../../../exports/table';
import { defineOperation, fileResponse } from './operation';

const tag = 'Budget and accounts';
const YearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const IdParams = z.object({ id: z.string() });
const VersionQuery = z.object({ version: z.coerce.number().int().min(1) });

export const budgetOperations = [
  defineOperation({
    method: 'get',
    path: '/budgets',
    operationId: 'listBudgets',
    summary: 'The budgets, newest year first',
    tag,
    access: 'signed-in',
    response: { status: 200, description: 'The budgets' },
    handle: async ({ ctx }) => ({ data: await listBudgets(ctx) }),
  }),
  defineOperation({
    method: 'post',
    path: '/budgets',
    operationId: 'createBudget',
    summary: 'Start the budget of a year (with the income line the fee decision fills)',
    tag,
    access: 'editor',
    body: z.object({ year: z.int() }),
    response: { status: 201, description: 'The budget' },
    handle: ({ ctx, body }) => createBudget({ ctx, input: body as never }),
  }),
  defineOperation({
    method: 'get',
    path: '/budgets/{year}',
    operationId: 'getBudget',
    summary: 'A budget: lines (amounts in øre), totals, revisions with their cases, ledger imports',
    tag,
    access: 'signed-in',
    params: YearParams,
    response: { status: 200, description: 'The budget' },
    handle: ({ ctx, params }) => getBudget(ctx, params.year),
  }),
  defineOperation({
    method: 'post',
    path: '/budgets/{year}/lines',
    operationId: 'addBudgetLine',
    summary: 'Add a line to a draft budget (amount in kroner)',
    tag,
    access: 'editor',
    params: YearParams,
    body: BudgetLineFields,
    response: { status: 201, description: 'The line' },
    handle: async ({ ctx, params, body }) =>
      addBudgetLine({
        ctx,
        input: { ...(body as object), budgetId: (await budgetRowOfYear(ctx, params.year)).id } as never,
      }),
  }),
  defineOperation({
    method: 'patch',
    path: '/budget-lines/{id}',
    operationId: 'updateBudgetLine',
    summary: 'Change a line of a draft budget',
    tag,
    access: 'editor',
    params: IdParams,
    body: BudgetLineFields.extend({ version: z.int() }),
    response: { status: 200, description: 'The line' },
    handle: ({ ctx, params, body }) =>
      updateBudgetLine({ ctx, input: { ...(body as object), id: params.id } as never }),
  }),
  defineOperation({
    method: 'delete',
    path: '/budget-lines/{id}',
    operationId: 'removeBudgetLine',
    summary: 'Remove a line of a draft budget (not the fee line)',
    tag,
    access: 'editor',
    params: IdParams,
    query: VersionQuery,
    response: { status: 204, description: 'Removed' },
    handle: ({ ctx, params, query }) =>
      removeBudgetLine({ ctx, input: { id: params.id, version: query.version } }),
  }),
  defineOperation({
    method: 'post',
    path: '/budgets/{year}/adopt',
    operationId: 'adoptBudget',
    summary: 'Record that the board adopted the budget (or a revision) in a case',
    tag,
    access: 'editor',
    params: YearParams,
    body: z.object({
      version: z.int(),
      caseId: z.uuid(),
      adoptedOn: z.iso.date().optional(),
      note: z.string().optional(),
    }),
    response: { status: 200, description: 'The budget' },
    handle: async ({ ctx, params, body }) =>
      adoptBudget({
        ctx,
        input: { ...(body as object), id: (await budgetRowOfYear(ctx, params.year)).id } as never,
      }),
  }),
  defineOperation({
    method: 'post',
    path: '/budgets/{year}/revise',
    operationId: 'reviseBudget',
    summary: 'Open an adopted budget for a revision (the adopted revisions stay)',
    tag,
    access: 'editor',
    params: YearParams,
    body: z.object({ version: z.int(), reason: z.string() }),
    response: { status: 200, description: 'The budget' },
    handle: async ({ ctx, params, body }) =>
      reviseBudget({
        ctx,
        input: { ...(body as object), id: (await budgetRowOfYear(ctx, params.year)).id } as never,
      }),
  }),
  defineOperation({
    method: 'post',
    path: '/budgets/{year}/ledger',
    operationId: 'importLedger',
    summary:
      "Import the year's actuals from a ledger export (multipart: `file` as CSV or XLSX, and the column names)",
    description:
      'Fields `account`, `amount` and optionally `date`, `project`, `description` name the columns. All rows or none; it replaces the earlier import of the year.',
    tag,
    access: 'editor',
    params: YearParams,
    upload: true,
    body: LedgerMapping,
    response: { status: 201, description: 'The import' },
    handle: async ({ ctx, params, body }) => {
      const { filename, content, ...mapping } = body as { filename: string; content: Uint8Array } & Record<
        string,
        string
      >;
      return importLedger({
        ctx,
        input: {
          year: params.year,
          fileName: filename,
          table: await readTable(content),
          mapping: mapping as never,
        },
      });
    },
  }),
  defineOperation({
    method: 'get',
    path: '/budgets/{year}/comparison',
    operationId: 'getBudgetVsActual',
    summary: 'Budget vs actual per line and focus area, with the postings no line claims (JSON, CSV or XLSX)',
    tag,
    access: 'signed-in',
    params: YearParams,
    query: z.object({ format: z.enum(['json', 'csv', 'xlsx']).default('json') }),
    response: { status: 200, description: 'The comparison', files: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx] },
    handle: async ({ ctx, params, query }) => {
      const comparison = await budgetVsActual(ctx, params.year);
      if (query.format === 'json') return comparison;
      const table = comparisonTable(comparison, ctx.locale);
      const bytes =
        query.format === 'csv' ? writeCsv(table) : await writeXlsx(`Regnskap ${params.year}`, table);
      return fileResponse(
        bytes,
        CONTENT_TYPES[query.format],
        `budsjett-og-regnskap-${params.year}.${query.format}`,
      );
    },
  }),
];
