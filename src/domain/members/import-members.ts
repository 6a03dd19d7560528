import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Validation } from '../../kernel/errors';
import { importFieldErrors } from '../../kernel/table-import';
import { defineVerb } from '../../kernel/verb';
import { addMember } from './add-member';
import { checkMemberImport } from './import-rows';
import { can } from './permissions';

export const ImportMembersInput = z.object({
  headers: z.array(z.string().max(100)).max(50),
  rows: z.array(z.array(z.string().max(5000)).max(50)).max(5000),
});

/**
 * Imports members from a table (CSV or XLSX, read by the adapter): all rows or none. Any row
 * error refuses the whole import with each row's errors, so a half-imported register never happens.
 */
export const importMembers = defineVerb({
  name: 'members.importMembers',
  input: ImportMembersInput,
  authorize: (actor) => can(actor, 'members.manage'),
  async run(ctx, table) {
    const check = await checkMemberImport(ctx, table);
    if (!check.valid) throw new Validation(importFieldErrors(check.fileErrors, check.rows), 'import.refused');
    const created = [];
    for (const row of check.rows) created.push(await addMember({ ctx, input: row.input! }));
    await audit(ctx, {
      action: 'members.importMembers',
      entityType: 'member',
      after: { count: created.length, names: created.map((m) => m.name) },
    });
    return created;
  },
});
