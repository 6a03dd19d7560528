import type { EventRow } from './rules';
import type { eventSessions } from './schema';

type SessionRow = typeof eventSessions.$inferSelect;

/**
 * An event as the portal shows it: what, when, where, the programme and whether there are seats.
 * Never who has registered: no name or address, only how many seats are left.
 */
export function presentPublicEvent(event: EventRow, sessions: SessionRow[], confirmed: number, now: Date) {
  return {
    id: event.id,
    title: event.title,
    kind: event.kind,
    description: event.description,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    location: event.location,
    capacity: event.capacity,
    seatsLeft: event.capacity === null ? null : Math.max(0, event.capacity - confirmed),
    registrationOpen: event.registrationOpen && event.endsAt > now,
    consentText: event.consentText,
    sessions: sessions.map((s) => ({
      id: s.id,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      title: s.title,
      speakers: s.speakers,
    })),
  };
}
export type PublicEvent = ReturnType<typeof presentPublicEvent>;
