import { eq } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { NotFound } from '../../kernel/errors';
import { newsArticles } from './schema';

export type NewsRow = typeof newsArticles.$inferSelect;

/** The stored item, or NotFound. */
export async function newsRow(ctx: Pick<Ctx, 'db'>, id: string): Promise<NewsRow> {
  const [row] = await ctx.db.select().from(newsArticles).where(eq(newsArticles.id, id));
  if (!row) throw new NotFound('news');
  return row;
}
