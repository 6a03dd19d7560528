import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { publicProgrammes } from '../../../src/domain/programme/portal';
import { getOrganisationProfile } from '../../../src/domain/settings/queries';
import { PageHeader } from '../../components/page-header';
import { useFormat, useT } from '../../lib/i18n';
import { publicCtx } from '../../lib/portal.server';
import { portalTitle } from '../../lib/portal-meta';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/programmes';

/** The adopted action programmes by year, each with its annual report once it is published. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const ctx = publicCtx(context.ctx);
  return guard(request, ctx.locale, async () => {
    const [programmes, profile] = await Promise.all([publicProgrammes(ctx), getOrganisationProfile(ctx)]);
    return { programmes, name: profile.name };
  });
}

export function meta({ matches }: Route.MetaArgs) {
  return portalTitle(matches, (t) => t('portal.programme.title'));
}

export default function PortalProgrammes({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const { programmes, name } = loaderData;
  return (
    <>
      <PageHeader title={t('portal.programme.title')} lead={t('portal.programme.lead', { name })} />
      {programmes.length ? (
        <ul className="plain-list stack">
          {programmes.map((p) => (
            <li key={p.year}>
              <Heading level={2} data-size="sm">
                <Link to={`/handlingsprogram/${p.year}`} className="ds-link">
                  {p.title}
                </Link>
              </Heading>
              <Paragraph data-size="sm" className="muted">
                {p.adoptedOn ? t('portal.programme.adoptedOn', { date: p.adoptedOn }) : null}
                {p.adoptedOn ? ' · ' : null}
                {t('portal.programme.activities', { count: f.number(p.activities) })}
              </Paragraph>
              <Paragraph>
                {p.reportPublished ? (
                  <Link to={`/handlingsprogram/${p.year}/arsrapport`} className="ds-link">
                    {t('portal.programme.report', { year: p.year })}
                  </Link>
                ) : (
                  t('portal.programme.reportPending', { year: p.year })
                )}
              </Paragraph>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('portal.programme.none')}</Paragraph>
      )}
    </>
  );
}
