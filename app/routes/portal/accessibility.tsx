import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getOrganisationProfile } from '../../../src/domain/settings/queries';
import { PageHeader } from '../../components/page-header';
import { useFormat, useT } from '../../lib/i18n';
import { publicCtx } from '../../lib/portal.server';
import { portalTitle } from '../../lib/portal-meta';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/accessibility';

/** The day this statement was written; change it when the statement is reviewed. */
const STATEMENT_DATE = '2026-12-02';
/** Uu-tilsynet, the Authority for Universal Design of ICT, where users report failures. */
const UU_TILSYNET = 'https://www.uutilsynet.no/';

/**
 * The accessibility statement (tilgjengelighetserklæring) in the parts of Digdir's model: the
 * requirement, the status and how it is known, the known deviations, feedback, complaints, and
 * the date. The contact address is the organisation's, from the settings.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const ctx = publicCtx(context.ctx);
  return guard(request, ctx.locale, async () => {
    const profile = await getOrganisationProfile(ctx);
    return { name: profile.name, contactEmail: profile.contactEmail ?? null, dated: STATEMENT_DATE };
  });
}

export function meta({ matches }: Route.MetaArgs) {
  return portalTitle(matches, (t) => t('portal.a11y.title'));
}

export default function AccessibilityStatement({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const { name, contactEmail, dated } = loaderData;
  const section = (id: string, heading: string, children: React.ReactNode) => (
    <section aria-labelledby={id}>
      <Heading level={2} data-size="md" id={id}>
        {heading}
      </Heading>
      {children}
    </section>
  );
  return (
    <>
      <PageHeader title={t('portal.a11y.title')} lead={t('portal.a11y.lead', { name })} />
      {section(
        'krav',
        t('portal.a11y.requirement'),
        <Paragraph>{t('portal.a11y.requirementBody')}</Paragraph>,
      )}
      {section(
        'status',
        t('portal.a11y.status'),
        <>
          <Paragraph>{t('portal.a11y.statusBody')}</Paragraph>
          <Paragraph>{t('portal.a11y.manual')}</Paragraph>
        </>,
      )}
      {section(
        'avvik',
        t('portal.a11y.deviations'),
        <ul>
          <li>{t('portal.a11y.deviationsNone')}</li>
          <li>{t('portal.a11y.deviationsAttachments')}</li>
        </ul>,
      )}
      {section(
        'tilbakemelding',
        t('portal.a11y.feedback'),
        <>
          <Paragraph>{t('portal.a11y.feedbackBody')}</Paragraph>
          <Paragraph>
            {contactEmail ? (
              <>
                {t('portal.a11y.feedbackEmail')}{' '}
                <a href={`mailto:${contactEmail}`} className="ds-link">
                  {contactEmail}
                </a>
              </>
            ) : (
              t('portal.a11y.feedbackNoEmail', { name })
            )}
          </Paragraph>
        </>,
      )}
      {section(
        'klage',
        t('portal.a11y.complaint'),
        <>
          <Paragraph>{t('portal.a11y.complaintBody')}</Paragraph>
          <Paragraph>
            <a href={UU_TILSYNET} className="ds-link">
              {t('portal.a11y.complaintLink')}
            </a>
          </Paragraph>
        </>,
      )}
      {section(
        'om-erklaeringen',
        t('portal.a11y.about'),
        <Paragraph>{t('portal.a11y.dated', { date: f.date(dated) })}</Paragraph>,
      )}
    </>
  );
}
