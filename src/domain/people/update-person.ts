import { eq } from 'drizzle-orm';
import { audit } from '../../kernel/audit';
import { NotFound } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { PersonFields } from './fields';
import { can } from './permissions';
import { presentPerson } from './present';
import { people } from './schema';

export const UpdatePersonInput = PersonFields.extend({ id: Id, version: Version });

/** Replaces a person's details; fields left out are cleared (the form always sends them all). */
export const updatePerson = defineVerb({
  name: 'people.updatePerson',
  input: UpdatePersonInput,
  authorize: (actor) => can(actor, 'people.manage'),
  async run(ctx, { id, version, ...fields }) {
    const [before] = await ctx.db.select().from(people).where(eq(people.id, id));
    if (!before) throw new NotFound('person');
    const row = await updateVersioned(
      ctx,
      people,
      id,
      version,
      {
        ...fields,
        email: fields.email ?? null,
        phone: fields.phone ?? null,
        memberId: fields.memberId ?? null,
        gender: fields.gender ?? null,
        updatedAt: ctx.now,
      },
      'person',
    );
    const after = presentPerson(row, true);
    await audit(ctx, {
      action: 'people.updatePerson',
      entityType: 'person',
      entityId: id,
      before: presentPerson(before, true),
      after,
    });
    return after;
  },
});
