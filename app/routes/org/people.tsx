import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link } from 'react-router';
import { listPeople } from '../../../src/domain/people/queries';
import { TextField } from '../../components/form';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { PrivacyNote } from '../../components/privacy-note';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { useCanEdit } from '../../lib/role';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/people';

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const q = param(url, 'q');
  return guard(request, context.ctx.locale, async () => ({
    page: await listPeople(context.ctx, { q, cursor: param(url, 'side'), limit: 100 }),
    q: q ?? '',
  }));
}

export function meta() {
  return [{ title: 'Personer – Samråd' }];
}

export default function People({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const canEdit = useCanEdit();
  const { page, q } = loaderData;
  return (
    <>
      <PageHeader title={t('people.title')} lead={t('people.lead')}>
        {canEdit ? (
          <>
            <Button asChild>
              <Link to="/app/personer/ny">{t('people.add')}</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link to="/app/personer/import">{t('people.import')}</Link>
            </Button>
          </>
        ) : null}
      </PageHeader>
      <PrivacyNote />
      <Form method="get" role="search" className="filter-bar">
        <TextField name="q" type="search" label={t('common.search')} defaultValue={q} />
        <Button type="submit" variant="secondary">
          {t('common.search')}
        </Button>
      </Form>
      <Paragraph role="status">
        {t('common.count', { total: format.number(page.total) })} ·{' '}
        <a className="ds-link" href="/api/v1/people/export?format=xlsx">
          {t('common.downloadXlsx')}
        </a>{' '}
        ·{' '}
        <a className="ds-link" href="/api/v1/people/export?format=csv">
          {t('common.downloadCsv')}
        </a>
      </Paragraph>
      {page.items.length === 0 ? (
        <Paragraph>{t('people.empty')}</Paragraph>
      ) : (
        <Table zebra>
          <caption className="visually-hidden">{t('people.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('people.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('people.title_')}</Table.HeaderCell>
              <Table.HeaderCell>{t('people.organisation')}</Table.HeaderCell>
              <Table.HeaderCell>{t('people.email')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {page.items.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>
                  <Link to={`/app/personer/${p.id}`} className="ds-link">
                    {p.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>{p.title}</Table.Cell>
                <Table.Cell>{p.organisation}</Table.Cell>
                <Table.Cell>{p.email ?? '—'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <Pager next={page.nextCursor} label={t('people.title')} />
    </>
  );
}
