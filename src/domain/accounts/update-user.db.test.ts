import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { auditRowsFor, makeUser, PASSWORD } from '../../../tests/support/fixtures';
import { Conflict, Forbidden, PreconditionFailed, Validation } from '../../kernel/errors';
import { createAccessToken } from './create-access-token';
import { logIn } from './log-in';
import { users } from './schema';
import { actorFromAccessToken, actorFromSession } from './sessions';
import { updateUser } from './update-user';

const database = setupTestDatabase();
const db = () => database().db;

describe('updateUser', () => {
  it('changes the role, bumps the version and audits before and after', async () => {
    const { ctx } = await makeUser(db(), { role: 'admin' });
    const { user } = await makeUser(db(), { name: 'Ola Nordmann' });
    const changed = await updateUser({ ctx, input: { id: user.id, version: user.version, role: 'editor' } });
    expect(changed).toMatchObject({ role: 'editor', version: 2 });
    const [row] = await auditRowsFor(db(), 'accounts.updateUser', user.id);
    expect(row?.before).toMatchObject({ role: 'member', version: 1 });
    expect(row?.after).toMatchObject({ role: 'editor', version: 2 });
  });

  it('refuses a stale version, so nobody overwrites a change they have not seen', async () => {
    const { ctx } = await makeUser(db(), { role: 'admin' });
    const { user } = await makeUser(db());
    await updateUser({ ctx, input: { id: user.id, version: 1, name: 'Først' } });
    await expect(
      updateUser({ ctx, input: { id: user.id, version: 1, name: 'Sist' } }),
    ).rejects.toBeInstanceOf(Conflict);
    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect(row?.name).toBe('Først');
  });

  it('never removes the last active administrator', async () => {
    // Deactivate every other admin first, so this one is the last.
    const { ctx, user } = await makeUser(db(), { role: 'admin' });
    const admins = await db().select().from(users).where(eq(users.role, 'admin'));
    for (const other of admins.filter((a) => a.id !== user.id && a.active)) {
      await updateUser({ ctx, input: { id: other.id, version: other.version, active: false } });
    }
    await expect(
      updateUser({ ctx, input: { id: user.id, version: 1, role: 'editor' } }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
  });

  it('signs a deactivated user out everywhere and stops their tokens', async () => {
    const { ctx: admin } = await makeUser(db(), { role: 'admin' });
    const { user, ctx } = await makeUser(db());
    const login = await logIn({ ctx, input: { email: user.email, password: PASSWORD } });
    if (!login.ok) throw new Error('login failed');
    const token = await createAccessToken({ ctx, input: { name: 'Rapport' } });
    await updateUser({ ctx: admin, input: { id: user.id, version: user.version, active: false } });
    expect(await actorFromSession(db(), login.session.token, new Date())).toBeNull();
    expect(await actorFromAccessToken(db(), token.secret, new Date())).toBeNull();
  });

  it('refuses members and editors, and bad input', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const { user } = await makeUser(db());
    await expect(updateUser({ ctx, input: { id: user.id, version: 1, name: 'X' } })).rejects.toBeInstanceOf(
      Forbidden,
    );
    const { ctx: admin } = await makeUser(db(), { role: 'admin' });
    await expect(updateUser({ ctx: admin, input: { id: 'ikke-en-id', version: 0 } })).rejects.toBeInstanceOf(
      Validation,
    );
  });
});
