import { NotFound } from '../../src/kernel/errors';

/** `?dato=2020-01-01` → the date, or undefined when absent or not a calendar date (the query then uses today). */
export function dateParam(url: URL, name = 'dato'): string | undefined {
  const value = url.searchParams.get(name);
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/** A four-digit year in the path (`/app/budsjett/2020`), or NotFound for the entity. */
export function yearParam(value: string | undefined, entity: string): number {
  if (!value || !/^\d{4}$/.test(value)) throw new NotFound(entity);
  return Number(value);
}

/** A query parameter, or undefined when empty. */
export function param(url: URL, name: string): string | undefined {
  return url.searchParams.get(name)?.trim() || undefined;
}

/** The same URL with some parameters changed (undefined removes one). */
export function withParams(url: URL, changes: Record<string, string | undefined>): string {
  const next = new URL(url);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '') next.searchParams.delete(key);
    else next.searchParams.set(key, value);
  }
  return `${next.pathname}${next.search}`;
}

/** `?maned=2019-09` → the month, or undefined when absent or malformed. */
export function monthParam(url: URL, name = 'maned'): string | undefined {
  const value = url.searchParams.get(name);
  return value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : undefined;
}

/** The month (YYYY-MM) `delta` months from `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last day (YYYY-MM-DD) of a month. */
export function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
