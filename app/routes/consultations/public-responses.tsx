import { Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { publicResponses } from '../../../src/domain/consultations/queries';
import { PageHeader } from '../../components/page-header';
import { useFormat, useT } from '../../lib/i18n';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/public-responses';

/** The portal's consultation responses: the answered consultations, newest answer first, as the public sees them. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => ({
    responses: await publicResponses({ ...ctx, actor: { kind: 'anonymous' } }),
  }));
}

export function meta() {
  return [{ title: 'Høringssvar' }];
}

export default function PublicResponses({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { responses } = loaderData;
  return (
    <>
      <PageHeader title={t('consultations.publicTitle')} lead={t('consultations.publicLead')} />
      {responses.length ? (
        <Table zebra>
          <caption className="visually-hidden">{t('consultations.publicTitle')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('consultations.consultation')}</Table.HeaderCell>
              <Table.HeaderCell>{t('consultations.authority')}</Table.HeaderCell>
              <Table.HeaderCell>{t('consultations.deadline')}</Table.HeaderCell>
              <Table.HeaderCell>{t('consultations.submittedOn')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {responses.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>
                  <Link className="ds-link" to={`/horinger/${r.id}`}>
                    {r.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{r.authority}</Table.Cell>
                <Table.Cell>{format.date(r.deadline)}</Table.Cell>
                <Table.Cell>{r.submittedOn ? format.date(r.submittedOn) : '–'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Paragraph>{t('consultations.publicNone')}</Paragraph>
      )}
    </>
  );
}
