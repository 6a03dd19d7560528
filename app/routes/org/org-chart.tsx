import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { orgChart } from '../../../src/domain/bodies/queries';
import { getOrganisationProfile } from '../../../src/domain/settings/queries';
import { AsOfForm } from '../../components/as-of-form';
import { OrgChartSvg } from '../../components/org-chart';
import { PageHeader } from '../../components/page-header';
import { useFormat, useT } from '../../lib/i18n';
import { dateParam } from '../../lib/params';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/org-chart';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const [chart, profile] = await Promise.all([
      orgChart(ctx, dateParam(new URL(request.url))),
      getOrganisationProfile(ctx),
    ]);
    return { ...chart, organisation: profile.name };
  });
}

export function meta() {
  return [{ title: 'Organisasjonskart – Samråd' }];
}

export default function OrgChart({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { asOf, bodies, delegations, layout, organisation } = loaderData;
  return (
    <>
      <PageHeader title={t('chart.title')} lead={t('chart.lead', { date: asOf })} />
      <AsOfForm date={asOf} />
      <OrgChartSvg
        layout={layout}
        title={t('chart.svgTitle', { name: organisation, date: format.date(asOf) })}
        hrefOf={(id) => `/app/organer/${id}?dato=${asOf}`}
      />
      <section aria-labelledby="chart-text">
        <Heading level={2} data-size="md" id="chart-text">
          {t('chart.textAlternative')}
        </Heading>
        <BodyTree bodies={bodies} parent={null} asOf={asOf} />
        {delegations.length ? (
          <>
            <Heading level={3} data-size="sm">
              {t('bodies.delegations')}
            </Heading>
            <ul>
              {delegations.map((d) => (
                <li key={d.id}>
                  {t('chart.delegation', { from: d.fromBodyName, to: d.toBodyName, scope: d.scope })}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <Paragraph>{t('bodies.noDelegations')}</Paragraph>
        )}
      </section>
    </>
  );
}

type ChartBodies = Route.ComponentProps['loaderData']['bodies'];

/** The text alternative of the chart: who appoints whom as nested lists. */
function BodyTree({ bodies, parent, asOf }: { bodies: ChartBodies; parent: string | null; asOf: string }) {
  const t = useT();
  const children = bodies.filter((b) => b.appointedById === parent);
  if (!children.length) return null;
  return (
    <ul>
      {children.map((b) => (
        <li key={b.id}>
          <Link to={`/app/organer/${b.id}?dato=${asOf}`} className="ds-link">
            {b.name}
          </Link>{' '}
          ({t(`bodies.kind.${b.kind}`)})
          <BodyTree bodies={bodies} parent={b.id} asOf={asOf} />
        </li>
      ))}
    </ul>
  );
}
