import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { Point } from '../../src/domain/knowledge/series';
import { useFormat, useT } from '../lib/i18n';

/** A yearly series as a table, with the change from the year before: the chart's text alternative. */
export function SeriesTable({
  points,
  caption,
  valueLabel,
}: {
  points: Point[];
  caption: string;
  valueLabel: string;
}) {
  const t = useT();
  const format = useFormat();
  const derived = points.some((p) => p.derived);
  return (
    <>
      <div className="table-scroll">
        <Table zebra data-size="sm" className="narrow-table">
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('knowledge.column.year')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{valueLabel}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('knowledge.column.change')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('knowledge.column.changePercent')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {[...points].reverse().map((p) => {
              const previous = points.find((q) => q.year === p.year - 1);
              const change = previous ? p.value - previous.value : null;
              return (
                <Table.Row key={p.year}>
                  <Table.Cell>{p.year}</Table.Cell>
                  <Table.Cell className="numeric">
                    {format.number(p.value)}
                    {p.derived ? ' *' : ''}
                  </Table.Cell>
                  <Table.Cell className="numeric">
                    {change === null ? '' : `${change > 0 ? '+' : ''}${format.number(change)}`}
                  </Table.Cell>
                  <Table.Cell className="numeric">
                    {change !== null && previous?.value
                      ? format.percent((change / previous.value) * 100)
                      : ''}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
      {derived ? <Paragraph data-size="sm">{t('knowledge.derivedNote')}</Paragraph> : null}
    </>
  );
}
