import { audit } from '../../kernel/audit';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { assertFocusArea } from '../programme/rules';
import { NewsFields } from './fields';
import { can } from './permissions';
import { newsRow } from './rules';
import { newsArticles } from './schema';

export const UpdateNewsInput = NewsFields.extend({ id: Id, version: Version });

/** Edits a news item, draft or published, on the version the editor saw (a stale one is a conflict). */
export const updateNews = defineVerb({
  name: 'news.updateNews',
  input: UpdateNewsInput,
  authorize: (actor) => can(actor, 'news.manage'),
  async run(ctx, { id, version, ...fields }) {
    const before = await newsRow(ctx, id);
    await assertFocusArea(ctx, fields.focusAreaId);
    const after = await updateVersioned(
      ctx,
      newsArticles,
      id,
      version,
      { ...fields, updatedAt: ctx.now },
      'news',
    );
    await audit(ctx, { action: 'news.updateNews', entityType: 'news', entityId: id, before, after });
    return after;
  },
});
