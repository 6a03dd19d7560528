/** Where to go after signing in: only a path on this site, never another origin (open redirect). */
export function safeNext(value: string | null | undefined, fallback = '/app'): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
