import { type Actor, hasRole } from '../../kernel/ctx';

export type NewsAction =
  /** Write, publish, unpublish and delete news, and see drafts. */
  'news.manage';

export function can(actor: Actor, action: NewsAction): boolean {
  switch (action) {
    case 'news.manage':
      return hasRole(actor, 'editor');
  }
}
