import type { eventsNb } from './events.nb';

/** English texts of events. */
export const eventsEn: Record<keyof typeof eventsNb, string> = {
  'entity.event': 'the event',
  'nav.events': 'Events',
};
