import { type Actor, hasRole } from '../../kernel/ctx';

export type MembersAction =
  /** Keep the register: members, identities, sub-regions, population, merges, exits, imports. */
  | 'members.manage'
  /** See internal notes and the evidence behind each membership. */
  | 'members.readInternal';

export function can(actor: Actor, action: MembersAction): boolean {
  switch (action) {
    case 'members.manage':
      return hasRole(actor, 'editor');
    case 'members.readInternal':
      return actor.kind === 'user' || actor.kind === 'system';
  }
}
