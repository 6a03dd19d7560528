import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { addBudgetLine } from '../../../src/domain/budget/add-budget-line';
import { adoptBudget } from '../../../src/domain/budget/adopt-budget';
import { BUDGET_CATEGORIES } from '../../../src/domain/budget/fields';
import { can } from '../../../src/domain/budget/permissions';
import { type BudgetLineView, getBudget } from '../../../src/domain/budget/queries';
import { removeBudgetLine } from '../../../src/domain/budget/remove-budget-line';
import { reviseBudget } from '../../../src/domain/budget/revise-budget';
import { updateBudgetLine } from '../../../src/domain/budget/update-budget-line';
import { CsrfField, FormErrors, SelectField, TextareaField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { caseChoices } from '../../lib/choices.server';
import type { FormFailure } from '../../lib/form-failure';
import { useFormat, useT } from '../../lib/i18n';
import { param, yearParam } from '../../lib/params';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/budget';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const year = yearParam(params.year, 'budget');
    const model = await getBudget(ctx, year);
    const manage = can(ctx.actor, 'budget.manage');
    const cases = manage ? await caseChoices(ctx, [year - 1, year]) : [];
    return { year, model, manage, cases, editing: param(new URL(request.url), 'linje') ?? null };
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  const { ctx } = context;
  const year = yearParam(params.year, 'budget');
  return formAction(request, ctx.locale, fields, async () => {
    const line = {
      kind: fields.kind as never,
      category: fields.category ?? '',
      label: fields.label ?? '',
      amount: fields.amount ?? '',
      focusAreaId: fields.focusAreaId ?? null,
      accounts: fields.accounts ?? '',
    };
    const budgetId = fields.budgetId ?? '';
    switch (fields.intent) {
      case 'addLine':
        await addBudgetLine({ ctx, input: { ...line, budgetId } });
        break;
      case 'updateLine':
        await updateBudgetLine({
          ctx,
          input: { ...line, id: fields.id ?? '', version: fields.version as never },
        });
        break;
      case 'removeLine':
        await removeBudgetLine({ ctx, input: { id: fields.id ?? '', version: fields.version as never } });
        break;
      case 'adopt':
        await adoptBudget({
          ctx,
          input: {
            id: budgetId,
            version: fields.version as never,
            caseId: fields.caseId ?? '',
            adoptedOn: fields.adoptedOn,
            note: fields.note,
          },
        });
        break;
      case 'revise':
        await reviseBudget({
          ctx,
          input: { id: budgetId, version: fields.version as never, reason: fields.reason ?? '' },
        });
        break;
    }
    context.flash.set('common.saved');
    throw redirect(`/app/budsjett/${year}`);
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Budsjett ${data?.year ?? ''} – Samråd` }];
}

function LineForm({
  line,
  budgetId,
  focusAreas,
  failure,
}: {
  line: BudgetLineView | null;
  budgetId: string;
  focusAreas: { id: string; name: string }[];
  failure: FormFailure | undefined;
}) {
  const t = useT();
  const labels = {
    kind: t('budget.column.kind'),
    category: t('budget.column.category'),
    label: t('budget.column.label'),
    amount: t('budget.amount'),
    focusAreaId: t('budget.column.focusArea'),
    accounts: t('budget.column.accounts'),
  };
  return (
    <Form method="post" className="stack narrow" noValidate>
      <CsrfField />
      <input type="hidden" name="intent" value={line ? 'updateLine' : 'addLine'} />
      <input type="hidden" name="budgetId" value={budgetId} />
      {line ? (
        <>
          <input type="hidden" name="id" value={line.id} />
          <input type="hidden" name="version" value={line.version} />
        </>
      ) : null}
      <FormErrors failure={failure} labels={labels} />
      <SelectField
        name="kind"
        label={labels.kind}
        defaultValue={line?.kind ?? 'expense'}
        options={[
          { value: 'income', label: t('budget.kind.income') },
          { value: 'expense', label: t('budget.kind.expense') },
        ]}
        failure={failure}
      />
      <TextField
        name="category"
        label={labels.category}
        description={t('budget.categoryHint', {
          categories: [...BUDGET_CATEGORIES.income, ...BUDGET_CATEGORIES.expense].join(', '),
        })}
        defaultValue={line?.category ?? ''}
        required
        failure={failure}
      />
      <TextField
        name="label"
        label={labels.label}
        defaultValue={line?.label ?? ''}
        required
        failure={failure}
      />
      {line?.fromFees ? (
        <>
          {/* The verb keeps the fee line's amount: it is the fee total. */}
          <input type="hidden" name="amount" value="0" />
          <Paragraph data-size="sm">{t('budget.feeLineHint')}</Paragraph>
        </>
      ) : (
        <TextField
          name="amount"
          label={labels.amount}
          description={t('fees.kronerHint')}
          defaultValue={line ? String(line.amountOre / 100) : ''}
          required
          failure={failure}
        />
      )}
      <SelectField
        name="focusAreaId"
        label={labels.focusAreaId}
        defaultValue={line?.focusArea?.id ?? ''}
        options={[
          { value: '', label: t('budget.common') },
          ...focusAreas.map((a) => ({ value: a.id, label: a.name })),
        ]}
        failure={failure}
      />
      <TextField
        name="accounts"
        label={labels.accounts}
        description={t('budget.accountsHint')}
        defaultValue={line?.accounts.join(', ') ?? ''}
        failure={failure}
      />
      <div>
        <Button type="submit">{t(line ? 'budget.saveLine' : 'budget.addLine')}</Button>
      </div>
    </Form>
  );
}

export default function Budget({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const failure = actionData as FormFailure | undefined;
  const { year, model, manage, cases, editing } = loaderData;
  const { budget, lines, totals, revisions } = model;
  const draft = budget.status === 'draft';
  const editLine = editing ? (lines.find((l) => l.id === editing) ?? null) : null;
  const section = (kind: 'income' | 'expense') => {
    const rows = lines.filter((l) => l.kind === kind);
    const caption = t(`budget.kind.${kind}Plural`);
    return (
      <div className="table-scroll">
        <Table zebra data-size="sm">
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('budget.column.label')}</Table.HeaderCell>
              <Table.HeaderCell>{t('budget.column.category')}</Table.HeaderCell>
              <Table.HeaderCell>{t('budget.column.focusArea')}</Table.HeaderCell>
              <Table.HeaderCell>{t('budget.column.accounts')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('budget.amount')}</Table.HeaderCell>
              {manage && draft ? <Table.HeaderCell>{t('common.actions')}</Table.HeaderCell> : null}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((l) => (
              <Table.Row key={l.id}>
                <Table.HeaderCell scope="row">
                  {l.label}
                  {l.fromFees ? (
                    <>
                      {' '}
                      <Link className="ds-link" to={`/app/kontingent/${year}`}>
                        ({t('budget.fromFees')})
                      </Link>
                    </>
                  ) : null}
                </Table.HeaderCell>
                <Table.Cell>{l.category}</Table.Cell>
                <Table.Cell>{l.focusArea?.name ?? t('budget.common')}</Table.Cell>
                <Table.Cell>{l.accounts.join(', ') || '–'}</Table.Cell>
                <Table.Cell className="numeric">{format.money(l.amountOre)}</Table.Cell>
                {manage && draft ? (
                  <Table.Cell>
                    <div className="row-actions">
                      <Link
                        className="ds-link"
                        to={`?linje=${l.id}#line-form`}
                        aria-label={t('budget.editLineNamed', { label: l.label })}
                      >
                        {t('common.edit')}
                      </Link>
                      {l.fromFees ? null : (
                        <Form method="post">
                          <CsrfField />
                          <input type="hidden" name="intent" value="removeLine" />
                          <input type="hidden" name="id" value={l.id} />
                          <input type="hidden" name="version" value={l.version} />
                          <Button
                            type="submit"
                            variant="tertiary"
                            data-size="sm"
                            aria-label={t('budget.removeLineNamed', { label: l.label })}
                          >
                            {t('common.delete')}
                          </Button>
                        </Form>
                      )}
                    </div>
                  </Table.Cell>
                ) : null}
              </Table.Row>
            ))}
            <Table.Row>
              <Table.HeaderCell scope="row">
                {t('budget.sum', { what: caption.toLocaleLowerCase('nb') })}
              </Table.HeaderCell>
              <Table.Cell />
              <Table.Cell />
              <Table.Cell />
              <Table.Cell className="numeric">
                <strong>{format.money(kind === 'income' ? totals.incomeOre : totals.expenseOre)}</strong>
              </Table.Cell>
              {manage && draft ? <Table.Cell /> : null}
            </Table.Row>
          </Table.Body>
        </Table>
      </div>
    );
  };
  return (
    <>
      <PageHeader
        title={t('budget.yearTitle', { year })}
        lead={t(
          draft ? (revisions.length ? 'budget.leadRevision' : 'budget.leadDraft') : 'budget.leadAdopted',
          { number: revisions.length },
        )}
      >
        <Link to={`/app/budsjett/${year}/regnskap`} className="ds-link">
          {t('budget.comparisonLink', { year })}
        </Link>
      </PageHeader>
      {!model.feeDecided ? (
        <Alert data-color="warning">
          {t('budget.noFee', { year })}{' '}
          <Link className="ds-link" to={`/app/kontingent/${year}`}>
            {t('budget.toFees')}
          </Link>
        </Alert>
      ) : null}
      {model.feeMissing.length ? (
        <Alert data-color="warning">{t('fees.missing', { names: model.feeMissing.join(', ') })}</Alert>
      ) : null}
      {section('income')}
      {section('expense')}
      <Paragraph>
        <strong>{t('budget.result')}:</strong> {format.money(totals.resultOre)}
      </Paragraph>

      {manage && draft ? (
        <section aria-labelledby="line-form">
          <Heading level={2} data-size="md" id="line-form">
            {editLine ? t('budget.editLine', { label: editLine.label }) : t('budget.addLine')}
          </Heading>
          <LineForm
            key={editLine?.id ?? 'new'}
            line={editLine}
            budgetId={budget.id}
            focusAreas={model.focusAreas}
            failure={failure?.values.intent?.endsWith('Line') ? failure : undefined}
          />
        </section>
      ) : null}

      {manage ? (
        <section aria-labelledby="decision">
          <Heading level={2} data-size="md" id="decision">
            {draft ? t('budget.adoptTitle') : t('budget.reviseTitle')}
          </Heading>
          <Form method="post" className="stack narrow" noValidate>
            <CsrfField />
            <input type="hidden" name="budgetId" value={budget.id} />
            <input type="hidden" name="version" value={budget.version} />
            <input type="hidden" name="intent" value={draft ? 'adopt' : 'revise'} />
            <FormErrors
              failure={
                failure?.values.intent === 'adopt' || failure?.values.intent === 'revise'
                  ? failure
                  : undefined
              }
              labels={{
                caseId: t('fees.case'),
                adoptedOn: t('budget.adoptedOn'),
                reason: t('budget.reason'),
              }}
            />
            {draft ? (
              <>
                <SelectField
                  name="caseId"
                  label={t('fees.case')}
                  options={[{ value: '', label: t('budget.chooseCase') }, ...cases]}
                  required
                  failure={failure}
                />
                <TextField
                  name="adoptedOn"
                  type="date"
                  label={t('budget.adoptedOn')}
                  description={t('fees.decidedOnHint')}
                  failure={failure}
                />
                <TextareaField name="note" label={t('fees.notes')} failure={failure} />
                <div>
                  <Button type="submit">{t('budget.adopt')}</Button>
                </div>
              </>
            ) : (
              <>
                <TextareaField name="reason" label={t('budget.reason')} required failure={failure} />
                <div>
                  <Button type="submit" variant="secondary">
                    {t('budget.revise')}
                  </Button>
                </div>
              </>
            )}
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="revisions">
        <Heading level={2} data-size="md" id="revisions">
          {t('budget.revisions')}
        </Heading>
        {revisions.length ? (
          <Table zebra data-size="sm">
            <caption className="visually-hidden">{t('budget.revisions')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('budget.revision')}</Table.HeaderCell>
                <Table.HeaderCell>{t('budget.adoptedOn')}</Table.HeaderCell>
                <Table.HeaderCell>{t('fees.case')}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{t('budget.kind.incomePlural')}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{t('budget.kind.expensePlural')}</Table.HeaderCell>
                <Table.HeaderCell>{t('fees.notes')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {revisions.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>
                    {r.number === 1
                      ? t('budget.original')
                      : t('budget.revisionNumber', { number: r.number - 1 })}
                  </Table.Cell>
                  <Table.Cell>{format.date(r.adoptedOn)}</Table.Cell>
                  <Table.Cell>
                    {r.case ? (
                      <Link className="ds-link" to={`/app/saker/${r.case.id}`}>
                        {t('fees.caseNumber', { number: r.case.number })}
                      </Link>
                    ) : (
                      '–'
                    )}
                  </Table.Cell>
                  <Table.Cell className="numeric">{format.money(r.totals.incomeOre)}</Table.Cell>
                  <Table.Cell className="numeric">{format.money(r.totals.expenseOre)}</Table.Cell>
                  <Table.Cell>{r.note}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Paragraph>{t('budget.noRevisions')}</Paragraph>
        )}
      </section>
    </>
  );
}
