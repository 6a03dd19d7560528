import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Conflict, NotFound, PreconditionFailed } from '../../kernel/errors';
import { Email, Id, PersonName, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { Role } from './add-user';
import { can } from './permissions';
import { presentUser } from './present';
import { accessTokens, sessions, users } from './schema';

export const UpdateUserInput = z.object({
  id: Id,
  version: Version,
  email: Email.optional(),
  name: PersonName.optional(),
  role: Role.optional(),
  active: z.boolean().optional(),
  /** The person in the register this user is (gives a body member access to that body's exempt papers). */
  personId: z.uuid().nullable().optional(),
});

export const updateUser = defineVerb({
  name: 'accounts.updateUser',
  input: UpdateUserInput,
  authorize: (actor) => can(actor, 'users.manage'),
  async run(ctx, { id, version, ...changes }) {
    const [current] = await ctx.db.select().from(users).where(eq(users.id, id));
    if (!current) throw new NotFound('user');
    if (changes.email && changes.email !== current.email.toLowerCase()) {
      const taken = await ctx.db
        .select({ id: users.id })
        .from(users)
        .where(and(sql`lower(${users.email}) = ${changes.email}`, ne(users.id, id)));
      if (taken.length) throw new Conflict('accounts.emailTaken', { email: changes.email });
    }
    const losesAdmin =
      current.role === 'admin' &&
      current.active &&
      (changes.active === false || (changes.role && changes.role !== 'admin'));
    if (losesAdmin) {
      const [{ count } = { count: 0 }] = await ctx.db
        .select({ count: sql<number>`count(*)::int` })
        .from(users)
        .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, id)));
      if (count === 0) throw new PreconditionFailed('accounts.lastAdmin');
    }
    const row = await updateVersioned(ctx, users, id, version, { ...changes, updatedAt: ctx.now }, 'user');
    if (changes.active === false) {
      // A deactivated user is signed out everywhere and their tokens stop working at once.
      await ctx.db.delete(sessions).where(eq(sessions.userId, id));
      await ctx.db
        .update(accessTokens)
        .set({ revokedAt: ctx.now })
        .where(and(eq(accessTokens.userId, id), isNull(accessTokens.revokedAt)));
    }
    const after = presentUser(row);
    await audit(ctx, {
      action: 'accounts.updateUser',
      entityType: 'user',
      entityId: id,
      before: presentUser(current),
      after,
    });
    return after;
  },
});
