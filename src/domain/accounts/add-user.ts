import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Conflict } from '../../kernel/errors';
import { Email, Password, PersonName } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { presentUser } from './present';
import { users } from './schema';
import { hashPassword } from './secrets';

export const Role = z.enum(['admin', 'editor', 'member']);

export const AddUserInput = z.object({
  email: Email,
  name: PersonName,
  role: Role,
  /** Optional: users who sign in with OIDC need none. */
  password: Password.optional(),
});

export const addUser = defineVerb({
  name: 'accounts.addUser',
  input: AddUserInput,
  authorize: (actor) => can(actor, 'users.manage'),
  async run(ctx, input) {
    const taken = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${input.email}`);
    if (taken.length) throw new Conflict('accounts.emailTaken', { email: input.email });
    const [row] = await ctx.db
      .insert(users)
      .values({
        id: newId(),
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash: input.password ? await hashPassword(input.password) : null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    const user = presentUser(row!);
    await audit(ctx, { action: 'accounts.addUser', entityType: 'user', entityId: user.id, after: user });
    return user;
  },
});
