import { audit } from '../../kernel/audit';
import { actorLabel } from '../../kernel/ctx';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { assertFocusArea } from '../programme/rules';
import { NewsFields } from './fields';
import { can } from './permissions';
import { newsArticles } from './schema';

export const CreateNewsInput = NewsFields;

/** Writes a news item as a draft; nobody outside the secretariat sees it until it is published. */
export const createNews = defineVerb({
  name: 'news.createNews',
  input: CreateNewsInput,
  authorize: (actor) => can(actor, 'news.manage'),
  async run(ctx, input) {
    await assertFocusArea(ctx, input.focusAreaId);
    const [row] = await ctx.db
      .insert(newsArticles)
      .values({
        id: newId(),
        ...input,
        status: 'draft',
        createdAt: ctx.now,
        updatedAt: ctx.now,
        createdBy: actorLabel(ctx.actor),
      })
      .returning();
    await audit(ctx, { action: 'news.createNews', entityType: 'news', entityId: row!.id, after: row });
    return row!;
  },
});
