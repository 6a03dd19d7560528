import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, makeUser } from '../../../tests/support/fixtures';
import { Forbidden, Unauthenticated, Validation } from '../../kernel/errors';
import { updateUser } from '../accounts/update-user';
import { listAuditEvents, listMyActivity } from './queries';

const database = setupTestDatabase();
const db = () => database().db;

describe('the audit log', () => {
  it('pages newest first with a cursor that never repeats or skips a row', async () => {
    const { ctx } = await makeUser(db(), { role: 'admin' });
    const { user } = await makeUser(db());
    let version = user.version;
    for (let i = 0; i < 7; i++) {
      version = (await updateUser({ ctx, input: { id: user.id, version, name: `Navn ${i}` } })).version;
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAuditEvents(ctx, {
        entityId: user.id,
        action: 'accounts.updateUser',
        limit: 3,
        cursor,
      });
      expect(page.total).toBe(7);
      seen.push(...page.items.map((e) => (e.after as { name: string }).name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['Navn 6', 'Navn 5', 'Navn 4', 'Navn 3', 'Navn 2', 'Navn 1', 'Navn 0']);
  });

  it('is for administrators; everyone sees their own activity', async () => {
    const { ctx: member, user } = await makeUser(db());
    await expect(listAuditEvents(member, {})).rejects.toBeInstanceOf(Forbidden);
    await expect(listAuditEvents(anonymousCtx(db()), {})).rejects.toBeInstanceOf(Unauthenticated);
    const { ctx: admin } = await makeUser(db(), { role: 'admin' });
    await updateUser({ ctx: admin, input: { id: user.id, version: user.version, name: 'Ny' } });
    const mine = await listMyActivity(admin, {});
    expect(mine.items.every((e) => e.actorId === (admin.actor.kind === 'user' ? admin.actor.id : ''))).toBe(
      true,
    );
    expect(mine.items[0]?.action).toBe('accounts.updateUser');
  });

  it('refuses a forged cursor and a limit above 500', async () => {
    const { ctx } = await makeUser(db(), { role: 'admin' });
    await expect(listAuditEvents(ctx, { cursor: 'tull' })).rejects.toBeInstanceOf(Validation);
    await expect(listAuditEvents(ctx, { limit: 501 })).rejects.toBeInstanceOf(Validation);
  });
});
