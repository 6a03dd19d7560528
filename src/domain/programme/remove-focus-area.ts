import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Conflict } from '../../kernel/errors';
import { Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { deleteVersioned } from '../../kernel/versioning';
import { orderedIds, renumber } from './ordering';
import { can } from './permissions';
import { assertDraft, focusAreaRow, programmeRow } from './rules';
import { focusAreas, placements } from './schema';

export const RemoveFocusAreaInput = z.object({ id: z.uuid(), version: Version });

/** Removes a focus area that holds no activity (move or remove those first). */
export const removeFocusArea = defineVerb({
  name: 'programme.removeFocusArea',
  input: RemoveFocusAreaInput,
  authorize: (actor) => can(actor, 'programme.manage'),
  async run(ctx, { id, version }) {
    const before = await focusAreaRow(ctx, id);
    assertDraft(await programmeRow(ctx, before.programmeId));
    const used = await ctx.db
      .select({ id: placements.id })
      .from(placements)
      .where(eq(placements.focusAreaId, id));
    if (used.length) throw new Conflict('programme.focusAreaInUse', { count: used.length });
    await deleteVersioned(ctx, focusAreas, id, version, 'focusArea');
    await renumber(ctx, focusAreas, await orderedIds(ctx, focusAreas, before.programmeId));
    await audit(ctx, { action: 'programme.removeFocusArea', entityType: 'focusArea', entityId: id, before });
  },
});
