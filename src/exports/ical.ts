import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { addDays } from '../kernel/dates';

/** What every entry of a feed has, whatever its kind. */
interface EntryBase {
  /** Unique in the feed and stable over time (the UID, with `@samrad`): `consultation-<id>` for a non-meeting. */
  id: string;
  title: string;
  description: string;
  /** Where to read more; left out when there is no page for the feed's reader. */
  url?: string | undefined;
  location?: string | undefined;
  cancelled?: boolean | undefined;
}

/** An entry at a moment (a meeting): from `start` to `end`, two hours when the end is not known. */
export interface TimedEntry extends EntryBase {
  start: Date;
  end: Date | null;
  location: string;
  url: string;
  cancelled: boolean;
}

/** An entry for a whole day (a deadline): a date in Oslo, `YYYY-MM-DD`. */
export interface AllDayEntry extends EntryBase {
  date: string;
}

export type CalendarEntry = TimedEntry | AllDayEntry;

const isAllDay = (entry: CalendarEntry): entry is AllDayEntry => 'date' in entry;
/** A calendar date as ical-generator writes it without a time zone: its UTC date parts. */
const day = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * An iCalendar feed (RFC 5545) of meetings, events and deadlines. Times are written in
 * UTC (`…Z`), which every client shows in its own zone; a bare zone name without a VTIMEZONE
 * block would make them floating times, two hours off in an Oslo summer. A whole day is a DATE
 * (`DTSTART;VALUE=DATE`) with DTEND the day after, as RFC 5545 § 3.6.1 counts it: no zone at all.
 */
export function calendarFeed(name: string, entries: CalendarEntry[]): string {
  const calendar = ical({
    name,
    prodId: { company: 'Samråd', product: 'Samråd', language: 'NB' },
  });
  for (const entry of entries) {
    const when = isAllDay(entry)
      ? // A deadline does not make anyone busy that day.
        {
          start: day(entry.date),
          end: day(addDays(entry.date, 1)),
          allDay: true,
          transparency: ICalEventTransparency.TRANSPARENT,
        }
      : {
          start: entry.start,
          end: entry.end ?? new Date(entry.start.getTime() + 2 * 3600 * 1000),
        };
    calendar.createEvent({
      id: `${entry.id}@samrad`,
      ...when,
      summary: entry.title,
      ...(entry.location !== undefined ? { location: entry.location } : {}),
      description: entry.description,
      ...(entry.url ? { url: entry.url } : {}),
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
