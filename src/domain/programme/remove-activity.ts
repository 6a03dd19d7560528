import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { defineVerb } from '../../kernel/verb';
import { renumber } from './ordering';
import { can } from './permissions';
import { activityRow, assertDraft, cellPlacements, programmeRow } from './rules';
import { activities, placements } from './schema';

export const RemoveActivityInput = z.object({ id: z.uuid() });

/** Removes an activity from a draft, with its notes and links; the cells it stood in close up. */
export const removeActivity = defineVerb({
  name: 'programme.removeActivity',
  input: RemoveActivityInput,
  authorize: (actor) => can(actor, 'programme.manage'),
  async run(ctx, { id }) {
    const before = await activityRow(ctx, id);
    assertDraft(await programmeRow(ctx, before.programmeId));
    const cells = await ctx.db.select().from(placements).where(eq(placements.activityId, id));
    await ctx.db.delete(activities).where(eq(activities.id, id));
    for (const cell of cells)
      await renumber(
        ctx,
        placements,
        (await cellPlacements(ctx, cell)).map((p) => p.id),
      );
    await audit(ctx, { action: 'programme.removeActivity', entityType: 'activity', entityId: id, before });
  },
});
