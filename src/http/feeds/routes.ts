import { Hono } from 'hono';
import { publicDecisions } from '../../domain/meetings/decisions';
import { listPublishedNews } from '../../domain/news/queries';
import { getOrganisationProfile } from '../../domain/settings/queries';
import type { Ctx } from '../../kernel/ctx';
import { formatDate } from '../../kernel/format';
import { translate } from '../../kernel/i18n';
import { renderMarkdown } from '../../kernel/markdown';
import type { HttpEnv } from '../env';
import { revalidated } from '../etag';
import { ATOM_TYPE, atomFeed } from './atom';

const FEED_SIZE = 50;
// Feeds are read by machines and cached by anyone between: one language, like the calendar feed.
const LOCALE = 'nb';
const t = (key: string, params?: Record<string, string | number>) => translate(LOCALE, key, params);

/** The latest published news, each with its lead and its text. */
export async function newsFeed(ctx: Ctx, base: string): Promise<string> {
  const anonymous: Ctx = { ...ctx, actor: { kind: 'anonymous' }, locale: LOCALE };
  const [profile, page] = await Promise.all([
    getOrganisationProfile(anonymous),
    listPublishedNews(anonymous, { limit: FEED_SIZE }),
  ]);
  return atomFeed({
    id: `${base}/nyheter.atom`,
    title: t('news.feedTitle', { name: profile.name }),
    self: `${base}/nyheter.atom`,
    alternate: `${base}/nyheter`,
    author: profile.name,
    lang: LOCALE,
    entries: page.items.map((n) => ({
      id: `${base}/nyheter/${n.id}`,
      title: n.title,
      updated: new Date(n.updatedAt),
      published: new Date(n.publishedAt!),
      link: `${base}/nyheter/${n.id}`,
      summary: n.lead,
      html: renderMarkdown(n.body),
      categories: n.focusArea ? [n.focusArea.name] : [],
    })),
  });
}

/** The latest decisions of public cases, as the public case page shows them; nothing exempt. */
export async function decisionsFeed(ctx: Ctx, base: string): Promise<string> {
  const anonymous: Ctx = { ...ctx, actor: { kind: 'anonymous' }, locale: LOCALE };
  const [profile, decisions] = await Promise.all([
    getOrganisationProfile(anonymous),
    publicDecisions(anonymous, { limit: FEED_SIZE }),
  ]);
  return atomFeed({
    id: `${base}/vedtak.atom`,
    title: t('news.decisionsFeedTitle', { name: profile.name }),
    self: `${base}/vedtak.atom`,
    alternate: `${base}/vedtak`,
    author: profile.name,
    lang: LOCALE,
    entries: decisions.map((d) => ({
      id: `${base}/saker/${d.case.id}#vedtak-${d.id}`,
      title: `${t('meetings.caseLabel', { number: d.case.number })} ${d.case.title}`,
      updated: d.updatedAt,
      published: d.meeting.startsAt,
      link: `${base}/saker/${d.case.id}`,
      summary: `${t('news.decisionIn', {
        body: d.meeting.bodyName,
        date: formatDate(d.meeting.startsAt, LOCALE),
      })}: ${t(`doc.outcome.${d.outcome}`)}`,
      html: renderMarkdown(d.decision),
      categories: [d.meeting.bodyName],
    })),
  });
}

/** /nyheter.atom and /vedtak.atom, for anyone: they read as the public, whoever asks. */
export function feedRoutes() {
  const app = new Hono<HttpEnv>();
  // Readers poll: they get 304 while nothing changed, and an item taken down is gone at once.
  app.get('/nyheter.atom', async (c) =>
    revalidated(c.req.header('if-none-match'), await newsFeed(c.get('ctx'), c.get('publicUrl')), {
      'content-type': ATOM_TYPE,
    }),
  );
  app.get('/vedtak.atom', async (c) =>
    revalidated(c.req.header('if-none-match'), await decisionsFeed(c.get('ctx'), c.get('publicUrl')), {
      'content-type': ATOM_TYPE,
    }),
  );
  return app;
}
