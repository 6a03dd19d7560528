import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { PortalAppointment } from '../../../src/domain/bodies/portal';
import { portalPerson } from '../../../src/domain/people/portal';
import { getOrganisationProfile } from '../../../src/domain/settings/queries';
import { PageHeader } from '../../components/page-header';
import { Period } from '../../components/period';
import { useT } from '../../lib/i18n';
import { publicCtx } from '../../lib/portal.server';
import { portalTitle } from '../../lib/portal-meta';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/person';

/** Someone who holds or held a public appointment: their name and roles, nothing more. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const ctx = publicCtx(context.ctx);
  return guard(request, ctx.locale, async () => {
    const [model, profile] = await Promise.all([portalPerson(ctx, params.id), getOrganisationProfile(ctx)]);
    return { ...model, organisation: profile.name };
  });
}

export function meta({ data, matches }: Route.MetaArgs) {
  return portalTitle(matches, (t) => data?.person.name ?? t('portal.col.person'));
}

function Roles({ id, caption, items }: { id: string; caption: string; items: PortalAppointment[] }) {
  const t = useT();
  return (
    <div className="table-scroll">
      <Table zebra id={id}>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('portal.col.body')}</Table.HeaderCell>
            <Table.HeaderCell>{t('portal.col.role')}</Table.HeaderCell>
            <Table.HeaderCell>{t('portal.col.onBehalf')}</Table.HeaderCell>
            <Table.HeaderCell>{t('portal.col.period')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((a) => (
            <Table.Row key={a.id}>
              <Table.Cell>
                <Link to={`/organer/${a.body.id}`} className="ds-link">
                  {a.body.name}
                </Link>
              </Table.Cell>
              <Table.Cell>{t(`bodies.role.${a.role}`)}</Table.Cell>
              <Table.Cell>
                {a.onBehalf?.kind === 'member' ? (
                  <Link to={`/medlemmer/${a.onBehalf.id}`} className="ds-link">
                    {a.onBehalf.name}
                  </Link>
                ) : (
                  (a.onBehalf?.name ?? '—')
                )}
              </Table.Cell>
              <Table.Cell>
                <Period from={a.validFrom} to={a.validTo} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

export default function PortalPerson({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { person, current, past, today, organisation } = loaderData;
  return (
    <>
      <PageHeader title={person.name} lead={t('portal.person.lead', { name: organisation })} />
      <section aria-labelledby="verv-na">
        <Heading level={2} data-size="md" id="verv-na">
          {t('portal.person.current')}
        </Heading>
        {current.length ? (
          <Roles id="verv-na-tabell" caption={t('portal.person.current')} items={current} />
        ) : (
          <Paragraph>{t('portal.person.noCurrent', { date: today })}</Paragraph>
        )}
      </section>
      <section aria-labelledby="tidligere-verv">
        <Heading level={2} data-size="md" id="tidligere-verv">
          {t('portal.person.past')}
        </Heading>
        {past.length ? (
          <Roles id="tidligere-verv-tabell" caption={t('portal.person.past')} items={past} />
        ) : (
          <Paragraph>{t('portal.person.noPast')}</Paragraph>
        )}
      </section>
    </>
  );
}
