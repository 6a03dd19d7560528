import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { data, Form, Link, redirect } from 'react-router';
import { budgetVsActual, ledgerMappingFor } from '../../../src/domain/budget/comparison';
import { importLedger } from '../../../src/domain/budget/import-ledger';
import { LEDGER_FIELDS } from '../../../src/domain/budget/ledger-file';
import { can } from '../../../src/domain/budget/permissions';
import { requirePermission } from '../../../src/kernel/guards';
import { BudgetActualChart } from '../../components/bar-chart';
import { CsrfField, SelectField } from '../../components/form';
import { UploadForm } from '../../components/import-preview';
import { PageHeader } from '../../components/page-header';
import { TableDownloads } from '../../components/table-downloads';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { yearParam } from '../../lib/params';
import { formAction, guard } from '../../lib/route.server';
import { readUploadedTable } from '../../lib/upload.server';
import type { Route } from './+types/accounts';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const year = yearParam(params.year, 'budget');
    return { year, comparison: await budgetVsActual(ctx, year), manage: can(ctx.actor, 'budget.manage') };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { ctx } = context;
  const year = yearParam(params.year, 'budget');
  const form = await request.formData();
  const fields = Object.fromEntries([...form].filter(([, v]) => typeof v === 'string')) as Record<
    string,
    string
  >;
  return formAction(request, ctx.locale, {}, async () => {
    requirePermission(ctx, can(ctx.actor, 'budget.manage'));
    if (fields.intent === 'import') {
      const mapping = Object.fromEntries(LEDGER_FIELDS.map((f) => [f, fields[f] || undefined]));
      const result = await importLedger({
        ctx,
        input: {
          year,
          fileName: fields.fileName ?? '',
          table: JSON.parse(fields.table ?? '{}'),
          mapping: mapping as never,
        },
      });
      context.flash.set('budget.ledgerImported', { count: result.rows, file: result.fileName });
      throw redirect(`/app/budsjett/${year}/regnskap`);
    }
    const file = form.get('file');
    const table = await readUploadedTable(form, ctx.locale);
    const { mapping, remembered } = await ledgerMappingFor(ctx, table.headers);
    return data({
      upload: {
        fileName: file instanceof File ? file.name : 'regnskap.csv',
        headers: table.headers,
        sample: table.rows.slice(0, 5).map((cells, i) => ({ line: i + 2, cells })),
        rows: table.rows.length,
        table: JSON.stringify(table),
        mapping,
        remembered,
      },
    });
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Budsjett og regnskap ${data?.year ?? ''} – Samråd` }];
}

export default function Accounts({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { year, comparison, manage } = loaderData;
  const upload = actionData && 'upload' in actionData ? actionData.upload : null;
  const failure = actionData && 'fieldErrors' in actionData ? (actionData as FormFailure) : undefined;
  const { totals, ledger } = comparison;
  const chartRows = comparison.byFocusArea.map((g) => ({
    label: g.name ?? t('budget.common'),
    budgetOre: g.budgetExpenseOre,
    actualOre: g.actualExpenseOre,
  }));
  const title = t('budget.comparisonTitle', { year });
  return (
    <>
      <PageHeader
        title={title}
        lead={
          ledger
            ? t('budget.ledgerFrom', {
                file: ledger.fileName,
                date: format.dateTime(ledger.importedAt),
                rows: ledger.rows,
              })
            : t('budget.noLedger')
        }
      >
        <Link to={`/app/budsjett/${year}`} className="ds-link">
          {t('budget.yearLink', { year })}
        </Link>
      </PageHeader>
      {ledger ? (
        <>
          <Heading level={2} data-size="md">
            {t('budget.byFocusArea')}
          </Heading>
          <figure className="chart-figure">
            <BudgetActualChart
              id="budget-chart"
              rows={chartRows}
              title={t('budget.chartTitle', { year })}
              description={t('budget.chartDescription', {
                budget: format.money(totals.budgetExpenseOre),
                actual: format.money(totals.actualExpenseOre),
              })}
              legend={{ budget: t('budget.column.budget'), actual: t('budget.column.actual') }}
            />
          </figure>
          <div className="table-scroll">
            <Table zebra data-size="sm">
              <caption>{t('budget.byFocusArea')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('budget.column.focusArea')}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t('budget.incomeBudget')}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t('budget.incomeActual')}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t('budget.expenseBudget')}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t('budget.expenseActual')}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t('budget.column.variance')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {comparison.byFocusArea.map((g) => (
                  <Table.Row key={g.key}>
                    <Table.HeaderCell scope="row">{g.name ?? t('budget.common')}</Table.HeaderCell>
                    <Table.Cell className="numeric">{format.money(g.budgetIncomeOre)}</Table.Cell>
                    <Table.Cell className="numeric">{format.money(g.actualIncomeOre)}</Table.Cell>
                    <Table.Cell className="numeric">{format.money(g.budgetExpenseOre)}</Table.Cell>
                    <Table.Cell className="numeric">{format.money(g.actualExpenseOre)}</Table.Cell>
                    <Table.Cell className="numeric">
                      {format.money(g.budgetExpenseOre - g.actualExpenseOre)}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Paragraph data-size="sm">{t('budget.varianceNote')}</Paragraph>
        </>
      ) : null}

      <Heading level={2} data-size="md">
        {t('budget.byLine')}
      </Heading>
      <div className="table-scroll">
        <Table zebra data-size="sm">
          <caption className="visually-hidden">{t('budget.byLine')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('budget.column.label')}</Table.HeaderCell>
              <Table.HeaderCell>{t('budget.column.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('budget.column.accounts')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('budget.column.budget')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('budget.column.actual')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('budget.column.variance')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('budget.used')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {comparison.lines.map((l) => (
              <Table.Row key={l.id}>
                <Table.HeaderCell scope="row">{l.label}</Table.HeaderCell>
                <Table.Cell>{t(`budget.kind.${l.kind}`)}</Table.Cell>
                <Table.Cell>{l.accounts.join(', ') || '–'}</Table.Cell>
                <Table.Cell className="numeric">{format.money(l.budgetOre)}</Table.Cell>
                <Table.Cell className="numeric">{format.money(l.actualOre)}</Table.Cell>
                <Table.Cell className="numeric">{format.money(l.varianceOre)}</Table.Cell>
                <Table.Cell className="numeric">
                  {l.usedPercent === null ? '–' : format.percent(l.usedPercent)}
                </Table.Cell>
              </Table.Row>
            ))}
            <Table.Row>
              <Table.HeaderCell scope="row">{t('budget.unmatched')}</Table.HeaderCell>
              <Table.Cell />
              <Table.Cell>{comparison.unmatched.accounts.join(', ') || '–'}</Table.Cell>
              <Table.Cell />
              <Table.Cell className="numeric">{format.money(comparison.unmatched.ledgerOre)}</Table.Cell>
              <Table.Cell />
              <Table.Cell />
            </Table.Row>
          </Table.Body>
        </Table>
      </div>
      {ledger ? (
        <Paragraph>
          {t('budget.reconciled', {
            total: format.money(totals.ledgerOre),
            imported: format.money(ledger.totalOre),
          })}
        </Paragraph>
      ) : null}
      <TableDownloads href={`/api/v1/budgets/${year}/comparison`} />

      {manage ? (
        <section aria-labelledby="ledger-import">
          <Heading level={2} data-size="md" id="ledger-import">
            {t('budget.importTitle')}
          </Heading>
          <Paragraph>{t('budget.importLead')}</Paragraph>
          {upload ? (
            <Form method="post" className="stack narrow">
              <CsrfField />
              <input type="hidden" name="intent" value="import" />
              <input type="hidden" name="fileName" value={upload.fileName} />
              <input type="hidden" name="table" value={upload.table} />
              <Alert data-color="info" role="status">
                {t(upload.remembered ? 'budget.mappingRemembered' : 'budget.mappingGuessed', {
                  file: upload.fileName,
                  rows: upload.rows,
                })}
              </Alert>
              {LEDGER_FIELDS.map((field) => (
                <SelectField
                  key={field}
                  name={field}
                  label={t(`budget.mapping.${field}`)}
                  defaultValue={upload.mapping[field] ?? ''}
                  required={field === 'account' || field === 'amount'}
                  options={[
                    { value: '', label: t('budget.mapping.none') },
                    ...upload.headers.map((h) => ({ value: h, label: h })),
                  ]}
                />
              ))}
              <div className="table-scroll">
                <Table data-size="sm">
                  <caption>{t('budget.sample')}</caption>
                  <Table.Head>
                    <Table.Row>
                      {upload.headers.map((h) => (
                        <Table.HeaderCell key={h}>{h}</Table.HeaderCell>
                      ))}
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {upload.sample.map((row) => (
                      <Table.Row key={row.line}>
                        {upload.headers.map((h, j) => (
                          <Table.Cell key={h}>{row.cells[j] ?? ''}</Table.Cell>
                        ))}
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
              <div>
                <Button type="submit">{t('budget.importConfirm', { rows: upload.rows })}</Button>
              </div>
            </Form>
          ) : (
            <>
              {failure &&
              Object.keys(failure.fieldErrors).some((k) => k.startsWith('line') || k === '_file') ? (
                <Alert data-color="danger" role="alert">
                  <ul>
                    {Object.entries(failure.fieldErrors)
                      .slice(0, 20)
                      .map(([field, messages]) => (
                        <li key={field}>
                          {field.startsWith('line ') ? t('budget.line', { line: field.slice(5) }) : ''}{' '}
                          {messages.join(' ')}
                        </li>
                      ))}
                  </ul>
                </Alert>
              ) : null}
              <UploadForm
                error={failure?.fieldErrors.file ?? (failure?.formError ? [failure.formError] : undefined)}
              />
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
