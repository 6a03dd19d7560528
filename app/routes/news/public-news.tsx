import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link, useRouteLoaderData } from 'react-router';
import { listPublishedNews } from '../../../src/domain/news/queries';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { useFormat, useT } from '../../lib/i18n';
import { param } from '../../lib/params';
import { guard } from '../../lib/route.server';
import type { RootData } from '../../root';
import type { Route } from './+types/public-news';

const PAGE_SIZE = 20;

/** The portal's news, newest first, a page at a time. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const ctx = { ...context.ctx, actor: { kind: 'anonymous' as const } };
  const url = new URL(request.url);
  return guard(request, ctx.locale, async () => ({
    page: await listPublishedNews(ctx, { limit: PAGE_SIZE, cursor: param(url, 'side') }),
  }));
}

export function meta() {
  return [{ title: 'Nyheter' }];
}

/** The feeds, for readers that find them from the page. */
export const links: Route.LinksFunction = () => [
  { rel: 'alternate', type: 'application/atom+xml', href: '/nyheter.atom', title: 'Nyheter' },
  { rel: 'alternate', type: 'application/atom+xml', href: '/vedtak.atom', title: 'Vedtak' },
];

export default function PublicNews({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const f = useFormat();
  const root = useRouteLoaderData('root') as RootData | undefined;
  const { page } = loaderData;
  return (
    <>
      <PageHeader
        title={t('nav.news')}
        lead={t('news.publicLead', { name: root?.organisation.name ?? '' })}
      />
      {page.items.length ? (
        <ul className="plain-list stack">
          {page.items.map((n) => (
            <li key={n.id}>
              <article aria-labelledby={`nyhet-${n.id}`}>
                <Heading level={2} data-size="sm" id={`nyhet-${n.id}`}>
                  <Link to={`/nyheter/${n.id}`} className="ds-link">
                    {n.title}
                  </Link>
                </Heading>
                <Paragraph data-size="sm" className="muted">
                  <time dateTime={n.publishedAt!}>{f.date(new Date(n.publishedAt!))}</time>
                  {n.focusArea ? ` · ${n.focusArea.name}` : ''}
                </Paragraph>
                {n.lead ? <Paragraph>{n.lead}</Paragraph> : null}
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('news.nonePublished')}</Paragraph>
      )}
      <Pager next={page.nextCursor} label={t('nav.news')} />
      <Paragraph>
        <a className="ds-link" href="/nyheter.atom">
          {t('news.feed')}
        </a>
        {' · '}
        <a className="ds-link" href="/vedtak.atom">
          {t('news.decisionsFeed')}
        </a>
      </Paragraph>
    </>
  );
}
