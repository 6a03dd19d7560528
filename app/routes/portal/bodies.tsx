import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { portalBodies } from '../../../src/domain/bodies/portal';
import { getOrganisationProfile } from '../../../src/domain/settings/queries';
import { PageHeader } from '../../components/page-header';
import { Period } from '../../components/period';
import { useFormat, useT } from '../../lib/i18n';
import { publicCtx } from '../../lib/portal.server';
import { portalTitle } from '../../lib/portal-meta';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/bodies';

/** The bodies of the alliance: those active today, then the former ones. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const ctx = publicCtx(context.ctx);
  return guard(request, ctx.locale, async () => {
    const [bodies, profile] = await Promise.all([portalBodies(ctx), getOrganisationProfile(ctx)]);
    return { ...bodies, name: profile.name };
  });
}

export function meta({ matches }: Route.MetaArgs) {
  return portalTitle(matches, (t) => t('portal.bodies.title'));
}

type Summary = Awaited<ReturnType<typeof loader>>['active'][number];

function BodyTable({ id, caption, bodies }: { id: string; caption: string; bodies: Summary[] }) {
  const t = useT();
  const f = useFormat();
  return (
    <section aria-labelledby={id}>
      <Heading level={2} data-size="md" id={id}>
        {caption}
      </Heading>
      <div className="table-scroll">
        <Table zebra>
          <caption className="visually-hidden">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('portal.col.body')}</Table.HeaderCell>
              <Table.HeaderCell>{t('portal.col.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('portal.col.period')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('portal.col.members')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {bodies.map((b) => (
              <Table.Row key={b.id}>
                <Table.Cell>
                  <Link to={`/organer/${b.id}`} className="ds-link">
                    {b.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>{t(`bodies.kind.${b.kind}`)}</Table.Cell>
                <Table.Cell>
                  <Period from={b.validFrom} to={b.validTo} />
                </Table.Cell>
                <Table.Cell className="numeric">{f.number(b.appointedToday)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}

export default function PortalBodies({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { active, former, name } = loaderData;
  return (
    <>
      <PageHeader title={t('portal.bodies.title')} lead={t('portal.bodies.lead', { name })} />
      {active.length + former.length === 0 ? <Paragraph>{t('portal.bodies.none')}</Paragraph> : null}
      {active.length ? (
        <BodyTable id="organer-i-dag" caption={t('portal.bodies.active')} bodies={active} />
      ) : null}
      {former.length ? (
        <BodyTable id="tidligere-organer" caption={t('portal.bodies.former')} bodies={former} />
      ) : null}
    </>
  );
}
