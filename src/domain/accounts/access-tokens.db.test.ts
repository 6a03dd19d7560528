import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser } from '../../../tests/support/fixtures';
import { NotFound, PreconditionFailed, Unauthenticated, Validation } from '../../kernel/errors';
import { createAccessToken } from './create-access-token';
import { listMyAccessTokens } from './queries';
import { revokeAccessToken } from './revoke-access-token';
import { actorFromAccessToken } from './sessions';

const database = setupTestDatabase();
const db = () => database().db;

describe('personal access tokens', () => {
  it('creates a token that signs its owner in, shows the secret once and stores only its hash', async () => {
    const { ctx, user } = await makeUser(db(), { role: 'editor' });
    const created = await createAccessToken({ ctx, input: { name: 'Eksport til regnskap' } });
    expect(created.secret).toMatch(/^samrad_pat_[\w-]{43}$/);
    expect(await actorFromAccessToken(db(), created.secret, new Date())).toMatchObject({
      id: user.id,
      role: 'editor',
    });
    const listed = await listMyAccessTokens(ctx);
    expect(listed).toEqual([
      expect.objectContaining({ name: 'Eksport til regnskap', prefix: created.prefix }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    const [row] = await auditRowsFor(db(), 'accounts.createAccessToken', created.id);
    expect(JSON.stringify(row)).not.toContain(created.secret);
  });

  it('stops working when revoked or expired', async () => {
    const { ctx } = await makeUser(db());
    const revoked = await createAccessToken({ ctx, input: { name: 'Skript' } });
    await revokeAccessToken({ ctx, input: { id: revoked.id } });
    expect(await actorFromAccessToken(db(), revoked.secret, new Date())).toBeNull();
    expect(await auditRowsFor(db(), 'accounts.revokeAccessToken', revoked.id)).toHaveLength(1);

    const expiring = await createAccessToken({
      ctx,
      input: { name: 'Kort levetid', expiresOn: '2099-01-31' },
    });
    expect(
      await actorFromAccessToken(db(), expiring.secret, new Date('2099-01-31T12:00:00Z')),
    ).not.toBeNull();
    expect(await actorFromAccessToken(db(), expiring.secret, new Date('2099-02-01T12:00:00Z'))).toBeNull();
  });

  it("does not let one user revoke another's token", async () => {
    const { ctx: owner } = await makeUser(db());
    const { ctx: other } = await makeUser(db());
    const token = await createAccessToken({ ctx: owner, input: { name: 'Min' } });
    await expect(revokeAccessToken({ ctx: other, input: { id: token.id } })).rejects.toBeInstanceOf(NotFound);
    expect(await actorFromAccessToken(db(), token.secret, new Date())).not.toBeNull();
  });

  it('refuses anonymous callers, empty names and a past expiry', async () => {
    await expect(createAccessToken({ ctx: anonymousCtx(db()), input: { name: 'x' } })).rejects.toBeInstanceOf(
      Unauthenticated,
    );
    const { ctx } = await makeUser(db());
    await expect(createAccessToken({ ctx, input: { name: ' ' } })).rejects.toBeInstanceOf(Validation);
    await expect(
      createAccessToken({ ctx, input: { name: 'Gammel', expiresOn: '2001-01-01' } }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
  });

  it('ignores anything that is not one of our tokens', async () => {
    expect(await actorFromAccessToken(db(), 'samrad_pat_finnesikke', new Date())).toBeNull();
    expect(await actorFromAccessToken(db(), 'Basic abc', new Date())).toBeNull();
  });
});
