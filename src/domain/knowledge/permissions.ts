import { type Actor, hasRole } from '../../kernel/ctx';

export type KnowledgeAction =
  /** Import statistics, record figures, point the programme to indicators. */
  'knowledge.manage';

export function can(actor: Actor, action: KnowledgeAction): boolean {
  switch (action) {
    case 'knowledge.manage':
      return hasRole(actor, 'editor');
  }
}
