import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser } from '../../../tests/support/fixtures';
import { Conflict, Forbidden, Validation } from '../../kernel/errors';
import { addPerson } from './add-person';
import { importPeople } from './import-people';
import { checkPeopleImport } from './import-rows';
import { getPerson, listPeople } from './queries';
import { updatePerson } from './update-person';

const database = setupTestDatabase();
const db = () => database().db;

describe('people', () => {
  it('are added and changed with versions and audit rows', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const person = await addPerson({
      ctx,
      input: {
        name: 'Åse Ødegård',
        title: 'ordfører',
        email: 'ase.odegard@example.org',
        phone: '+47 400 00 000',
        gender: 'female',
        organisation: 'Ås kommune',
      },
    });
    expect(person).toMatchObject({
      name: 'Åse Ødegård',
      email: 'ase.odegard@example.org',
      gender: 'female',
      version: 1,
    });
    const changed = await updatePerson({
      ctx,
      input: { id: person.id, version: 1, name: 'Åse Ødegård', title: 'varaordfører' },
    });
    expect(changed).toMatchObject({ title: 'varaordfører', email: null, version: 2 });
    await expect(
      updatePerson({ ctx, input: { id: person.id, version: 1, name: 'X' } }),
    ).rejects.toBeInstanceOf(Conflict);
    expect(await auditRowsFor(db(), 'people.addPerson', person.id)).toHaveLength(1);
    expect(await auditRowsFor(db(), 'people.updatePerson', person.id)).toHaveLength(1);
  });

  it('show contact details and gender only to signed-in users', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const person = await addPerson({
      ctx,
      input: { name: 'Ola Nordmann', email: 'ola@example.org', gender: 'male' },
    });
    const seenByPublic = await getPerson(anonymousCtx(db()), person.id);
    expect(seenByPublic).not.toHaveProperty('email');
    expect(seenByPublic).not.toHaveProperty('gender');
    expect(await getPerson(ctx, person.id)).toMatchObject({ email: 'ola@example.org', gender: 'male' });
    const publicSearch = await listPeople(anonymousCtx(db()), { q: 'ola@example.org' });
    expect(publicSearch.total).toBe(0);
    expect((await listPeople(ctx, { q: 'ola@example' })).total).toBe(1);
  });

  it('refuses bad input and members of the register', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const error = await addPerson({ ctx, input: { name: '', email: 'ikke-epost', phone: 'ring meg' } }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(Validation);
    expect(Object.keys(error.fieldErrors).sort()).toEqual(['email', 'name', 'phone']);
    const member = (await makeUser(db(), { role: 'member' })).ctx;
    await expect(addPerson({ ctx: member, input: { name: 'X' } })).rejects.toBeInstanceOf(Forbidden);
  });

  it('are imported all or nothing', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const bad = {
      headers: ['navn', 'e-post', 'kjønn'],
      rows: [
        ['Kari Nordmann', 'kari@example.org', 'kvinne'],
        ['', 'x', 'ukjent'],
      ],
    };
    const preview = checkPeopleImport(ctx, bad);
    expect(preview.rows[1]?.errors).toEqual([
      'Ukjent kjønn «ukjent» (bruk kvinne, mann eller annet).',
      'navn: Feltet må fylles ut.',
      'e-post: Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.',
    ]);
    await expect(importPeople({ ctx, input: bad })).rejects.toBeInstanceOf(Validation);
    expect((await listPeople(ctx, { q: 'kari@example.org' })).total).toBe(0);
    const created = await importPeople({ ctx, input: { ...bad, rows: [bad.rows[0]!] } });
    expect(created[0]).toMatchObject({ name: 'Kari Nordmann', gender: 'female' });
    expect(await auditRowsFor(db(), 'people.importPeople')).toHaveLength(1);
  });
});
