import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { can } from './permissions';
import { newsRow } from './rules';
import { newsArticles } from './schema';

export const UnpublishNewsInput = z.object({ id: Id, version: Version });

/** Takes a news item off the portal, search and feed: it is a draft again, with no publication date. */
export const unpublishNews = defineVerb({
  name: 'news.unpublishNews',
  input: UnpublishNewsInput,
  authorize: (actor) => can(actor, 'news.manage'),
  async run(ctx, { id, version }) {
    const before = await newsRow(ctx, id);
    const after = await updateVersioned(
      ctx,
      newsArticles,
      id,
      version,
      { status: 'draft', publishedAt: null, updatedAt: ctx.now },
      'news',
    );
    await audit(ctx, {
      action: 'news.unpublishNews',
      entityType: 'news',
      entityId: id,
      before: { status: before.status, publishedAt: before.publishedAt },
      after: { status: after.status, publishedAt: after.publishedAt },
    });
    return after;
  },
});
