import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { deleteVersioned } from '../../kernel/versioning';
import { renumber } from './ordering';
import { can } from './permissions';
import { activityRow, assertDraft, cellPlacements, programmeRow } from './rules';
import { activities, placements } from './schema';

export const RemoveActivityInput = z.object({ id: z.uuid(), version: Version });

/** Removes an activity from a draft, with its notes and links; the cells it stood in close up. */
export const removeActivity = defineVerb({
  name: 'programme.removeActivity',
  input: RemoveActivityInput,
  authorize: (actor) => can(actor, 'programme.manage'),
  async run(ctx, { id, version }) {
    const before = await activityRow(ctx, id);
    assertDraft(await programmeRow(ctx, before.programmeId));
    const cells = await ctx.db.select().from(placements).where(eq(placements.activityId, id));
    await deleteVersioned(ctx, activities, id, version, 'activity');
    for (const cell of cells)
      await renumber(
        ctx,
        placements,
        (await cellPlacements(ctx, cell)).map((p) => p.id),
      );
    await audit(ctx, { action: 'programme.removeActivity', entityType: 'activity', entityId: id, before });
  },
});
