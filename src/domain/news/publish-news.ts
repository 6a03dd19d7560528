import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Validation } from '../../kernel/errors';
import { Id, Moment, Version } from '../../kernel/fields';
import { translate } from '../../kernel/i18n';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { can } from './permissions';
import { newsRow } from './rules';
import { newsArticles } from './schema';

export const PublishNewsInput = z.object({
  id: Id,
  version: Version,
  /** The date it is published under; now unless given. Never in the future: nothing would show it then. */
  publishedAt: Moment.optional(),
});

/**
 * Puts a news item on the portal, in search and in the feed. A date in the past dates it back
 * (an item written up afterwards); one in the future is refused, since no change would bring it out.
 */
export const publishNews = defineVerb({
  name: 'news.publishNews',
  input: PublishNewsInput,
  authorize: (actor) => can(actor, 'news.manage'),
  async run(ctx, { id, version, publishedAt }) {
    if (publishedAt && publishedAt > ctx.now)
      throw new Validation({ publishedAt: [translate(ctx.locale, 'news.publishedInFuture')] });
    const before = await newsRow(ctx, id);
    const after = await updateVersioned(
      ctx,
      newsArticles,
      id,
      version,
      // Published again without a date, an item keeps its date rather than jumping to the top of the feed.
      { status: 'published', publishedAt: publishedAt ?? before.publishedAt ?? ctx.now, updatedAt: ctx.now },
      'news',
    );
    await audit(ctx, {
      action: 'news.publishNews',
      entityType: 'news',
      entityId: id,
      before: { status: before.status, publishedAt: before.publishedAt },
      after: { status: after.status, publishedAt: after.publishedAt },
    });
    return after;
  },
});
