import { type Actor, hasRole } from '../../kernel/ctx';

export type PeopleAction =
  /** Keep the register of people. */
  | 'people.manage'
  /** See contact details, gender and notes (everyone sees names, titles and roles). */
  | 'people.readContact';

export function can(actor: Actor, action: PeopleAction): boolean {
  switch (action) {
    case 'people.manage':
      return hasRole(actor, 'editor');
    case 'people.readContact':
      return actor.kind === 'user' || actor.kind === 'system';
  }
}
