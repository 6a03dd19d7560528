import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Form, Link } from 'react-router';
import { listBodies } from '../../../src/domain/bodies/queries';
import { can } from '../../../src/domain/cases/permissions';
import { listCases } from '../../../src/domain/cases/queries';
import { SelectField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/cases';

const STATUSES = ['registered', 'in_progress', 'decided', 'closed', 'withdrawn'] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  const url = new URL(request.url);
  const year = param(url, 'ar');
  const filters = {
    bodyId: param(url, 'organ'),
    year: year && /^\d{4}$/.test(year) ? Number(year) : undefined,
    status: STATUSES.find((s) => s === param(url, 'status')),
    q: param(url, 'q'),
    cursor: param(url, 'side'),
  };
  return guard(request, ctx.locale, async () => {
    const [page, bodies] = await Promise.all([
      listCases(ctx, { ...filters, limit: 50 }),
      listBodies(ctx, { includeInactive: true }),
    ]);
    return {
      page,
      filters: { ...filters, year: year ?? '' },
      bodies: bodies.items.map((b) => ({ value: b.id, label: b.name })),
      canEdit: can(ctx.actor, 'cases.manage'),
    };
  });
}

export function meta() {
  return [{ title: 'Saker – Samråd' }];
}

export default function Cases({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { page, filters } = loaderData;
  return (
    <>
      <PageHeader title={t('cases.title')} lead={t('cases.lead')}>
        {loaderData.canEdit ? (
          <Button asChild>
            <Link to="/app/saker/ny">{t('cases.new')}</Link>
          </Button>
        ) : null}
      </PageHeader>
      <Form method="get" className="filter-bar">
        <TextField name="q" type="search" label={t('cases.search')} defaultValue={filters.q} />
        <SelectField
          name="organ"
          label={t('cases.body')}
          defaultValue={filters.bodyId ?? ''}
          options={[{ value: '', label: t('common.all') }, ...loaderData.bodies]}
        />
        <TextField name="ar" type="number" label={t('cases.year')} defaultValue={filters.year} />
        <SelectField
          name="status"
          label={t('cases.status')}
          defaultValue={filters.status ?? ''}
          options={[
            { value: '', label: t('common.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`cases.status.${s}`) })),
          ]}
        />
        <Button type="submit" variant="secondary">
          {t('common.show')}
        </Button>
      </Form>
      <Paragraph role="status">{t('common.count', { total: format.number(page.total) })}</Paragraph>
      {page.items.length === 0 ? (
        <Paragraph>{t('cases.empty')}</Paragraph>
      ) : (
        <Table zebra>
          <caption className="visually-hidden">{t('cases.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('cases.number')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.titleField')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.body')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.registeredOn')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.status')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {page.items.map((c) => (
              <Table.Row key={c.id}>
                <Table.Cell>{c.number}</Table.Cell>
                <Table.Cell>
                  <Link to={`/app/saker/${c.id}`} className="ds-link">
                    {c.title ?? t('meetings.exempt')}
                  </Link>{' '}
                  {c.access === 'exempt' ? (
                    <Tag data-color="warning" data-size="sm">
                      {c.legalBasis}
                    </Tag>
                  ) : null}
                </Table.Cell>
                <Table.Cell>{c.bodyName}</Table.Cell>
                <Table.Cell>{format.date(c.registeredOn)}</Table.Cell>
                <Table.Cell>{t(`cases.status.${c.status}`)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <Pager next={page.nextCursor} label={t('cases.title')} />
    </>
  );
}
