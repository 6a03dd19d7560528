import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { getCase } from '../../../src/domain/cases/queries';
import { meetingsOfCase } from '../../../src/domain/meetings/queries';
import { renderMarkdown } from '../../../src/kernel/markdown';
import { PageHeader } from '../../components/page-header';
import { Prose } from '../../components/prose';
import { useFormat, useT } from '../../lib/i18n';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/case';

/** A case in the portal, as the public may read it: an exempt one shows only its number and legal basis. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  const publicCtx = { ...ctx, actor: { kind: 'anonymous' as const } };
  return guard(request, ctx.locale, async () => {
    const detail = await getCase(publicCtx, params.id);
    const paper = detail.case.paper;
    return {
      case: detail.case,
      bodyName: detail.bodyName,
      documents: detail.documents,
      meetings: await meetingsOfCase(publicCtx, params.id),
      html: paper
        ? (['background', 'assessment', 'proposedDecision', 'decision'] as const).map((part) => ({
            part,
            html: renderMarkdown(paper[part]),
          }))
        : [],
    };
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Sak ${data?.case.number ?? ''}` }];
}

export default function PortalCase({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { case: kase } = loaderData;
  return (
    <>
      <PageHeader
        title={`${t('meetings.caseLabel', { number: kase.number })} ${kase.title ?? t('meetings.exempt')}`}
        lead={loaderData.bodyName}
      />
      <Paragraph>
        <Link to={`/organer/${kase.bodyId}`} className="ds-link">
          {t('portal.aboutBody', { name: loaderData.bodyName })}
        </Link>
      </Paragraph>
      {kase.withheld ? (
        <Alert data-color="info">{t('cases.withheldPublic', { basis: kase.legalBasis ?? '' })}</Alert>
      ) : null}
      {loaderData.html.map(({ part, html }) =>
        html ? (
          <section key={part}>
            <Heading level={2} data-size="sm">
              {part === 'proposedDecision'
                ? t('doc.proposedDecision')
                : part === 'decision'
                  ? t('doc.decision')
                  : t(`cases.${part}`)}
            </Heading>
            <Prose html={html} />
          </section>
        ) : null,
      )}
      {loaderData.documents.length ? (
        <section aria-labelledby="vedlegg">
          <Heading level={2} data-size="sm" id="vedlegg">
            {t('cases.documents')}
          </Heading>
          <ul>
            {loaderData.documents.map((d) => (
              <li key={d.id}>
                {d.links.download ? (
                  <a href={d.links.download} className="ds-link">
                    {d.title}
                  </a>
                ) : (
                  t('cases.withheldDocument', { basis: d.legalBasis ?? '' })
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="behandling">
        <Heading level={2} data-size="sm" id="behandling">
          {t('cases.meetings')}
        </Heading>
        {loaderData.meetings.length ? (
          <ul>
            {loaderData.meetings.map((m) => (
              <li key={m.id}>
                <Link to={`/moter/${m.id}#sak-${m.position}`} className="ds-link">
                  {m.bodyName} {format.date(m.startsAt)}
                </Link>
                {m.outcome ? ` – ${t(`doc.outcome.${m.outcome}`)}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('cases.noMeetings')}</Paragraph>
        )}
      </section>
    </>
  );
}
