import { Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { portalMembers } from '../../../src/domain/members/portal';
import { getOrganisationProfile } from '../../../src/domain/settings/queries';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { publicCtx } from '../../lib/portal.server';
import { portalTitle } from '../../lib/portal-meta';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/members';

/** The member municipalities and county municipalities today, in Norwegian order. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const ctx = publicCtx(context.ctx);
  const url = new URL(request.url);
  return guard(request, ctx.locale, async () => {
    const [page, profile] = await Promise.all([
      portalMembers(ctx, { limit: 100, cursor: param(url, 'side') }),
      getOrganisationProfile(ctx),
    ]);
    return { page, name: profile.name };
  });
}

export function meta({ matches }: Route.MetaArgs) {
  return portalTitle(matches, (t) => t('portal.members.title'));
}

export default function PortalMembers({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const { page, name } = loaderData;
  return (
    <>
      <PageHeader
        title={t('portal.members.title')}
        lead={t('portal.members.lead', {
          name,
          date: page.asOf,
          total: f.number(page.counts.total),
          municipalities: f.number(page.counts.municipalities),
          counties: f.number(page.counts.counties),
        })}
      />
      {page.items.length ? (
        <div className="table-scroll">
          <Table zebra>
            <caption className="visually-hidden">{t('portal.members.caption', { date: page.asOf })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('portal.members.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('portal.col.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('portal.members.subregion')}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{t('portal.members.population')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {page.items.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>
                    <Link to={`/medlemmer/${m.id}`} className="ds-link">
                      {m.name}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{t(`members.kind.${m.kind}`)}</Table.Cell>
                  <Table.Cell>{m.subregion?.name ?? '—'}</Table.Cell>
                  <Table.Cell className="numeric">
                    {m.population
                      ? t('portal.members.populationYear', {
                          value: f.number(m.population.value),
                          year: m.population.year,
                        })
                      : '—'}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : (
        <Paragraph>{t('portal.members.none')}</Paragraph>
      )}
      <Pager next={page.nextCursor} label={t('portal.members.pages')} />
    </>
  );
}
