import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Conflict } from '../../kernel/errors';
import { Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { deleteVersioned } from '../../kernel/versioning';
import { orderedIds, renumber } from './ordering';
import { can } from './permissions';
import { assertDraft, programmeRow, roleRow } from './rules';
import { placements, programmeRoles } from './schema';

export const RemoveRoleInput = z.object({ id: z.uuid(), version: Version });

/** Removes a role that no activity stands under (move or remove those first). */
export const removeRole = defineVerb({
  name: 'programme.removeRole',
  input: RemoveRoleInput,
  authorize: (actor) => can(actor, 'programme.manage'),
  async run(ctx, { id, version }) {
    const before = await roleRow(ctx, id);
    assertDraft(await programmeRow(ctx, before.programmeId));
    const used = await ctx.db.select({ id: placements.id }).from(placements).where(eq(placements.roleId, id));
    if (used.length) throw new Conflict('programme.roleInUse', { count: used.length });
    await deleteVersioned(ctx, programmeRoles, id, version, 'programmeRole');
    await renumber(ctx, programmeRoles, await orderedIds(ctx, programmeRoles, before.programmeId));
    await audit(ctx, { action: 'programme.removeRole', entityType: 'programmeRole', entityId: id, before });
  },
});
