import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { ActivityFields, ActivityStatus, Cell, Position, withPlannedPeriod } from './fields';
import { renumber } from './ordering';
import { can } from './permissions';
import { activityRow, assertDraft, cellPlacements, checkCell, moveInList, programmeRow } from './rules';
import { activities, placements } from './schema';

export const AddActivityInput = withPlannedPeriod(
  ActivityFields.extend({
    programmeId: z.uuid(),
    /** Where it stands: a focus area and, in a matrix, a role. */
    cell: Cell,
    /** Its place in the cell; last by default. */
    position: Position.optional(),
    status: ActivityStatus.default('planned'),
  }),
);

/** Adds an activity to a cell of a draft's matrix (or an ongoing task to a task list). */
export const addActivity = defineVerb({
  name: 'programme.addActivity',
  input: AddActivityInput,
  authorize: (actor) => can(actor, 'programme.manage'),
  async run(ctx, { programmeId, cell, position, ...fields }) {
    assertDraft(await programmeRow(ctx, programmeId));
    const target = await checkCell(ctx, programmeId, cell);
    const id = newId();
    await ctx.db.insert(activities).values({
      id,
      programmeId,
      ...fields,
      plannedFrom: fields.plannedFrom ?? null,
      plannedTo: fields.plannedTo ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const siblings = (await cellPlacements(ctx, target)).map((p) => p.id);
    const placementId = newId();
    await ctx.db
      .insert(placements)
      .values({ id: placementId, activityId: id, ...target, position: siblings.length });
    if (position !== undefined)
      await renumber(ctx, placements, moveInList([...siblings, placementId], placementId, position));
    const row = await activityRow(ctx, id);
    await audit(ctx, {
      action: 'programme.addActivity',
      entityType: 'activity',
      entityId: id,
      after: { ...row, cells: [target] },
    });
    return { ...row, placementId };
  },
});
