import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../src/db/types';
import { addUser } from '../../src/domain/accounts/add-user';
import { type Actor, ANONYMOUS, type Ctx, type Role, systemCtx } from '../../src/kernel/ctx';
import { auditEvents } from '../../src/kernel/schema';

let sequence = 0;

/** A unique example.org address, so tests sharing a database never collide. */
export function uniqueEmail(local = 'kari.nordmann'): string {
  sequence += 1;
  return `${local}.${process.pid}.${Date.now().toString(36)}${sequence}@example.org`;
}

export const PASSWORD = 'Korrekt-hest-batteri-2020';

export function ctxAs(db: Executor, actor: Actor, extra: Partial<Ctx> = {}): Ctx {
  return { db, actor, now: new Date(), requestId: 'test-request', locale: 'nb', ip: '192.0.2.10', ...extra };
}

export const anonymousCtx = (db: Executor, extra: Partial<Ctx> = {}) => ctxAs(db, ANONYMOUS, extra);
export const systemTestCtx = (db: Executor) => systemCtx(db, 'test');

/** A user made through the verb, and a ctx acting as that user. */
export async function makeUser(
  db: Executor,
  options: { role?: Role; name?: string; email?: string; password?: string | null } = {},
) {
  const user = await addUser({
    ctx: systemTestCtx(db),
    input: {
      email: options.email ?? uniqueEmail(),
      name: options.name ?? 'Kari Nordmann',
      role: options.role ?? 'member',
      ...(options.password === null ? {} : { password: options.password ?? PASSWORD }),
    },
  });
  const actor: Actor = { kind: 'user', id: user.id, email: user.email, name: user.name, role: user.role };
  return { user, actor, ctx: ctxAs(db, actor) };
}

/** Audit rows of one action (and optionally one entity), newest first. */
export async function auditRowsFor(db: Executor, action: string, entityId?: string) {
  return db
    .select()
    .from(auditEvents)
    .where(
      entityId
        ? and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId))
        : eq(auditEvents.action, action),
    )
    .orderBy(desc(auditEvents.at));
}
