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
import type { Route } from './+types/annual-report';

/**
 * A year's annual report as a web page, with the same downloads the secretariat's report offers.
 * Public once the board has approved it; before that the page says when it will come.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const ctx = publicCtx(context.ctx);
  return guard(request, ctx.locale, async () => {
    const year = yearParam(params.year, 'programme');
    const info = await publicProgrammeYear(ctx, year);
    if (!info.reportPublished) return { info, html: null };
    const doc = programmeDocument(await programmeDocumentData(ctx, year, 'report'), ctx.locale);
    return { info, html: renderHtmlBody(doc) };
  });
}

export function meta({ data, matches }: Route.MetaArgs) {
  return portalTitle(matches, (t) => t('pdoc.reportTitle', { year: data?.info.year ?? '' }).trim());
}

export default function PortalAnnualReport({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { info, html } = loaderData;
  const programmeLink = (
    <Link to={`/handlingsprogram/${info.year}`} className="ds-link">
      {t('portal.report.programmeLink', { year: info.year })}
    </Link>
  );
  return (
    <>
      <PageHeader title={t('pdoc.reportTitle', { year: info.year })} lead={info.title} />
      {html ? (
        <>
          <section aria-labelledby="nedlasting">
            <Heading level={2} data-size="sm" id="nedlasting">
              {t('portal.programme.downloads')}
            </Heading>
            <ProgrammeDocuments base={`/handlingsprogram/${info.year}`} report />
            <Paragraph>{programmeLink}</Paragraph>
          </section>
          <DocumentBody html={html} label={t('portal.report.document')} />
        </>
      ) : (
        <>
          <Paragraph>{t('portal.report.pendingBody', { year: info.year })}</Paragraph>
          <Paragraph>{programmeLink}</Paragraph>
        </>
      )}
    </>
  );
}
