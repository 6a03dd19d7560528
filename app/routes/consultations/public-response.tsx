import { Link } from 'react-router';
import { getPublicResponse } from '../../../src/domain/consultations/queries';
import { PageHeader } from '../../components/page-header';
import { useFormat, useT } from '../../lib/i18n';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/public-response';

/** An answered consultation in the portal; the response when it is a public document, never an exempt one. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => ({
    response: await getPublicResponse({ ...ctx, actor: { kind: 'anonymous' } }, params.id),
  }));
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.response.title ?? 'Høringssvar' }];
}

export default function PublicResponse({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { response: r } = loaderData;
  return (
    <>
      <PageHeader title={r.title} lead={r.authority}>
        <Link to="/horinger" className="ds-link">
          {t('consultations.allResponses')}
        </Link>
      </PageHeader>
      <dl className="facts">
        <dt>{t('consultations.reference')}</dt>
        <dd>{r.reference || '–'}</dd>
        <dt>{t('consultations.deadline')}</dt>
        <dd>{format.date(r.deadline)}</dd>
        <dt>{t('consultations.submittedOn')}</dt>
        <dd>{r.submittedOn ? format.date(r.submittedOn) : '–'}</dd>
        <dt>{t('consultations.body')}</dt>
        <dd>{r.bodyName ?? '–'}</dd>
        <dt>{t('consultations.case')}</dt>
        <dd>
          {r.caseId && r.caseNumber ? (
            <Link className="ds-link" to={`/saker/${r.caseId}`}>
              {t('consultations.caseNumber', { number: r.caseNumber })}
            </Link>
          ) : (
            '–'
          )}
        </dd>
        <dt>{t('consultations.responseDocument')}</dt>
        <dd>
          {r.document ? (
            <a className="ds-link" href={r.document.download}>
              {r.document.title}
            </a>
          ) : (
            t('consultations.publicNoDocument')
          )}
        </dd>
      </dl>
    </>
  );
}
