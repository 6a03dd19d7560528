import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser, PASSWORD } from '../../../tests/support/fixtures';
import { systemCtx } from '../../kernel/ctx';
import { Forbidden, PreconditionFailed, Validation } from '../../kernel/errors';
import { changeOwnPassword } from './change-own-password';
import { ensureFirstAdmin } from './ensure-first-admin';
import { logIn } from './log-in';
import { actorFromSession } from './sessions';
import { setUserPassword } from './set-user-password';

const database = setupTestDatabase();
const db = () => database().db;

async function signIn(email: string, password = PASSWORD) {
  const result = await logIn({ ctx: anonymousCtx(db()), input: { email, password } });
  if (!result.ok) throw new Error(`login failed: ${result.reason}`);
  return result.session.token;
}

describe('changeOwnPassword', () => {
  it('changes the password, keeps this session and ends the others', async () => {
    const { ctx, user } = await makeUser(db());
    const here = await signIn(user.email);
    const elsewhere = await signIn(user.email);
    await changeOwnPassword({
      ctx,
      input: { currentPassword: PASSWORD, newPassword: 'et-helt-nytt-passord', sessionToken: here },
    });
    expect(await actorFromSession(db(), here, new Date())).not.toBeNull();
    expect(await actorFromSession(db(), elsewhere, new Date())).toBeNull();
    expect(await signIn(user.email, 'et-helt-nytt-passord')).toBeTruthy();
    expect(await auditRowsFor(db(), 'accounts.changeOwnPassword', user.id)).toHaveLength(1);
  });

  it('says which field is wrong, in Norwegian', async () => {
    const { ctx } = await makeUser(db());
    const wrong = await changeOwnPassword({
      ctx,
      input: { currentPassword: 'ikke-riktig', newPassword: 'et-helt-nytt-passord' },
    }).catch((e) => e);
    expect(wrong).toBeInstanceOf(Validation);
    expect(wrong.fieldErrors).toEqual({ currentPassword: ['Nåværende passord er feil.'] });
    const same = await changeOwnPassword({
      ctx,
      input: { currentPassword: PASSWORD, newPassword: PASSWORD },
    }).catch((e) => e);
    expect(same.fieldErrors).toEqual({
      newPassword: ['Det nye passordet må være forskjellig fra det gamle.'],
    });
  });
});

describe('setUserPassword', () => {
  it('lets an administrator set a new password and signs the user out everywhere', async () => {
    const { ctx: admin } = await makeUser(db(), { role: 'admin' });
    const { user } = await makeUser(db());
    const session = await signIn(user.email);
    await setUserPassword({ ctx: admin, input: { id: user.id, password: 'nytt-passord-fra-admin' } });
    expect(await actorFromSession(db(), session, new Date())).toBeNull();
    expect(await signIn(user.email, 'nytt-passord-fra-admin')).toBeTruthy();
    expect(await auditRowsFor(db(), 'accounts.setUserPassword', user.id)).toHaveLength(1);
  });

  it('refuses editors and short passwords', async () => {
    const { ctx: editor } = await makeUser(db(), { role: 'editor' });
    const { user } = await makeUser(db());
    await expect(
      setUserPassword({ ctx: editor, input: { id: user.id, password: 'langt-nok-passord' } }),
    ).rejects.toBeInstanceOf(Forbidden);
    const { ctx: admin } = await makeUser(db(), { role: 'admin' });
    await expect(
      setUserPassword({ ctx: admin, input: { id: user.id, password: 'kort' } }),
    ).rejects.toBeInstanceOf(Validation);
  });
});

describe('ensureFirstAdmin', () => {
  it('is for the system only, and refuses when an administrator exists', async () => {
    const { ctx } = await makeUser(db(), { role: 'admin' });
    await expect(ensureFirstAdmin({ ctx, input: { email: 'admin@example.org' } })).rejects.toBeInstanceOf(
      Forbidden,
    );
    await expect(
      ensureFirstAdmin({ ctx: systemCtx(db(), 'test'), input: { email: 'admin@example.org' } }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
  });
});
