import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { programmeDocumentData } from '../../../src/domain/programme/document-data';
import { publicProgrammeYear } from '../../../src/domain/programme/portal';
import { renderHtmlBody } from '../../../src/exports/html-document';
import { programmeDocument } from '../../../src/exports/programme-document';
import { DocumentBody } from '../../components/document-body';
import { PageHeader } from '../../components/page-header';
import { ProgrammeDocuments } from '../../components/programme-documents';
import { useT } from '../../lib/i18n';
import { yearParam } from '../../lib/params';
import { publicCtx } from '../../lib/portal.server';
import { portalTitle } from '../../lib/portal-meta';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/programme';

/**
 * An adopted programme as a web page: vision, focus areas and the activity tables, in the same
 * document the downloads give (one model, one HTML renderer), with the downloads beside it.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const ctx = publicCtx(context.ctx);
  return guard(request, ctx.locale, async () => {
    const year = yearParam(params.year, 'programme');
    const info = await publicProgrammeYear(ctx, year);
    const doc = programmeDocument(await programmeDocumentData(ctx, year, 'programme'), ctx.locale);
    return { info, title: doc.title, status: doc.titlePage?.lines.at(-1) ?? '', html: renderHtmlBody(doc) };
  });
}

export function meta({ data, matches }: Route.MetaArgs) {
  return portalTitle(matches, (t) => data?.title ?? t('portal.programme.title'));
}

export default function PortalProgramme({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { info, title, status, html } = loaderData;
  return (
    <>
      <PageHeader title={title} lead={status} />
      <section aria-labelledby="nedlasting">
        <Heading level={2} data-size="sm" id="nedlasting">
          {t('portal.programme.downloads')}
        </Heading>
        <ProgrammeDocuments base={`/handlingsprogram/${info.year}`} report={info.reportPublished} />
        <Paragraph>
          {info.reportPublished ? (
            <Link to={`/handlingsprogram/${info.year}/arsrapport`} className="ds-link">
              {t('portal.programme.report', { year: info.year })}
            </Link>
          ) : (
            t('portal.programme.reportPending', { year: info.year })
          )}
          {' · '}
          <Link to="/handlingsprogram" className="ds-link">
            {t('portal.programme.back')}
          </Link>
        </Paragraph>
      </section>
      <DocumentBody html={html} label={t('portal.programme.document')} />
    </>
  );
}
