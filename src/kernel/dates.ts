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
