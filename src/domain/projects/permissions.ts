import { type Actor, hasRole } from '../../kernel/ctx';

export type ProjectsAction =
  /** Keep the projects, their partners and deliverables. */
  | 'projects.manage'
  /** Read them (amounts and partners are working information of the secretariat). */
  | 'projects.read';

export function can(actor: Actor, action: ProjectsAction): boolean {
  switch (action) {
    case 'projects.manage':
      return hasRole(actor, 'editor');
    case 'projects.read':
      return hasRole(actor, 'member');
  }
}
