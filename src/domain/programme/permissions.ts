import { type Actor, hasRole } from '../../kernel/ctx';

export type ProgrammeAction =
  /** Write and structure programmes: texts, roles, focus areas, activities; adopt and copy. */
  | 'programme.manage'
  /** Follow the year's work up: activity status, progress notes, links. */
  | 'programme.followUp'
  /** Read drafts and progress notes (the public reads adopted programmes). */
  | 'programme.readInternal';

export function can(actor: Actor, action: ProgrammeAction): boolean {
  switch (action) {
    case 'programme.manage':
    case 'programme.followUp':
      return hasRole(actor, 'editor');
    case 'programme.readInternal':
      return hasRole(actor, 'member');
  }
}
