import { Table } from '@digdir/designsystemet-react';
import { isMessageKey } from '../../src/kernel/i18n';
import { useFormat, useT } from '../lib/i18n';

export interface AuditRow {
  id: string;
  at: string;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return null;
  return <pre className="audit-json">{JSON.stringify(value, null, 2)}</pre>;
}

/** Audit events as a table; before/after open on demand (details/summary works without JS). */
export function AuditTable({ rows, caption }: { rows: AuditRow[]; caption: string }) {
  const t = useT();
  const format = useFormat();
  return (
    <Table zebra className="audit-table">
      <caption className="visually-hidden">{caption}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('audit.at')}</Table.HeaderCell>
          <Table.HeaderCell>{t('audit.actor')}</Table.HeaderCell>
          <Table.HeaderCell>{t('audit.action')}</Table.HeaderCell>
          <Table.HeaderCell>{t('audit.details')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => {
          const key = `audit.action.${row.action}`;
          return (
            <Table.Row key={row.id}>
              <Table.Cell>
                <time dateTime={row.at}>{format.dateTime(row.at)}</time>
              </Table.Cell>
              <Table.Cell>{row.actorLabel}</Table.Cell>
              <Table.Cell>
                {isMessageKey(key) ? t(key) : row.action}
                <br />
                <code className="audit-code">{row.action}</code>
              </Table.Cell>
              <Table.Cell>
                {row.before !== null || row.after !== null ? (
                  <details>
                    <summary>
                      {row.entityType}
                      {row.entityId ? ` ${row.entityId.slice(0, 8)}…` : ''}
                    </summary>
                    {row.before !== null ? (
                      <>
                        <p className="audit-label">{t('audit.before')}</p>
                        <Json value={row.before} />
                      </>
                    ) : null}
                    {row.after !== null ? (
                      <>
                        <p className="audit-label">{t('audit.after')}</p>
                        <Json value={row.after} />
                      </>
                    ) : null}
                  </details>
                ) : (
                  row.entityType
                )}
              </Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table>
  );
}
