import { type Actor, hasRole } from '../../kernel/ctx';

export type BudgetAction =
  /** Draft, adopt and revise the budget; import the accounts. */
  | 'budget.manage'
  /** Read the budget and budget vs actual (anyone signed in; members' councils ask for it). */
  | 'budget.read';

export function can(actor: Actor, action: BudgetAction): boolean {
  switch (action) {
    case 'budget.manage':
      return hasRole(actor, 'editor');
    case 'budget.read':
      return hasRole(actor, 'member');
  }
}
