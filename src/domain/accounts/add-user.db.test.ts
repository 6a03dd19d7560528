import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import {
  anonymousCtx,
  auditRowsFor,
  makeUser,
  systemTestCtx,
  uniqueEmail,
} from '../../../tests/support/fixtures';
import { Conflict, Forbidden, Unauthenticated, Validation } from '../../kernel/errors';
import { addUser } from './add-user';

const database = setupTestDatabase();
const db = () => database().db;

describe('addUser', () => {
  it('adds a user with a lower-cased e-mail and audits it without any secret', async () => {
    const { ctx } = await makeUser(db(), { role: 'admin' });
    const email = uniqueEmail('Ola.Nordmann');
    const user = await addUser({
      ctx,
      input: {
        email: `  ${email.toUpperCase()} `,
        name: 'Ola Nordmann',
        role: 'editor',
        password: 'et-langt-passord-2020',
      },
    });
    expect(user).toMatchObject({
      email: email.toLowerCase(),
      name: 'Ola Nordmann',
      role: 'editor',
      active: true,
      version: 1,
    });
    const [row] = await auditRowsFor(db(), 'accounts.addUser', user.id);
    expect(row?.actorLabel).toBe(ctx.actor.kind === 'user' ? ctx.actor.email : '');
    expect(JSON.stringify(row?.after)).not.toMatch(/password|argon2/i);
  });

  it('refuses editors and anonymous callers', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const input = { email: uniqueEmail(), name: 'Per Hansen', role: 'member' as const };
    await expect(addUser({ ctx, input })).rejects.toBeInstanceOf(Forbidden);
    await expect(addUser({ ctx: anonymousCtx(db()), input })).rejects.toBeInstanceOf(Unauthenticated);
  });

  it('refuses a bad e-mail, a short password and an unknown role, field by field', async () => {
    const error = await addUser({
      ctx: systemTestCtx(db()),
      input: { email: 'ikke-en-adresse', name: '', role: 'boss', password: 'kort' } as never,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(Validation);
    expect(Object.keys(error.fieldErrors).sort()).toEqual(['email', 'name', 'password', 'role']);
    expect(error.fieldErrors.email[0]).toMatch(/gyldig e-postadresse/);
    expect(error.fieldErrors.password[0]).toBe('Må være minst 12 tegn.');
  });

  it('refuses an e-mail address that is taken, whatever its case', async () => {
    const { user } = await makeUser(db());
    const error = await addUser({
      ctx: systemTestCtx(db()),
      input: { email: user.email.toUpperCase(), name: 'Kari Kopi', role: 'member' },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(Conflict);
    expect(error.params.email).toBe(user.email);
  });
});
