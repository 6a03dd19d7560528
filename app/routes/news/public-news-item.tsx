import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { getNews } from '../../../src/domain/news/queries';
import { renderMarkdown } from '../../../src/kernel/markdown';
import { PageHeader } from '../../components/page-header';
import { Prose } from '../../components/prose';
import { useFormat, useT } from '../../lib/i18n';
import { guard } from '../../lib/route.server';
import type { Route } from './+types/public-news-item';

/** A news item in the portal. The secretariat may look at its own draft here before publishing it. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { ctx } = context;
  return guard(request, ctx.locale, async () => {
    const news = await getNews(ctx, params.id);
    return {
      news,
      draft: 'status' in news && news.status === 'draft',
      html: renderMarkdown(news.body),
    };
  });
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.news.title ?? 'Nyhet' }];
}

export const links: Route.LinksFunction = () => [
  { rel: 'alternate', type: 'application/atom+xml', href: '/nyheter.atom', title: 'Nyheter' },
];

export default function PublicNewsItem({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const { news, draft, html } = loaderData;
  return (
    <article>
      <PageHeader title={news.title} lead={news.lead || undefined}>
        <Link to="/nyheter" className="ds-link">
          {t('news.allNews')}
        </Link>
      </PageHeader>
      {draft ? <Alert data-color="warning">{t('news.draftNotice')}</Alert> : null}
      <Paragraph data-size="sm" className="muted">
        {news.publishedAt ? (
          <time dateTime={news.publishedAt}>{f.date(new Date(news.publishedAt))}</time>
        ) : (
          t('news.status.draft')
        )}
        {news.focusArea ? ` · ${news.focusArea.name}` : ''}
      </Paragraph>
      <Prose html={html} />
    </article>
  );
}
