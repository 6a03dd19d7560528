import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Id, Version } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { ActivityFields, Cell, withPlannedPeriod } from './fields';
import { renumber } from './ordering';
import { can } from './permissions';
import { activityRow, assertDraft, cellPlacements, checkCell, programmeRow } from './rules';
import { activities, placements } from './schema';

export const UpdateActivityInput = withPlannedPeriod(
  ActivityFields.extend({
    id: Id,
    version: Version,
    /**
     * Every cell it stands in (an activity may serve several roles and focus areas). Cells it keeps
     * keep their place; new ones put it last. Left out, the cells stay as they are.
     */
    cells: z.array(Cell).min(1).max(20).optional(),
  }),
);

const key = (c: { focusAreaId: string; roleId: string | null }) => `${c.focusAreaId}/${c.roleId ?? ''}`;

/** Changes an activity's text, partners, responsible, period and cells (send the version you read). */
export const updateActivity = defineVerb({
  name: 'programme.updateActivity',
  input: UpdateActivityInput,
  authorize: (actor) => can(actor, 'programme.manage'),
  async run(ctx, { id, version, cells, ...fields }) {
    const before = await activityRow(ctx, id);
    assertDraft(await programmeRow(ctx, before.programmeId));
    const current = await ctx.db.select().from(placements).where(eq(placements.activityId, id));
    await updateVersioned(
      ctx,
      activities,
      id,
      version,
      {
        ...fields,
        plannedFrom: fields.plannedFrom ?? null,
        plannedTo: fields.plannedTo ?? null,
        updatedAt: ctx.now,
      },
      'activity',
    );
    if (cells) {
      const wanted = new Map<string, { focusAreaId: string; roleId: string | null }>();
      for (const cell of cells) {
        const checked = await checkCell(ctx, before.programmeId, cell);
        wanted.set(key(checked), checked);
      }
      for (const placement of current.filter((p) => !wanted.has(key(p)))) {
        await ctx.db.delete(placements).where(eq(placements.id, placement.id));
        await renumber(
          ctx,
          placements,
          (await cellPlacements(ctx, placement)).map((p) => p.id),
        );
      }
      for (const [cellKey, cell] of wanted) {
        if (current.some((p) => key(p) === cellKey)) continue;
        const position = (await cellPlacements(ctx, cell)).length;
        await ctx.db.insert(placements).values({ id: newId(), activityId: id, ...cell, position });
      }
    }
    const after = await activityRow(ctx, id);
    const afterCells = await ctx.db.select().from(placements).where(eq(placements.activityId, id));
    await audit(ctx, {
      action: 'programme.updateActivity',
      entityType: 'activity',
      entityId: id,
      before: { ...before, cells: current.map(({ focusAreaId, roleId }) => ({ focusAreaId, roleId })) },
      after: { ...after, cells: afterCells.map(({ focusAreaId, roleId }) => ({ focusAreaId, roleId })) },
    });
    return after;
  },
});
