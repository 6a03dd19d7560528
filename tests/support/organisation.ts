import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../src/db/types';
import { addBody } from '../../src/domain/bodies/add-body';
import type { CompositionRule } from '../../src/domain/bodies/composition';
import { addMember } from '../../src/domain/members/add-member';
import { counties } from '../../src/domain/members/schema';
import { addPerson } from '../../src/domain/people/add-person';
import type { Ctx } from '../../src/kernel/ctx';
import { systemTestCtx, uniqueEmail } from './fixtures';

/** The id of a county by number, valid on a date (numbers are reused across reforms). */
export async function countyId(db: Executor, number: string, date = '2020-06-01'): Promise<string> {
  const rows = await db
    .select()
    .from(counties)
    .where(and(eq(counties.number, number)));
  const row = rows.find((c) => c.validFrom <= date && (c.validTo === null || c.validTo >= date));
  if (!row) throw new Error(`no county ${number} on ${date}`);
  return row.id;
}

let next = 0;
/** A fresh kommunenummer in Vestland (46xx), unique within the test run of this file. */
export function freshNumber(): string {
  next = (next % 98) + 1;
  return `46${String(next).padStart(2, '0')}`;
}

/** A municipality in Vestland from 2020 (or `joinedOn`), made through the verb. */
export async function makeMunicipality(
  db: Executor,
  overrides: Partial<Parameters<typeof addMember>[0]['input']> = {},
) {
  return addMember({
    ctx: systemTestCtx(db),
    input: {
      kind: 'municipality',
      name: `Testkommune ${next + 1}`,
      number: freshNumber(),
      countyId: await countyId(db, '46'),
      joinedOn: '2020-01-01',
      ...overrides,
    },
  });
}

export async function makePerson(db: Executor, name = 'Kari Nordmann', gender: 'female' | 'male' = 'female') {
  return addPerson({ ctx: systemTestCtx(db), input: { name, email: uniqueEmail(), gender } });
}

export async function makeBody(db: Executor, composition: CompositionRule, name = 'Testorgan', ctx?: Ctx) {
  return addBody({
    ctx: ctx ?? systemTestCtx(db),
    input: { kind: 'board', name, composition, validFrom: '2019-01-01' },
  });
}

/** A board of four voting members (leader first) and one deputy, appointed from 2019; people have e-mail. */
export async function makeBoard(db: Executor, name = 'Styret i test') {
  const { appointPerson } = await import('../../src/domain/bodies/appoint-person');
  const ctx = systemTestCtx(db);
  const body = await makeBody(db, { type: 'fixed', seats: 4, deputies: false }, name);
  const seats = [];
  for (const [i, role] of (['leader', 'member', 'member', 'member'] as const).entries()) {
    const person = await makePerson(db, `Styremedlem ${i + 1}`, i % 2 ? 'male' : 'female');
    seats.push(
      await appointPerson({
        ctx,
        input: { bodyId: body.id, personId: person.id, role, validFrom: '2019-01-01' },
      }),
    );
  }
  const deputyPerson = await makePerson(db, 'Vara Varasen', 'male');
  const deputy = await appointPerson({
    ctx,
    input: { bodyId: body.id, personId: deputyPerson.id, role: 'deputy_member', validFrom: '2019-01-01' },
  });
  return { body, seats, deputy };
}

/** A member contact: a user with role member whose person comes from the given member. */
export async function makeMemberContact(db: Executor, memberId: string) {
  const { makeUser } = await import('./fixtures');
  const { updateUser } = await import('../../src/domain/accounts/update-user');
  const person = await addPerson({
    ctx: systemTestCtx(db),
    input: { name: 'Kontakt Kommune', email: uniqueEmail(), memberId },
  });
  const contact = await makeUser(db, { role: 'member' });
  await updateUser({
    ctx: systemTestCtx(db),
    input: { id: contact.user.id, version: contact.user.version, personId: person.id },
  });
  return contact;
}
