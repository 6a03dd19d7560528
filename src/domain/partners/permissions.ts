import { type Actor, hasRole } from '../../kernel/ctx';

export type PartnersAction =
  /** Keep the register of partner organisations and their contacts. */
  | 'partners.manage'
  /** Read it: contacts are personal data, so only signed-in users. */
  | 'partners.read';

export function can(actor: Actor, action: PartnersAction): boolean {
  switch (action) {
    case 'partners.manage':
      return hasRole(actor, 'editor');
    case 'partners.read':
      return hasRole(actor, 'member');
  }
}
