import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Conflict, NotFound } from '../../kernel/errors';
import { defineVerb } from '../../kernel/verb';
import { Cell, Position } from './fields';
import { renumber } from './ordering';
import { can } from './permissions';
import { activityRow, assertDraft, cellPlacements, checkCell, moveInList, programmeRow } from './rules';
import { placements } from './schema';

export const MoveActivityInput = Cell.extend({
  /** Which of the activity's places moves (an activity may stand in several cells). */
  placementId: z.uuid(),
  /** The activity the caller means to move: a placement of another one is NotFound. */
  activityId: z.uuid().optional(),
  /** Its place in the target cell, from 0; last when left out. */
  position: Position.optional(),
});

/** Moves an activity within its cell or to another cell of the same programme (another role or focus area). */
export const moveActivity = defineVerb({
  name: 'programme.moveActivity',
  input: MoveActivityInput,
  authorize: (actor) => can(actor, 'programme.manage'),
  async run(ctx, { placementId, activityId, position, ...cell }) {
    const [before] = await ctx.db.select().from(placements).where(eq(placements.id, placementId));
    if (!before || (activityId && before.activityId !== activityId)) throw new NotFound('placement');
    const activity = await activityRow(ctx, before.activityId);
    assertDraft(await programmeRow(ctx, activity.programmeId));
    const target = await checkCell(ctx, activity.programmeId, cell);
    const sameCell = target.focusAreaId === before.focusAreaId && target.roleId === before.roleId;
    const inTarget = (await cellPlacements(ctx, target)).map((p) => p.id);
    if (!sameCell) {
      const already = await ctx.db.select().from(placements).where(eq(placements.activityId, activity.id));
      if (already.some((p) => p.focusAreaId === target.focusAreaId && p.roleId === target.roleId))
        throw new Conflict('programme.alreadyInCell');
      await ctx.db
        .update(placements)
        .set({ ...target, position: inTarget.length })
        .where(eq(placements.id, placementId));
      await renumber(
        ctx,
        placements,
        (await cellPlacements(ctx, before)).map((p) => p.id),
      );
    }
    const order = sameCell ? inTarget : [...inTarget, placementId];
    await renumber(ctx, placements, moveInList(order, placementId, position ?? order.length));
    const [after] = await ctx.db.select().from(placements).where(eq(placements.id, placementId));
    await audit(ctx, {
      action: 'programme.moveActivity',
      entityType: 'activity',
      entityId: activity.id,
      before,
      after,
    });
    return after!;
  },
});
