import type { Ctx } from './ctx';
import { Forbidden, Unauthenticated } from './errors';

/** For reads: the signed-in user, or Unauthenticated / Forbidden (the system is not a user). */
export function requireUser(ctx: Ctx) {
  if (ctx.actor.kind !== 'user')
    throw ctx.actor.kind === 'anonymous' ? new Unauthenticated() : new Forbidden();
  return ctx.actor;
}

/** For reads: go on only if `allowed`; an anonymous caller is asked to sign in, anyone else is refused. */
export function requirePermission(ctx: Ctx, allowed: boolean): void {
  if (allowed) return;
  throw ctx.actor.kind === 'anonymous' ? new Unauthenticated() : new Forbidden();
}
