import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { labelOf, Position, RoleFields } from './fields';
import { orderedIds, renumber } from './ordering';
import { can } from './permissions';
import { assertDraft, moveInList, programmeRow, roleRow } from './rules';
import { programmeRoles } from './schema';

export const AddRoleInput = RoleFields.extend({ programmeId: z.uuid(), position: Position.optional() });

/** Adds a role and working form (a row of every matrix) to a draft, last or at `position`. */
export const addRole = defineVerb({
  name: 'programme.addRole',
  input: AddRoleInput,
  authorize: (actor) => can(actor, 'programme.manage'),
  async run(ctx, { programmeId, name, label, position }) {
    assertDraft(await programmeRow(ctx, programmeId));
    const siblings = await orderedIds(ctx, programmeRoles, programmeId);
    const id = newId();
    await ctx.db
      .insert(programmeRoles)
      .values({ id, programmeId, name, label: labelOf(name, label), position: siblings.length });
    if (position !== undefined)
      await renumber(ctx, programmeRoles, moveInList([...siblings, id], id, position));
    const row = await roleRow(ctx, id);
    await audit(ctx, { action: 'programme.addRole', entityType: 'programmeRole', entityId: id, after: row });
    return row;
  },
});
