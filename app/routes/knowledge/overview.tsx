import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, Link } from 'react-router';
import {
  areaSeries,
  listIndicators,
  listStatisticsImports,
  populationIndicatorId,
} from '../../../src/domain/knowledge/queries';
import { listSubregions } from '../../../src/domain/members/queries';
import { SelectField, TextField } from '../../components/form';
import { LineChart } from '../../components/line-chart';
import { PageHeader } from '../../components/page-header';
import { SeriesTable } from '../../components/series-table';
import { TableDownloads } from '../../components/table-downloads';
import { useFormat, useT } from '../../lib/i18n';
import { dateParam, param } from '../../lib/params';
import { useCanEdit } from '../../lib/role';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/overview';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = context;
  const url = new URL(request.url);
  return guard(request, ctx.locale, async () => {
    const [indicators, imports] = await Promise.all([listIndicators(ctx), listStatisticsImports(ctx, 10)]);
    const indicatorId = param(url, 'indikator') ?? (await populationIndicatorId(ctx)) ?? indicators[0]?.id;
    const asOf = dateParam(url);
    const area = indicatorId
      ? await areaSeries(ctx, indicatorId, { asOf, subregionId: param(url, 'delregion') })
      : null;
    const subregions = (await listSubregions(ctx, area?.asOf)).items.map((s) => ({ id: s.id, name: s.name }));
    return {
      area,
      subregions,
      indicators: indicators.map((i) => ({ id: i.id, label: `${i.label} (${i.tableCode})` })),
      imports: imports.map((i) => ({
        id: i.id,
        fileName: i.fileName,
        tableCode: i.tableCode,
        importedAt: i.importedAt.toISOString(),
        observations: i.observations,
        skipped: i.skippedRegions.length,
      })),
    };
  });
}

export function meta() {
  return [{ title: 'Kunnskap om regionen – Samråd' }];
}

export default function Knowledge({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const canEdit = useCanEdit();
  const { area, subregions, indicators, imports } = loaderData;
  const place = area?.subregion?.name ?? t('knowledge.wholeRegion');
  const title = area ? t('knowledge.areaTitle', { indicator: area.indicator.label, place }) : '';
  return (
    <>
      <PageHeader title={t('knowledge.title')} lead={t('knowledge.lead')}>
        {canEdit ? (
          <Link to="/app/kunnskap/import" className="ds-link">
            {t('knowledge.importLink')}
          </Link>
        ) : null}
      </PageHeader>
      {!area ? (
        <Alert data-color="info">{t('knowledge.empty')}</Alert>
      ) : (
        <>
          <Form method="get" className="filter-bar">
            <SelectField
              name="indikator"
              label={t('knowledge.indicator')}
              defaultValue={area.indicator.id}
              options={indicators.map((i) => ({ value: i.id, label: i.label }))}
            />
            <SelectField
              name="delregion"
              label={t('knowledge.area')}
              defaultValue={area.subregion?.id ?? ''}
              options={[
                { value: '', label: t('knowledge.wholeRegion') },
                ...subregions.map((s) => ({ value: s.id, label: s.name })),
              ]}
            />
            <TextField name="dato" type="date" label={t('knowledge.membersOn')} defaultValue={area.asOf} />
            <Button type="submit" variant="secondary">
              {t('common.show')}
            </Button>
          </Form>
          <Heading level={2} data-size="md">
            {title}
          </Heading>
          <Paragraph data-size="sm">
            {t('knowledge.areaNote', { count: area.counted, date: format.date(area.asOf) })}
            {area.missing.length ? ` ${t('knowledge.missing', { names: area.missing.join(', ') })}` : ''}
          </Paragraph>
          {area.points.length ? (
            <>
              {area.growth ? (
                <Paragraph>
                  {t('knowledge.growth', {
                    from: area.growth.fromYear,
                    to: area.growth.toYear,
                    change: `${area.growth.change > 0 ? '+' : ''}${format.number(area.growth.change)}`,
                    percent: area.growth.percent === null ? '–' : format.percent(area.growth.percent),
                  })}
                </Paragraph>
              ) : null}
              <figure className="chart-figure">
                <LineChart
                  id="area-chart"
                  points={area.points}
                  title={title}
                  description={t('knowledge.chartDescription', {
                    from: area.points[0]!.year,
                    to: area.points.at(-1)!.year,
                    first: format.number(area.points[0]!.value),
                    last: format.number(area.points.at(-1)!.value),
                  })}
                />
              </figure>
              <SeriesTable points={area.points} caption={title} valueLabel={area.indicator.label} />
            </>
          ) : (
            <Alert data-color="info">{t('knowledge.noAreaValues')}</Alert>
          )}
          <Heading level={2} data-size="md" id="ranking">
            {t('knowledge.ranking')}
          </Heading>
          <div className="table-scroll">
            <Table zebra data-size="sm">
              <caption className="visually-hidden">{t('knowledge.ranking')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell className="numeric">{t('knowledge.column.rank')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('fees.column.member')}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{area.indicator.label}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t('knowledge.column.growth')}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">
                    {t('knowledge.column.growthPercent')}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {area.members.map((m) => (
                  <Table.Row key={m.member.id}>
                    <Table.Cell className="numeric">{m.rank ?? '–'}</Table.Cell>
                    <Table.Cell>
                      <Link
                        className="ds-link"
                        to={`/app/kunnskap/medlem/${m.member.id}?indikator=${area.indicator.id}`}
                      >
                        {m.member.name}
                      </Link>
                    </Table.Cell>
                    <Table.Cell className="numeric">
                      {m.latest === null ? '–' : format.number(m.latest)}
                    </Table.Cell>
                    <Table.Cell className="numeric">
                      {m.growth ? format.number(m.growth.change) : '–'}
                    </Table.Cell>
                    <Table.Cell className="numeric">
                      {m.growth?.percent == null ? '–' : format.percent(m.growth.percent)}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <TableDownloads
            href={`/api/v1/statistics/indicators/${area.indicator.id}/area?asOf=${area.asOf}${area.subregion ? `&subregionId=${area.subregion.id}` : ''}`}
          />
        </>
      )}
      {imports.length ? (
        <>
          <Heading level={2} data-size="md">
            {t('knowledge.imports')}
          </Heading>
          <ul>
            {imports.map((i) => (
              <li key={i.id}>
                {t('knowledge.importLine', {
                  file: i.fileName,
                  table: i.tableCode,
                  count: i.observations,
                  skipped: i.skipped,
                  date: format.dateTime(i.importedAt),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
