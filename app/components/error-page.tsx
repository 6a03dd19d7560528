import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { isRouteErrorResponse, Link } from 'react-router';
import type { MessageKey } from '../../src/kernel/i18n';
import { useT } from '../lib/i18n';

const TEXTS: Record<number, { title: MessageKey; body: MessageKey }> = {
  401: { title: 'error.unauthenticated.title', body: 'error.unauthenticated' },
  403: { title: 'error.forbidden.title', body: 'error.forbidden.body' },
  404: { title: 'error.notFound.title', body: 'error.notFound.body' },
  409: { title: 'error.conflict.title', body: 'error.staleVersion' },
};

/** The Norwegian (or English) error page, inside whichever layout caught the error. */
export function ErrorPage({ status, detail }: { status: number; detail?: string | undefined }) {
  const t = useT();
  const text = TEXTS[status] ?? { title: 'error.server.title', body: 'error.server.body' };
  return (
    <section className="error-page" aria-labelledby="error-title">
      <Heading level={1} data-size="lg" id="error-title">
        {t(text.title)}
      </Heading>
      <Paragraph>{status >= 500 || !detail ? t(text.body) : detail}</Paragraph>
      <Paragraph data-size="sm">{t('error.status', { status })}</Paragraph>
      <Paragraph>
        <Link to="/" className="ds-link">
          {t('error.backHome')}
        </Link>
      </Paragraph>
    </section>
  );
}

/** The error page for whatever a loader or component threw. */
export function RouteErrorPage({ error }: { error: unknown }) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const detail = isRouteErrorResponse(error)
    ? (error.data as { detail?: string } | undefined)?.detail
    : undefined;
  return <ErrorPage status={status} detail={detail} />;
}
