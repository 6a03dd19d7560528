import { type Actor, hasRole } from '../../kernel/ctx';

export type AccountsAction =
  /** See and manage users and their roles. */
  | 'users.manage'
  /** Read the audit log of the whole installation. */
  | 'audit.read'
  /** Own things: sessions, access tokens, password. */
  | 'self';

export function can(actor: Actor, action: AccountsAction): boolean {
  switch (action) {
    case 'users.manage':
    case 'audit.read':
      return hasRole(actor, 'admin');
    case 'self':
      return actor.kind === 'user';
  }
}
