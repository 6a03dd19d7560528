import { type Actor, hasRole } from '../../kernel/ctx';

export type ConsultationsAction =
  /** Register consultations and follow them up to the response. */
  | 'consultations.manage'
  /** See the register (the secretariat's working list). */
  | 'consultations.read';

export function can(actor: Actor, action: ConsultationsAction): boolean {
  switch (action) {
    case 'consultations.manage':
      return hasRole(actor, 'editor');
    case 'consultations.read':
      return hasRole(actor, 'member');
  }
}
