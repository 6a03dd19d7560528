/** Bokmål texts of events. */
export const eventsNb = {
  'entity.event': 'arrangementet',
  'nav.events': 'Arrangementer',
} as const;
