import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Validation } from '../../kernel/errors';
import { importFieldErrors } from '../../kernel/table-import';
import { defineVerb } from '../../kernel/verb';
import { addPerson } from './add-person';
import { checkPeopleImport } from './import-rows';
import { can } from './permissions';

export const ImportPeopleInput = z.object({
  headers: z.array(z.string().max(100)).max(50),
  rows: z.array(z.array(z.string().max(5000)).max(50)).max(5000),
});

/** Imports people from a table: all rows or none, with each bad row's errors. */
export const importPeople = defineVerb({
  name: 'people.importPeople',
  input: ImportPeopleInput,
  authorize: (actor) => can(actor, 'people.manage'),
  async run(ctx, table) {
    const check = checkPeopleImport(ctx, table);
    if (!check.valid) throw new Validation(importFieldErrors(check.fileErrors, check.rows), 'import.refused');
    const created = [];
    for (const row of check.rows) created.push(await addPerson({ ctx, input: row.input! }));
    await audit(ctx, {
      action: 'people.importPeople',
      entityType: 'person',
      after: { count: created.length },
    });
    return created;
  },
});
