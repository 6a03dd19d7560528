import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser, uniqueEmail } from '../../../tests/support/fixtures';
import { Validation } from '../../kernel/errors';
import { logInWithOidc } from './log-in-with-oidc';
import { actorFromSession } from './sessions';

const database = setupTestDatabase();
const db = () => database().db;
const ISSUER = 'https://idp.kommune.example.org';

describe('logInWithOidc', () => {
  it('links a registered user by verified e-mail on first sign-in, then by subject', async () => {
    const { user } = await makeUser(db(), { password: null });
    const first = await logInWithOidc({
      ctx: anonymousCtx(db()),
      input: { issuer: ISSUER, subject: 'sub-1', email: user.email.toUpperCase(), emailVerified: true },
    });
    expect(first.ok).toBe(true);
    expect(await auditRowsFor(db(), 'accounts.linkOidc', user.id)).toHaveLength(1);
    // Later the e-mail may change at the IdP: the subject still finds the user.
    const second = await logInWithOidc({
      ctx: anonymousCtx(db()),
      input: { issuer: ISSUER, subject: 'sub-1', email: 'ny.adresse@example.org', emailVerified: true },
    });
    expect(second.ok).toBe(true);
    if (second.ok) {
      expect(await actorFromSession(db(), second.session.token, new Date())).toMatchObject({ id: user.id });
    }
  });

  it('does not link by an unverified e-mail, and creates nobody', async () => {
    const { user } = await makeUser(db());
    const result = await logInWithOidc({
      ctx: anonymousCtx(db()),
      input: { issuer: ISSUER, subject: 'sub-unverified', email: user.email, emailVerified: false },
    });
    expect(result).toEqual({ ok: false, reason: 'unknown-user' });
    const stranger = await logInWithOidc({
      ctx: anonymousCtx(db()),
      input: { issuer: ISSUER, subject: 'sub-stranger', email: uniqueEmail('ukjent'), emailVerified: true },
    });
    expect(stranger).toEqual({ ok: false, reason: 'unknown-user' });
    const [row] = await auditRowsFor(db(), 'accounts.login.failed');
    expect(row?.after).toMatchObject({ method: 'oidc', reason: 'unknown-user' });
  });

  it('refuses claims without issuer or subject', async () => {
    await expect(
      logInWithOidc({ ctx: anonymousCtx(db()), input: { issuer: '', subject: '' } }),
    ).rejects.toBeInstanceOf(Validation);
  });
});
