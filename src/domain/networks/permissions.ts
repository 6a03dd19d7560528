import { type Actor, hasRole } from '../../kernel/ctx';

export type NetworksAction =
  /** Keep the networks and who is in them. */
  | 'networks.manage'
  /** Read them: members are people with e-mail addresses, so only signed-in users. */
  | 'networks.read';

export function can(actor: Actor, action: NetworksAction): boolean {
  switch (action) {
    case 'networks.manage':
      return hasRole(actor, 'editor');
    case 'networks.read':
      return hasRole(actor, 'member');
  }
}
