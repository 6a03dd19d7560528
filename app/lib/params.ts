/** `?dato=2020-01-01` → the date, or undefined when absent or not a calendar date (the query then uses today). */
export function dateParam(url: URL, name = 'dato'): string | undefined {
  const value = url.searchParams.get(name);
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
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
