import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { setupTestDatabase } from '../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser, systemTestCtx } from '../../tests/support/fixtures';
import { settings } from '../domain/settings/schema';
import { audit } from './audit';
import { hasRole } from './ctx';
import { cacheableDataVersion, countChangesLocally, currentDataVersion } from './data-version';
import { Conflict, Forbidden, Unauthenticated, Validation } from './errors';
import { withTransaction } from './transaction';
import { defineVerb, isVerb } from './verb';

const db = () => database().db;
const database = setupTestDatabase();

// Test verbs write to the settings table with a key of their own.
const SetValue = z.object({ key: z.string().min(3).max(40), value: z.string().max(10) });

const setValue = defineVerb({
  name: 'test.setValue',
  input: SetValue,
  authorize: (actor) => hasRole(actor, 'editor'),
  async run(ctx, input) {
    await ctx.db.insert(settings).values({ key: input.key, value: input.value, updatedAt: ctx.now });
    await audit(ctx, { action: 'test.setValue', entityType: 'setting', entityId: input.key, after: input });
    return input.key;
  },
});

const forgetfulVerb = defineVerb({
  name: 'test.forgetful',
  input: SetValue,
  authorize: () => true,
  async run(ctx, input) {
    await ctx.db.insert(settings).values({ key: input.key, value: input.value, updatedAt: ctx.now });
    return input.key;
  },
});

const stored = async (key: string) => (await db().select().from(settings).where(eq(settings.key, key)))[0];

describe('defineVerb: authorize → validate → one transaction → audit', () => {
  it('writes the change and its audit row together', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    await setValue({ ctx, input: { key: 'test.happy', value: 'ja' } });
    expect((await stored('test.happy'))?.value).toBe('ja');
    const [row] = await auditRowsFor(db(), 'test.setValue', 'test.happy');
    expect(row).toMatchObject({
      actorId: ctx.actor.kind === 'user' ? ctx.actor.id : null,
      requestId: 'test-request',
    });
    expect(row?.after).toEqual({ key: 'test.happy', value: 'ja' });
  });

  it('asks an anonymous caller to sign in and refuses a role below the requirement, before parsing', async () => {
    await expect(
      setValue({ ctx: anonymousCtx(db()), input: { key: 'x', value: 'y' } }),
    ).rejects.toBeInstanceOf(Unauthenticated);
    const { ctx } = await makeUser(db(), { role: 'member' });
    await expect(setValue({ ctx, input: { key: 'test.member', value: 'y' } })).rejects.toBeInstanceOf(
      Forbidden,
    );
    expect(await stored('test.member')).toBeUndefined();
  });

  it('refuses invalid input with Norwegian messages per field', async () => {
    const error = await setValue({
      ctx: systemTestCtx(db()),
      input: { key: 'ab', value: 'for lang verdi' },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(Validation);
    expect(error.fieldErrors).toEqual({
      key: ['Må være minst 3 tegn.'],
      value: ['Kan ikke være mer enn 10 tegn.'],
    });
  });

  it('speaks English to an English caller', async () => {
    const ctx = { ...systemTestCtx(db()), locale: 'en' as const };
    const error = await setValue({ ctx, input: { key: '', value: 'x' } as never }).catch((e) => e);
    expect(error.fieldErrors.key).toEqual(['This field is required.']);
  });

  it('rolls back a verb that forgot its audit row', async () => {
    await expect(
      forgetfulVerb({ ctx: systemTestCtx(db()), input: { key: 'test.forgot', value: 'x' } }),
    ).rejects.toThrow(/wrote no audit row/);
    expect(await stored('test.forgot')).toBeUndefined();
  });

  it('composes: verbs called inside one transaction commit or roll back together', async () => {
    const ctx = systemTestCtx(db());
    await expect(
      withTransaction(ctx, async (tx) => {
        await setValue({ ctx: tx, input: { key: 'test.first', value: '1' } });
        await setValue({ ctx: tx, input: { key: 'test.second', value: '2' } });
        throw new Error('the third step fails');
      }),
    ).rejects.toThrow('the third step fails');
    expect(await stored('test.first')).toBeUndefined();
    expect(await auditRowsFor(db(), 'test.setValue', 'test.first')).toHaveLength(0);
  });

  it('turns a unique violation the verb did not foresee into a Conflict', async () => {
    const ctx = systemTestCtx(db());
    await setValue({ ctx, input: { key: 'test.twice', value: '1' } });
    await expect(setValue({ ctx, input: { key: 'test.twice', value: '2' } })).rejects.toBeInstanceOf(
      Conflict,
    );
  });

  it('marks verbs so the architecture test can find them', () => {
    expect(isVerb(setValue)).toBe(true);
    expect(isVerb(() => 1)).toBe(false);
  });
});

describe('the data version the page cache trusts', () => {
  it('moves on with every committed verb, not with a rolled-back one, and a read after a commit sees it', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const before = await currentDataVersion(db());
    await setValue({ ctx, input: { key: 'versjon-1', value: 'a' } });
    expect(await currentDataVersion(db())).toBe(before + 1);
    await expect(forgetfulVerb({ ctx, input: { key: 'versjon-2', value: 'b' } })).rejects.toThrow();
    expect(await currentDataVersion(db())).toBe(before + 1);

    // Requests asking at once share one read; one asking after a commit gets a read of its own.
    const [a, b] = await Promise.all([cacheableDataVersion(db()), cacheableDataVersion(db())]);
    expect(a).toBe(before + 1);
    expect(b).toBe(a);
    const reading = cacheableDataVersion(db());
    await setValue({ ctx, input: { key: 'versjon-3', value: 'c' } });
    expect(await reading).toBeGreaterThanOrEqual(before + 1);
    expect(await cacheableDataVersion(db())).toBe(before + 2);
  });

  it('is unknown while a verb runs where the process counts its own changes', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    countChangesLocally(db());
    const start = await cacheableDataVersion(db());
    let during: number | null = -1;
    const slow = defineVerb({
      name: 'test.slow',
      input: SetValue,
      authorize: () => true,
      async run(inner, input) {
        during = await cacheableDataVersion(db());
        await inner.db.insert(settings).values({ key: input.key, value: input.value, updatedAt: inner.now });
        await audit(inner, { action: 'test.slow', entityType: 'setting', entityId: input.key });
        return input.key;
      },
    });
    await slow({ ctx, input: { key: 'versjon-4', value: 'd' } });
    expect(during).toBeNull();
    expect(await cacheableDataVersion(db())).toBe((start ?? 0) + 1);
  });
});
