import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { NotFound, Validation } from '../../kernel/errors';
import { requirePermission } from '../../kernel/guards';
import { translate } from '../../kernel/i18n';
import { decodeCursor, encodeCursor, type Page, PageParams, paginate } from '../../kernel/pagination';
import { parseInput } from '../../kernel/validate';
import { can as canProgramme } from '../programme/permissions';
import { focusAreas, programmes } from '../programme/schema';
import { can } from './permissions';
import { type NewsInternalView, type NewsView, presentNews, presentPublicNews } from './present';
import type { NewsRow } from './rules';
import { newsArticles } from './schema';

/** The item with its focus area's name and year, joined (a draft programme's areas only for those who see drafts). */
function selectNews(ctx: Ctx) {
  return ctx.db
    .select({
      n: newsArticles,
      areaName: focusAreas.name,
      areaYear: programmes.year,
      programmeStatus: programmes.status,
    })
    .from(newsArticles)
    .leftJoin(focusAreas, eq(focusAreas.id, newsArticles.focusAreaId))
    .leftJoin(programmes, eq(programmes.id, focusAreas.programmeId));
}

type Joined = {
  n: NewsRow;
  areaName: string | null;
  areaYear: number | null;
  programmeStatus: 'draft' | 'adopted' | null;
};

function areaOf(ctx: Ctx, r: Joined) {
  if (!r.n.focusAreaId || r.areaName === null || r.areaYear === null) return null;
  if (r.programmeStatus !== 'adopted' && !canProgramme(ctx.actor, 'programme.readInternal')) return null;
  return { id: r.n.focusAreaId, name: r.areaName, year: r.areaYear };
}

const published = eq(newsArticles.status, 'published');

/**
 * Published news, newest first, for everyone (a signed-in editor gets the same list as the
 * public). Paged by a keyset on (published at, id), so a deep page costs what the first does.
 */
export async function listPublishedNews(
  ctx: Ctx,
  params: z.input<typeof PageParams> = {},
): Promise<Page<NewsView>> {
  const p = parseInput(PageParams, params, ctx.locale);
  const key = decodeCursor(p.cursor, 2, ctx.locale);
  let after: SQL | undefined;
  if (key) {
    const [at, id] = key;
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !z.uuid().safeParse(id).success)
      throw new Validation({ cursor: [translate(ctx.locale, 'validation.cursor')] });
    after = sql`(${newsArticles.publishedAt}, ${newsArticles.id}) < (${at}::timestamptz, ${id}::uuid)`;
  }
  const [rows, [total]] = await Promise.all([
    selectNews(ctx)
      .where(and(published, after))
      .orderBy(desc(newsArticles.publishedAt), desc(newsArticles.id))
      .limit(p.limit + 1),
    ctx.db.select({ n: count() }).from(newsArticles).where(published),
  ]);
  const items = rows.slice(0, p.limit).map((r) => presentPublicNews(r.n, areaOf(ctx, r)));
  const last = items.at(-1);
  return {
    items,
    total: Number(total?.n ?? 0),
    nextCursor: rows.length > p.limit && last ? encodeCursor([last.publishedAt!, last.id]) : null,
  };
}

/** One item: a draft only to the secretariat (to everyone else it does not exist). */
export async function getNews(ctx: Ctx, id: string): Promise<NewsView | NewsInternalView> {
  if (!z.uuid().safeParse(id).success) throw new NotFound('news');
  const manage = can(ctx.actor, 'news.manage');
  const [row] = await selectNews(ctx).where(and(eq(newsArticles.id, id), manage ? undefined : published));
  if (!row) throw new NotFound('news');
  return manage ? presentNews(row.n, areaOf(ctx, row)) : presentPublicNews(row.n, areaOf(ctx, row));
}

export const ListNewsParams = PageParams.extend({
  status: z.enum(['draft', 'published']).optional(),
});

/** Every item for the secretariat, drafts and published, the last edited first. */
export async function listNews(
  ctx: Ctx,
  params: z.input<typeof ListNewsParams> = {},
): Promise<Page<NewsInternalView>> {
  requirePermission(ctx, can(ctx.actor, 'news.manage'));
  const p = parseInput(ListNewsParams, params, ctx.locale);
  const rows = await selectNews(ctx)
    .where(p.status ? eq(newsArticles.status, p.status) : undefined)
    .orderBy(desc(newsArticles.updatedAt), desc(newsArticles.id));
  return paginate(
    rows.map((r) => presentNews(r.n, areaOf(ctx, r))),
    p,
    ctx.locale,
  );
}
