import { and, eq, isNotNull } from 'drizzle-orm';
import { audit } from '../../kernel/audit';
import { Conflict } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { FocusAreaFields, Position } from './fields';
import { orderedIds, renumber } from './ordering';
import { can } from './permissions';
import { assertDraft, focusAreaRow, moveInList, programmeRow } from './rules';
import { focusAreas, placements } from './schema';

export const UpdateFocusAreaInput = FocusAreaFields.extend({
  id: Id,
  version: Version,
  position: Position.optional(),
});

/**
 * Changes a focus area's name, intro and comments, or its place among the areas. A matrix becomes
 * a task list only when none of its activities stands under a role.
 */
export const updateFocusArea = defineVerb({
  name: 'programme.updateFocusArea',
  input: UpdateFocusAreaInput,
  authorize: (actor) => can(actor, 'programme.manage'),
  async run(ctx, { id, version, position, ...fields }) {
    const before = await focusAreaRow(ctx, id);
    assertDraft(await programmeRow(ctx, before.programmeId));
    if (fields.kind !== before.kind) {
      const inCells = await ctx.db
        .select({ id: placements.id })
        .from(placements)
        .where(
          and(
            eq(placements.focusAreaId, id),
            fields.kind === 'tasks' ? isNotNull(placements.roleId) : undefined,
          ),
        );
      if (inCells.length) throw new Conflict('programme.kindInUse', { count: inCells.length });
    }
    await updateVersioned(ctx, focusAreas, id, version, fields, 'focusArea');
    if (position !== undefined && position !== before.position) {
      const ids = await orderedIds(ctx, focusAreas, before.programmeId);
      await renumber(ctx, focusAreas, moveInList(ids, id, position));
    }
    const after = await focusAreaRow(ctx, id);
    await audit(ctx, {
      action: 'programme.updateFocusArea',
      entityType: 'focusArea',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
