import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Form, Link } from 'react-router';
import { listUsers } from '../../../src/domain/accounts/queries';
import { TextField } from '../../components/form';
import { useFormat, useT } from '../../lib/i18n';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/users';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  const url = new URL(request.url);
  const q = url.searchParams.get('q') || undefined;
  const cursor = url.searchParams.get('side') || undefined;
  return guard(request, ctx.locale, async () => ({
    page: await listUsers(ctx, { q, cursor, limit: 50 }),
    q: q ?? '',
  }));
}

export function meta() {
  return [{ title: 'Brukere – Samråd' }];
}

export default function Users({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { page, q } = loaderData;
  return (
    <>
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {t('users.title')}
        </Heading>
        <Button asChild>
          <Link to="/admin/brukere/ny">{t('users.add')}</Link>
        </Button>
      </div>
      <Paragraph>{t('users.lead')}</Paragraph>
      <Form method="get" role="search" className="filter-bar">
        <TextField name="q" type="search" label={t('users.search')} defaultValue={q} />
        <Button type="submit" variant="secondary">
          {t('users.searchButton')}
        </Button>
      </Form>
      <Paragraph role="status">{t('users.count', { total: format.number(page.total) })}</Paragraph>
      {page.items.length === 0 ? (
        <Paragraph>{t('users.empty')}</Paragraph>
      ) : (
        <Table zebra>
          <caption className="visually-hidden">{t('users.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('users.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('users.email')}</Table.HeaderCell>
              <Table.HeaderCell>{t('users.role')}</Table.HeaderCell>
              <Table.HeaderCell>{t('users.status')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {page.items.map((user) => (
              <Table.Row key={user.id}>
                <Table.Cell>
                  <Link to={`/admin/brukere/${user.id}`} className="ds-link">
                    {user.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>{user.email}</Table.Cell>
                <Table.Cell>{t(`role.${user.role}`)}</Table.Cell>
                <Table.Cell>
                  <Tag data-color={user.active ? 'success' : 'neutral'}>
                    {user.active ? t('users.active') : t('users.inactive')}
                  </Tag>
                  {user.singleSignOn ? <span className="muted"> · {t('users.sso')}</span> : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {page.nextCursor ? (
        <nav aria-label={t('users.title')} className="pager">
          <Link
            to={`?${new URLSearchParams({ ...(q ? { q } : {}), side: page.nextCursor })}`}
            className="ds-link"
          >
            {t('users.next')}
          </Link>
        </nav>
      ) : null}
    </>
  );
}
