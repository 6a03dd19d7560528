import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { FocusAreaFields, Position } from './fields';
import { orderedIds, renumber } from './ordering';
import { can } from './permissions';
import { assertDraft, focusAreaRow, moveInList, programmeRow } from './rules';
import { focusAreas } from './schema';

export const AddFocusAreaInput = FocusAreaFields.extend({
  programmeId: z.uuid(),
  position: Position.optional(),
});

/** Adds a focus area (innsatsområde) to a draft, last or at `position`. */
export const addFocusArea = defineVerb({
  name: 'programme.addFocusArea',
  input: AddFocusAreaInput,
  authorize: (actor) => can(actor, 'programme.manage'),
  async run(ctx, { programmeId, position, ...fields }) {
    assertDraft(await programmeRow(ctx, programmeId));
    const siblings = await orderedIds(ctx, focusAreas, programmeId);
    const id = newId();
    await ctx.db.insert(focusAreas).values({ id, programmeId, ...fields, position: siblings.length });
    if (position !== undefined) await renumber(ctx, focusAreas, moveInList([...siblings, id], id, position));
    const row = await focusAreaRow(ctx, id);
    await audit(ctx, { action: 'programme.addFocusArea', entityType: 'focusArea', entityId: id, after: row });
    return row;
  },
});
