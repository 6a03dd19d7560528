import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser, PASSWORD, uniqueEmail } from '../../../tests/support/fixtures';
import { Validation } from '../../kernel/errors';
import { logIn, MAX_FAILURES_PER_EMAIL } from './log-in';
import { logOut } from './log-out';
import { actorFromSession } from './sessions';
import { updateUser } from './update-user';

const database = setupTestDatabase();
const db = () => database().db;

describe('logIn', () => {
  it('starts a session the cookie can use, and audits the login', async () => {
    const { user } = await makeUser(db(), { role: 'editor', name: 'Sekretær Sara' });
    const result = await logIn({
      ctx: anonymousCtx(db()),
      input: { email: user.email.toUpperCase(), password: PASSWORD },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const actor = await actorFromSession(db(), result.session.token, new Date());
    expect(actor).toMatchObject({ kind: 'user', id: user.id, role: 'editor', name: 'Sekretær Sara' });
    const [row] = await auditRowsFor(db(), 'accounts.login', user.id);
    expect(row).toMatchObject({ actorId: user.id, actorLabel: user.email });
    expect(row?.after).toMatchObject({ method: 'password', ip: '192.0.2.10' });
  });

  it('answers a wrong password and an unknown e-mail the same way, and audits both', async () => {
    const { user } = await makeUser(db());
    const wrong = await logIn({
      ctx: anonymousCtx(db(), { ip: '198.51.100.1' }),
      input: { email: user.email, password: 'feil-passord' },
    });
    const unknown = await logIn({
      ctx: anonymousCtx(db(), { ip: '198.51.100.1' }),
      input: { email: uniqueEmail('finnes.ikke'), password: 'feil-passord' },
    });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual({ ok: false, reason: 'invalid' });
    const [row] = await auditRowsFor(db(), 'accounts.login.failed', user.id);
    expect(row?.after).toMatchObject({ email: user.email, reason: 'invalid' });
  });

  it(`stops an account after ${MAX_FAILURES_PER_EMAIL} failures in 15 minutes, even with the right password`, async () => {
    const { user } = await makeUser(db());
    const ctx = anonymousCtx(db(), { ip: '203.0.113.7' });
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      expect((await logIn({ ctx, input: { email: user.email, password: `feil-${i}` } })).ok).toBe(false);
    }
    const blocked = await logIn({ ctx, input: { email: user.email, password: PASSWORD } });
    expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
    if (blocked.ok || blocked.reason !== 'throttled') return;
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(await auditRowsFor(db(), 'accounts.login.throttled')).not.toHaveLength(0);
    // Sixteen minutes later the window has passed.
    const later = anonymousCtx(db(), { ip: '203.0.113.7', now: new Date(Date.now() + 16 * 60 * 1000) });
    expect((await logIn({ ctx: later, input: { email: user.email, password: PASSWORD } })).ok).toBe(true);
  });

  it('refuses a deactivated user and says so only to someone who knows the password', async () => {
    const { ctx: admin } = await makeUser(db(), { role: 'admin' });
    const { user } = await makeUser(db());
    await updateUser({ ctx: admin, input: { id: user.id, version: user.version, active: false } });
    expect(
      await logIn({ ctx: anonymousCtx(db()), input: { email: user.email, password: PASSWORD } }),
    ).toEqual({
      ok: false,
      reason: 'inactive',
    });
  });

  it('refuses empty fields before looking anything up', async () => {
    await expect(
      logIn({ ctx: anonymousCtx(db()), input: { email: '', password: '' } }),
    ).rejects.toBeInstanceOf(Validation);
  });
});

describe('logOut', () => {
  it('ends the session and audits it; the token no longer signs anyone in', async () => {
    const { user, ctx } = await makeUser(db());
    const login = await logIn({ ctx: anonymousCtx(db()), input: { email: user.email, password: PASSWORD } });
    if (!login.ok) throw new Error('login failed');
    expect(await logOut({ ctx, input: { sessionToken: login.session.token } })).toEqual({ ended: 1 });
    expect(await actorFromSession(db(), login.session.token, new Date())).toBeNull();
    expect(await auditRowsFor(db(), 'accounts.logout', user.id)).toHaveLength(1);
  });

  it("cannot end someone else's session", async () => {
    const { user } = await makeUser(db());
    const login = await logIn({ ctx: anonymousCtx(db()), input: { email: user.email, password: PASSWORD } });
    if (!login.ok) throw new Error('login failed');
    const { ctx: other } = await makeUser(db());
    expect(await logOut({ ctx: other, input: { sessionToken: login.session.token } })).toEqual({ ended: 0 });
    expect(await actorFromSession(db(), login.session.token, new Date())).not.toBeNull();
  });
});
