import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { deleteVersioned } from '../../kernel/versioning';
import { can } from './permissions';
import { newsArticles } from './schema';

export const DeleteNewsInput = z.object({ id: Id, version: Version });

/** Deletes a news item for good (the audit row keeps what it said), on the version the editor saw. */
export const deleteNews = defineVerb({
  name: 'news.deleteNews',
  input: DeleteNewsInput,
  authorize: (actor) => can(actor, 'news.manage'),
  async run(ctx, { id, version }) {
    const before = await deleteVersioned(ctx, newsArticles, id, version, 'news');
    await audit(ctx, { action: 'news.deleteNews', entityType: 'news', entityId: id, before });
    return { id };
  },
});
