import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { PersonFields } from './fields';
import { can } from './permissions';
import { presentPerson } from './present';
import { people } from './schema';

export const AddPersonInput = PersonFields;

export const addPerson = defineVerb({
  name: 'people.addPerson',
  input: AddPersonInput,
  authorize: (actor) => can(actor, 'people.manage'),
  async run(ctx, input) {
    const [row] = await ctx.db
      .insert(people)
      .values({
        id: newId(),
        ...input,
        email: input.email ?? null,
        phone: input.phone ?? null,
        memberId: input.memberId ?? null,
        gender: input.gender ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    const person = presentPerson(row!, true);
    await audit(ctx, {
      action: 'people.addPerson',
      entityType: 'person',
      entityId: person.id,
      after: person,
    });
    return person;
  },
});
