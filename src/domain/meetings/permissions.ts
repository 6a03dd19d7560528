import { type Actor, hasRole } from '../../kernel/ctx';

export type MeetingsAction =
  /** Plan meetings, agendas, notices; record attendance, votes and decisions; approve minutes. */
  'meetings.manage';

export function can(actor: Actor, action: MeetingsAction): boolean {
  switch (action) {
    case 'meetings.manage':
      return hasRole(actor, 'editor');
  }
}
