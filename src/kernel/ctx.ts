import type { Executor } from '../db/types';
import type { Locale } from './format';

export type Role = 'admin' | 'editor' | 'member';

export type Actor =
  | { kind: 'user'; id: string; email: string; name: string; role: Role }
  | { kind: 'anonymous' }
  /** The application itself: boot, demo loader, jobs; `label` says which. */
  | { kind: 'system'; label: string };

/** Everything a verb or query needs to know about the call: the same for UI, API, CLI, jobs and tests. */
export interface Ctx {
  db: Executor;
  actor: Actor;
  now: Date;
  requestId: string | null;
  locale: Locale;
  /** Client address, for rate limits and the security log; null outside HTTP. */
  ip?: string | null;
  /** Set inside a verb's transaction: counts audit rows so a verb cannot forget them. */
  verbScope?: { name: string; audited: number };
}

export const ANONYMOUS: Actor = { kind: 'anonymous' };

export function systemCtx(db: Executor, label: string, now = new Date()): Ctx {
  return { db, actor: { kind: 'system', label }, now, requestId: null, locale: 'nb' };
}

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return actor.email;
    case 'system':
      return `system:${actor.label}`;
    default:
      return 'anonymous';
  }
}

const RANK: Record<Role, number> = { member: 1, editor: 2, admin: 3 };

/** True for the system and for users whose role is at least `min` (admin ⊃ editor ⊃ member). */
export function hasRole(actor: Actor, min: Role): boolean {
  if (actor.kind === 'system') return true;
  return actor.kind === 'user' && RANK[actor.role] >= RANK[min];
}
