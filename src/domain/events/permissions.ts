import { type Actor, hasRole } from '../../kernel/ctx';

export type EventsAction =
  /** Run events: programme, registrations, attendance, the participant list. */
  | 'events.manage'
  /** See every event, published or not (not the participants). */
  | 'events.read';

export function can(actor: Actor, action: EventsAction): boolean {
  switch (action) {
    case 'events.manage':
      return hasRole(actor, 'editor');
    case 'events.read':
      return hasRole(actor, 'member');
  }
}
