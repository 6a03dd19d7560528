import { type Actor, hasRole } from '../../kernel/ctx';

export type FeesAction =
  /** Record the council's fee decision and see every member's fee. */
  | 'fees.manage'
  /** See the fee basis of one's own municipality (a member contact). */
  | 'fees.readOwn';

export function can(actor: Actor, action: FeesAction): boolean {
  switch (action) {
    case 'fees.manage':
      return hasRole(actor, 'editor');
    case 'fees.readOwn':
      return hasRole(actor, 'member');
  }
}
