/**
 * Calendar dates as `YYYY-MM-DD` strings (what `date` columns hold). "Today" is today in Oslo,
 * whatever the server's time zone. Periods are inclusive at both ends; an open end is null.
 */
export type IsoDate = string;

const osloDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function todayInOslo(now: Date): IsoDate {
  return osloDate.format(now);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Is `date` within the inclusive period from–to (to null = open)? */
export function within(date: IsoDate, from: IsoDate, to: IsoDate | null): boolean {
  return from <= date && (to === null || to >= date);
}

/** Do two inclusive periods share at least one day? */
export function overlaps(aFrom: IsoDate, aTo: IsoDate | null, bFrom: IsoDate, bTo: IsoDate | null): boolean {
  return (bTo === null || aFrom <= bTo) && (aTo === null || bFrom <= aTo);
}

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as Oslo wall-clock time `YYYY-MM-DDTHH:mm` (what a datetime-local field shows). */
export function toOsloLocal(moment: Date): string {
  const parts = Object.fromEntries(osloParts.formatToParts(moment).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Oslo wall-clock time `YYYY-MM-DDTHH:mm` as a moment, across summer time. */
export function fromOsloLocal(local: string): Date {
  const asUtc = new Date(`${local}:00Z`);
  // The offset at that moment is what Oslo's clock shows minus UTC; one correction suffices.
  const offsetAt = (moment: Date) => new Date(`${toOsloLocal(moment)}:00Z`).getTime() - moment.getTime();
  const first = new Date(asUtc.getTime() - offsetAt(asUtc));
  return new Date(asUtc.getTime() - offsetAt(first));
}
