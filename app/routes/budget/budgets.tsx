import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { createBudget } from '../../../src/domain/budget/create-budget';
import { listBudgets } from '../../../src/domain/budget/queries';
import { todayInOslo } from '../../../src/kernel/dates';
import { CsrfField, FormErrors, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import type { FormFailure } from '../../lib/form-failure';
import { useT } from '../../lib/i18n';
import { useCanEdit } from '../../lib/role';
import { formAction, formInput, guard } from '../../lib/route.server';
import type { Route } from './+types/budgets';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => ({
    budgets: (await listBudgets(ctx)).map((b) => ({ year: b.year, status: b.status })),
    nextYear: Number(todayInOslo(ctx.now).slice(0, 4)) + 1,
  }));
}

export async function action({ request, context }: Route.ActionArgs) {
  const { fields } = await formInput(request);
  return formAction(request, context.ctx.locale, fields, async () => {
    const budget = await createBudget({ ctx: context.ctx, input: { year: fields.year as never } });
    context.flash.set('common.saved');
    throw redirect(`/app/budsjett/${budget.year}`);
  });
}

export function meta() {
  return [{ title: 'Budsjett og regnskap – Samråd' }];
}

export default function Budgets({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const canEdit = useCanEdit();
  const failure = actionData as FormFailure | undefined;
  return (
    <>
      <PageHeader title={t('budget.title')} lead={t('budget.lead')} />
      {loaderData.budgets.length ? (
        <Table zebra>
          <caption className="visually-hidden">{t('budget.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('fees.year')}</Table.HeaderCell>
              <Table.HeaderCell>{t('budget.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('budget.accounts')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {loaderData.budgets.map((b) => (
              <Table.Row key={b.year}>
                <Table.Cell>
                  <Link className="ds-link" to={`/app/budsjett/${b.year}`}>
                    {t('budget.yearLink', { year: b.year })}
                  </Link>
                </Table.Cell>
                <Table.Cell>{t(`budget.status.${b.status}`)}</Table.Cell>
                <Table.Cell>
                  <Link className="ds-link" to={`/app/budsjett/${b.year}/regnskap`}>
                    {t('budget.comparisonLink', { year: b.year })}
                  </Link>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Paragraph>{t('budget.none')}</Paragraph>
      )}
      {canEdit ? (
        <>
          <Heading level={2} data-size="md">
            {t('budget.newTitle')}
          </Heading>
          <Form method="post" className="filter-bar" noValidate>
            <CsrfField />
            <FormErrors failure={failure} labels={{ year: t('fees.year') }} />
            <TextField
              name="year"
              type="number"
              label={t('fees.year')}
              defaultValue={String(loaderData.nextYear)}
              required
              failure={failure}
            />
            <Button type="submit">{t('budget.create')}</Button>
          </Form>
        </>
      ) : null}
    </>
  );
}
