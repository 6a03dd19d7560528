import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { memberCounts } from '../../../src/domain/members/portal';
import { getOrganisationProfile } from '../../../src/domain/settings/queries';
import { PageHeader } from '../../components/page-header';
import { useFormat, useT } from '../../lib/i18n';
import { publicCtx } from '../../lib/portal.server';
import { portalTitle } from '../../lib/portal-meta';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/about';

/** Who the alliance is: its profile, what an intermunicipal political council is, and its open data. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const ctx = publicCtx(context.ctx);
  return guard(request, ctx.locale, async () => {
    const [profile, counts] = await Promise.all([getOrganisationProfile(ctx), memberCounts(ctx)]);
    return {
      name: profile.name,
      description:
        ctx.locale === 'en' && profile.descriptionEn ? profile.descriptionEn : profile.descriptionNb,
      contactEmail: profile.contactEmail ?? null,
      foundedOn: profile.foundedOn ?? null,
      counts,
    };
  });
}

export function meta({ data, matches }: Route.MetaArgs) {
  return portalTitle(matches, (t) => t('portal.about.title', { name: data?.name ?? '' }).trim());
}

export default function PortalAbout({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const { name, description, contactEmail, foundedOn, counts } = loaderData;
  return (
    <>
      <PageHeader title={t('portal.about.title', { name })} lead={description || t('home.noDescription')} />
      <section aria-labelledby="fakta">
        <Heading level={2} data-size="md" id="fakta">
          {t('portal.about.facts')}
        </Heading>
        <dl className="facts">
          {foundedOn ? (
            <>
              <dt>{t('portal.about.founded')}</dt>
              <dd>{f.date(foundedOn)}</dd>
            </>
          ) : null}
          <dt>{t('portal.about.members')}</dt>
          <dd>
            <Link to="/medlemmer" className="ds-link">
              {t('portal.about.membersValue', {
                total: f.number(counts.total),
                municipalities: f.number(counts.municipalities),
                counties: f.number(counts.counties),
              })}
            </Link>
          </dd>
          {contactEmail ? (
            <>
              <dt>{t('portal.about.contact')}</dt>
              <dd>
                <a href={`mailto:${contactEmail}`} className="ds-link">
                  {contactEmail}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="politisk-rad">
        <Heading level={2} data-size="md" id="politisk-rad">
          {t('portal.about.what')}
        </Heading>
        <Paragraph>{t('portal.about.whatBody')}</Paragraph>
      </section>
      <section aria-labelledby="les-mer">
        <Heading level={2} data-size="md" id="les-mer">
          {t('portal.about.more')}
        </Heading>
        <ul>
          <li>
            <Link to="/medlemmer" className="ds-link">
              {t('nav.members')}
            </Link>
          </li>
          <li>
            <Link to="/organer" className="ds-link">
              {t('nav.bodies')}
            </Link>
          </li>
          <li>
            <Link to="/handlingsprogram" className="ds-link">
              {t('portal.nav.programme')}
            </Link>
          </li>
          <li>
            <Link to="/vedtak" className="ds-link">
              {t('portal.nav.decisions')}
            </Link>
          </li>
          <li>
            <Link to="/tilgjengelighet" className="ds-link">
              {t('portal.footer.accessibility')}
            </Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="apne-data">
        <Heading level={2} data-size="md" id="apne-data">
          {t('portal.about.openData')}
        </Heading>
        <Paragraph>{t('portal.about.openDataLead')}</Paragraph>
        <ul>
          <li>
            <a href="/api/v1/openapi.json" className="ds-link">
              {t('portal.about.api')}
            </a>{' '}
            (<code>/api/v1/openapi.json</code>)
          </li>
          <li>
            <a href="/oparl/v1/system" className="ds-link">
              {t('portal.about.oparl')}
            </a>{' '}
            (<code>/oparl/v1/system</code>)
          </li>
          <li>
            <a href="/calendar.ics" className="ds-link">
              {t('portal.about.calendar')}
            </a>{' '}
            (<code>/calendar.ics</code>)
          </li>
        </ul>
      </section>
    </>
  );
}
