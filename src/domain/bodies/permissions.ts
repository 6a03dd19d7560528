import { type Actor, hasRole } from '../../kernel/ctx';

export type BodiesAction =
  /** Keep bodies, appointments and delegations. */
  'bodies.manage';

export function can(actor: Actor, action: BodiesAction): boolean {
  switch (action) {
    case 'bodies.manage':
      return hasRole(actor, 'editor');
  }
}
