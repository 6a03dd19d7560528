import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link, redirect } from 'react-router';
import { listFeeDecisions } from '../../../src/domain/fees/queries';
import { todayInOslo } from '../../../src/kernel/dates';
import { rateText } from '../../../src/kernel/money';
import { TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { useFormat, useLocale, useT } from '../../lib/i18n';
import { useCanEdit } from '../../lib/role';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/fees';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  const year = new URL(request.url).searchParams.get('ar');
  if (year && /^\d{4}$/.test(year)) throw redirect(`/app/kontingent/${year}`);
  return guard(request, ctx.locale, async () => ({
    decisions: await listFeeDecisions(ctx),
    nextYear: Number(todayInOslo(ctx.now).slice(0, 4)) + 1,
  }));
}

export function meta() {
  return [{ title: 'Kontingent – Samråd' }];
}

export default function Fees({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const canEdit = useCanEdit();
  const { decisions, nextYear } = loaderData;
  return (
    <>
      <PageHeader title={t('fees.title')} lead={t('fees.lead')} />
      {decisions.length ? (
        <Table zebra>
          <caption className="visually-hidden">{t('fees.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('fees.year')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('fees.rate')}</Table.HeaderCell>
              <Table.HeaderCell>{t('fees.referenceDate')}</Table.HeaderCell>
              <Table.HeaderCell>{t('fees.case')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {decisions.map((d) => (
              <Table.Row key={d.year}>
                <Table.Cell>
                  <Link className="ds-link" to={`/app/kontingent/${d.year}`}>
                    {t('fees.yearLink', { year: d.year })}
                  </Link>
                </Table.Cell>
                <Table.Cell className="numeric">
                  {t('fees.ratePerInhabitant', { rate: rateText(d.rate, locale) })}
                </Table.Cell>
                <Table.Cell>{format.date(d.referenceDate)}</Table.Cell>
                <Table.Cell>
                  {d.case ? (
                    <Link className="ds-link" to={`/app/saker/${d.case.id}`}>
                      {t('fees.caseNumber', { number: d.case.number })}
                    </Link>
                  ) : (
                    t('fees.proposal')
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Paragraph>{t('fees.none')}</Paragraph>
      )}
      {canEdit ? (
        <>
          <Heading level={2} data-size="md">
            {t('fees.newTitle')}
          </Heading>
          <Form method="get" className="filter-bar">
            <TextField
              name="ar"
              type="number"
              label={t('fees.year')}
              defaultValue={String(nextYear)}
              required
            />
            <Button type="submit" variant="secondary">
              {t('fees.open')}
            </Button>
          </Form>
        </>
      ) : null}
    </>
  );
}
