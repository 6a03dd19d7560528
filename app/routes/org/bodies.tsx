import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { listBodies } from '../../../src/domain/bodies/queries';
import { AsOfForm } from '../../components/as-of-form';
import { PageHeader } from '../../components/page-header';
import { Period } from '../../components/period';
import { useT } from '../../lib/i18n';
import { dateParam } from '../../lib/params';
import { useCanEdit } from '../../lib/role';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/bodies';

export async function loader({ request, context }: Route.LoaderArgs) {
  return guard(request, context.ctx.locale, () =>
    listBodies(context.ctx, { asOf: dateParam(new URL(request.url)) }),
  );
}

export function meta() {
  return [{ title: 'Organer – Samråd' }];
}

export default function Bodies({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const canEdit = useCanEdit();
  const { asOf, items } = loaderData;
  return (
    <>
      <PageHeader title={t('bodies.title')} lead={t('bodies.lead')}>
        <Button asChild variant="secondary">
          <Link to={`/app/organisasjonskart?dato=${asOf}`}>{t('nav.orgChart')}</Link>
        </Button>
        {canEdit ? (
          <Button asChild>
            <Link to="/app/organer/ny">{t('bodies.add')}</Link>
          </Button>
        ) : null}
      </PageHeader>
      <AsOfForm date={asOf} />
      {items.length ? (
        <Table zebra>
          <caption className="visually-hidden">{t('bodies.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('bodies.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('bodies.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('bodies.composition')}</Table.HeaderCell>
              <Table.HeaderCell>{t('bodies.active')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {items.map((b) => (
              <Table.Row key={b.id}>
                <Table.Cell>
                  <Link to={`/app/organer/${b.id}?dato=${asOf}`} className="ds-link">
                    {b.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>{t(`bodies.kind.${b.kind}`)}</Table.Cell>
                <Table.Cell>{t(`bodies.composition.${b.composition.type}`)}</Table.Cell>
                <Table.Cell>
                  <Period from={b.validFrom} to={b.validTo} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Paragraph>{t('bodies.empty')}</Paragraph>
      )}
    </>
  );
}
