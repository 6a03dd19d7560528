import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { AgendaItemForPage } from '../lib/agenda.server';
import { useFormat, useT } from '../lib/i18n';
import { Prose } from './prose';

/** "Sak 39/19 Konsekvenser av ny kommunelov", or the exempt label when the title is withheld. */
export function useItemTitle() {
  const t = useT();
  return (item: Pick<AgendaItemForPage, 'caseNumber' | 'title' | 'legalBasis'>) => {
    const title = item.title ?? `${t('meetings.exempt')}${item.legalBasis ? ` (${item.legalBasis})` : ''}`;
    return item.caseNumber ? `${t('meetings.caseLabel', { number: item.caseNumber })} ${title}` : title;
  };
}

function sizeOf(bytes: number, format: ReturnType<typeof useFormat>) {
  return bytes < 1024 * 1024
    ? `${format.number(Math.max(1, Math.round(bytes / 1024)))} kB`
    : `${format.number(Math.round(bytes / 104857.6) / 10)} MB`;
}

/**
 * The agenda as an ordered list: each item with its papers, proposed decision and — once recorded —
 * decision, outcome and vote count. Exempt items show only their number and legal basis to those
 * without access. `actions` adds the secretariat's controls under an item.
 */
export function Agenda({
  items,
  caseHref,
  actions,
}: {
  items: AgendaItemForPage[];
  caseHref?: (caseId: string) => string;
  actions?: (item: AgendaItemForPage, index: number) => React.ReactNode;
}) {
  const t = useT();
  const format = useFormat();
  const itemTitle = useItemTitle();
  return (
    <ol className="agenda">
      {items.map((item, index) => (
        <li key={item.id} id={`sak-${item.position}`} className="agenda__item">
          <Heading level={3} data-size="xs">
            {item.caseId && caseHref && !item.withheld ? (
              <Link to={caseHref(item.caseId)} className="ds-link">
                {itemTitle(item)}
              </Link>
            ) : (
              itemTitle(item)
            )}
          </Heading>
          {item.access === 'exempt' ? (
            <Tag data-color="warning" data-size="sm">
              {t('meetings.exempt')}
              {item.legalBasis ? ` – ${item.legalBasis}` : ''}
            </Tag>
          ) : null}
          {item.kind === 'information' ? (
            <Paragraph data-size="sm">{t('meetings.informationItem')}</Paragraph>
          ) : null}
          {item.documents.length ? (
            <ul className="documents">
              {item.documents.map((d) => (
                <li key={d.id}>
                  {d.links.download ? (
                    <a href={d.links.download} className="ds-link">
                      {d.title}
                    </a>
                  ) : (
                    <span>{t('cases.withheldDocument', { basis: d.legalBasis ?? '' })}</span>
                  )}{' '}
                  <span className="muted">({sizeOf(d.size, format)})</span>
                </li>
              ))}
            </ul>
          ) : null}
          {item.outcome ? (
            <div className="agenda__decision">
              <Heading level={4} data-size="2xs">
                {t('doc.decision')}
              </Heading>
              <Prose html={item.decisionHtml} />
              <Paragraph>
                <strong>{t(`doc.outcome.${item.outcome}`)}</strong>{' '}
                {item.count
                  ? t('doc.voteCount', {
                      for: item.count.for,
                      against: item.count.against,
                      abstain: item.count.abstain,
                    })
                  : null}{' '}
                {item.count?.casting ? t('doc.casting') : null}
              </Paragraph>
            </div>
          ) : item.proposedDecisionHtml ? (
            <div>
              <Heading level={4} data-size="2xs">
                {t('doc.proposedDecision')}
              </Heading>
              <Prose html={item.proposedDecisionHtml} />
            </div>
          ) : null}
          {actions ? actions(item, index) : null}
        </li>
      ))}
    </ol>
  );
}
