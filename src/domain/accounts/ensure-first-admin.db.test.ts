import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor } from '../../../tests/support/fixtures';
import { systemCtx } from '../../kernel/ctx';
import { Validation } from '../../kernel/errors';
import { ensureFirstAdmin } from './ensure-first-admin';
import { logIn } from './log-in';
import { hasActiveAdmin } from './queries';

// This file needs a database without administrators: it opens its own for each test.
describe('ensureFirstAdmin on a new installation', () => {
  it('creates the administrator with a generated password that works, once', async () => {
    const database = await openTestDatabase();
    try {
      const db = database.db;
      expect(await hasActiveAdmin(db)).toBe(false);
      const result = await ensureFirstAdmin({
        ctx: systemCtx(db, 'boot'),
        input: { email: 'Admin@Samrad.local' },
      });
      expect(result.email).toBe('admin@samrad.local');
      expect(result.generatedPassword).toMatch(/^[a-zA-Z2-9]{20}$/);
      expect(await hasActiveAdmin(db)).toBe(true);
      const login = await logIn({
        ctx: anonymousCtx(db),
        input: { email: 'admin@samrad.local', password: result.generatedPassword! },
      });
      expect(login.ok).toBe(true);
      expect(await auditRowsFor(db, 'accounts.ensureFirstAdmin')).toHaveLength(1);
    } finally {
      await database.close();
    }
  });

  it('uses the configured password, and refuses one that is too short', async () => {
    const database = await openTestDatabase();
    try {
      const db = database.db;
      await expect(
        ensureFirstAdmin({
          ctx: systemCtx(db, 'boot'),
          input: { email: 'admin@samrad.local', password: 'kort' },
        }),
      ).rejects.toBeInstanceOf(Validation);
      const result = await ensureFirstAdmin({
        ctx: systemCtx(db, 'boot'),
        input: { email: 'admin@samrad.local', password: 'konfigurert-passord' },
      });
      expect(result.generatedPassword).toBeNull();
    } finally {
      await database.close();
    }
  });
});
