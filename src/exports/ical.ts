import ical, { ICalEventStatus } from 'ical-generator';

export interface CalendarEntry {
  id: string;
  title: string;
  start: Date;
  end: Date | null;
  location: string;
  description: string;
  url: string;
  cancelled: boolean;
}

/**
 * An iCalendar feed (RFC 5545) of meetings and, later, events and deadlines. Times are written in
 * UTC (`…Z`), which every client shows in its own zone; a bare zone name without a VTIMEZONE
 * block would make them floating times, two hours off in an Oslo summer.
 */
export function calendarFeed(name: string, entries: CalendarEntry[]): string {
  const calendar = ical({
    name,
    prodId: { company: 'Samråd', product: 'Samråd', language: 'NB' },
  });
  for (const entry of entries) {
    calendar.createEvent({
      id: `${entry.id}@samrad`,
      start: entry.start,
      end: entry.end ?? new Date(entry.start.getTime() + 2 * 3600 * 1000),
      summary: entry.title,
      location: entry.location,
      description: entry.description,
      url: entry.url,
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
