import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { listCounties, listMembers, listSubregions } from '../../../src/domain/members/queries';
import { AsOfForm } from '../../components/as-of-form';
import { SelectField, TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { useFormat, useT } from '../../lib/i18n';
import { dateParam, param } from '../../lib/params';
import { useCanEdit } from '../../lib/role';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/members';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  const url = new URL(request.url);
  const filters = {
    asOf: dateParam(url),
    q: param(url, 'q'),
    kind: param(url, 'type') as 'municipality' | 'county' | 'other' | undefined,
    countyId: param(url, 'fylke'),
    subregionId: param(url, 'delregion'),
    cursor: param(url, 'side'),
  };
  return guard(request, ctx.locale, async () => {
    const page = await listMembers(ctx, { ...filters, limit: 100 });
    const [counties, subregions] = await Promise.all([
      listCounties(ctx, page.asOf),
      listSubregions(ctx, page.asOf),
    ]);
    return { page, counties, subregions: subregions.items, filters };
  });
}

export function meta() {
  return [{ title: 'Medlemmer – Samråd' }];
}

export default function Members({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const canEdit = useCanEdit();
  const { page, counties, subregions, filters } = loaderData;
  const exportHref = (format: 'csv' | 'xlsx') => `/api/v1/members/export?asOf=${page.asOf}&format=${format}`;
  return (
    <>
      <PageHeader title={t('members.title')} lead={t('members.lead')}>
        {canEdit ? (
          <>
            <Button asChild>
              <Link to="/app/medlemmer/ny">{t('members.add')}</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link to="/app/medlemmer/import">{t('members.import')}</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link to="/app/medlemmer/sammenslaing">{t('members.merge')}</Link>
            </Button>
          </>
        ) : null}
      </PageHeader>
      <AsOfForm date={page.asOf}>
        <TextField name="q" type="search" label={t('common.search')} defaultValue={filters.q} />
        <SelectField
          name="type"
          label={t('members.kind')}
          defaultValue={filters.kind ?? ''}
          options={[
            { value: '', label: t('common.all') },
            ...(['municipality', 'county', 'other'] as const).map((k) => ({
              value: k,
              label: t(`members.kind.${k}`),
            })),
          ]}
        />
        <SelectField
          name="fylke"
          label={t('members.county')}
          defaultValue={filters.countyId ?? ''}
          options={[
            { value: '', label: t('common.all') },
            ...counties.map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
        <SelectField
          name="delregion"
          label={t('members.subregion')}
          defaultValue={filters.subregionId ?? ''}
          options={[
            { value: '', label: t('common.all') },
            ...subregions.map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
      </AsOfForm>
      <Paragraph role="status">
        {t('common.count', { total: format.number(page.total) })} ·{' '}
        <a className="ds-link" href={exportHref('xlsx')}>
          {t('common.downloadXlsx')}
        </a>{' '}
        ·{' '}
        <a className="ds-link" href={exportHref('csv')}>
          {t('common.downloadCsv')}
        </a>
      </Paragraph>
      {page.items.length === 0 ? (
        <Paragraph>{t('members.empty')}</Paragraph>
      ) : (
        <Table zebra>
          <caption className="visually-hidden">
            {t('members.title')} {format.date(page.asOf)}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('members.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('members.number')}</Table.HeaderCell>
              <Table.HeaderCell>{t('members.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('members.county')}</Table.HeaderCell>
              <Table.HeaderCell>{t('members.subregion')}</Table.HeaderCell>
              <Table.HeaderCell>{t('members.joinedOn')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {page.items.map((m) => (
              <Table.Row key={m.id}>
                <Table.Cell>
                  <Link to={`/app/medlemmer/${m.id}?dato=${page.asOf}`} className="ds-link">
                    {m.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>{m.number ?? '—'}</Table.Cell>
                <Table.Cell>{t(`members.kind.${m.kind}`)}</Table.Cell>
                <Table.Cell>{m.county?.name ?? '—'}</Table.Cell>
                <Table.Cell>{m.subregion?.name ?? '—'}</Table.Cell>
                <Table.Cell>{format.date(m.joinedOn)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <Pager next={page.nextCursor} label={t('members.title')} />
    </>
  );
}
