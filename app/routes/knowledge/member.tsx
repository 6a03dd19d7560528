import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { Form, Link } from 'react-router';
import { listIndicators, memberSeries, populationIndicatorId } from '../../../src/domain/knowledge/queries';
import { NotFound } from '../../../src/kernel/errors';
import { SelectField } from '../../components/form';
import { LineChart } from '../../components/line-chart';
import { PageHeader } from '../../components/page-header';
import { SeriesTable } from '../../components/series-table';
import { TableDownloads } from '../../components/table-downloads';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/member';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const indicators = await listIndicators(ctx);
    const indicatorId =
      param(new URL(request.url), 'indikator') ?? (await populationIndicatorId(ctx)) ?? indicators[0]?.id;
    if (!indicatorId) throw new NotFound('indicator');
    const series = await memberSeries(ctx, indicatorId, params.id);
    return {
      ...series,
      indicators: indicators.map((i) => ({ id: i.id, label: `${i.label} (${i.tableCode})` })),
    };
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.member.name ?? 'Medlem'}: ${data?.indicator.label ?? 'statistikk'} – Samråd` }];
}

export default function KnowledgeMember({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { member, indicator, points, growth, indicators } = loaderData;
  const title = t('knowledge.memberTitle', {
    name: member.name,
    indicator: indicator.label.toLocaleLowerCase('nb'),
  });
  return (
    <>
      <PageHeader
        title={title}
        lead={t('knowledge.source', { source: indicator.source, table: indicator.tableLabel })}
      >
        <Link to={`/app/medlemmer/${member.id}`} className="ds-link">
          {t('knowledge.toMember', { name: member.name })}
        </Link>
      </PageHeader>
      {indicators.length > 1 ? (
        <Form method="get" className="filter-bar">
          <SelectField
            name="indikator"
            label={t('knowledge.indicator')}
            defaultValue={indicator.id}
            options={indicators.map((i) => ({ value: i.id, label: i.label }))}
          />
          <Button type="submit" variant="secondary">
            {t('common.show')}
          </Button>
        </Form>
      ) : null}
      {points.length === 0 ? (
        <Alert data-color="info">{t('knowledge.noValues', { name: member.name })}</Alert>
      ) : (
        <>
          {growth ? (
            <Paragraph>
              {t('knowledge.growth', {
                from: growth.fromYear,
                to: growth.toYear,
                change: `${growth.change > 0 ? '+' : ''}${format.number(growth.change)}`,
                percent: growth.percent === null ? '–' : format.percent(growth.percent),
              })}
            </Paragraph>
          ) : null}
          <figure className="chart-figure">
            <LineChart
              id="member-chart"
              points={points}
              title={title}
              description={t('knowledge.chartDescription', {
                from: points[0]!.year,
                to: points.at(-1)!.year,
                first: format.number(points[0]!.value),
                last: format.number(points.at(-1)!.value),
              })}
            />
          </figure>
          <SeriesTable points={points} caption={title} valueLabel={indicator.label} />
          <TableDownloads href={`/api/v1/statistics/indicators/${indicator.id}/members/${member.id}`} />
        </>
      )}
    </>
  );
}
