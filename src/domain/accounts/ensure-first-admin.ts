import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { Email, Password } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { users } from './schema';
import { hashPassword, randomPassword } from './secrets';

export const EnsureFirstAdminInput = z.object({ email: Email, password: Password.optional() });

/**
 * At boot, when no active administrator exists (see hasActiveAdmin): create one, with the configured
 * password or a random one that the caller prints once. Only the system may call it.
 */
export const ensureFirstAdmin = defineVerb({
  name: 'accounts.ensureFirstAdmin',
  input: EnsureFirstAdminInput,
  authorize: (actor) => actor.kind === 'system',
  async run(ctx, input): Promise<{ email: string; generatedPassword: string | null }> {
    const [existing] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.active, true)))
      .limit(1);
    if (existing) throw new PreconditionFailed('accounts.adminExists');
    const generatedPassword = input.password ? null : randomPassword();
    const password = input.password ?? generatedPassword!;
    const [taken] = await ctx.db.select().from(users).where(sql`lower(${users.email}) = ${input.email}`);
    const id = taken?.id ?? newId();
    const values = {
      role: 'admin' as const,
      active: true,
      passwordHash: await hashPassword(password),
      updatedAt: ctx.now,
    };
    if (taken) {
      await ctx.db
        .update(users)
        .set({ ...values, version: taken.version + 1 })
        .where(eq(users.id, id));
    } else {
      await ctx.db
        .insert(users)
        .values({ id, email: input.email, name: 'Administrator', createdAt: ctx.now, ...values });
    }
    await audit(ctx, {
      action: 'accounts.ensureFirstAdmin',
      entityType: 'user',
      entityId: id,
      after: { email: input.email },
    });
    return { email: input.email, generatedPassword };
  },
});
