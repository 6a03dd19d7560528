import { audit } from '../../kernel/audit';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { labelOf, Position, RoleFields } from './fields';
import { orderedIds, renumber } from './ordering';
import { can } from './permissions';
import { assertDraft, moveInList, programmeRow, roleRow } from './rules';
import { programmeRoles } from './schema';

export const UpdateRoleInput = RoleFields.extend({ id: Id, version: Version, position: Position.optional() });

/** Renames a role or moves it up or down the matrix rows (send the version you read). */
export const updateRole = defineVerb({
  name: 'programme.updateRole',
  input: UpdateRoleInput,
  authorize: (actor) => can(actor, 'programme.manage'),
  async run(ctx, { id, version, name, label, position }) {
    const before = await roleRow(ctx, id);
    assertDraft(await programmeRow(ctx, before.programmeId));
    await updateVersioned(
      ctx,
      programmeRoles,
      id,
      version,
      { name, label: labelOf(name, label) },
      'programmeRole',
    );
    if (position !== undefined && position !== before.position) {
      const ids = await orderedIds(ctx, programmeRoles, before.programmeId);
      await renumber(ctx, programmeRoles, moveInList(ids, id, position));
    }
    const after = await roleRow(ctx, id);
    await audit(ctx, {
      action: 'programme.updateRole',
      entityType: 'programmeRole',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
