import { createHash } from 'node:crypto';

/** A weak validator of a representation's bytes (RFC 9110 §8.8.3): equal bytes, equal tag. */
export function weakEtag(body: Uint8Array | string): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether `If-None-Match` names this tag (weak comparison, as RFC 9110 §13.1.2 asks for GET). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * A public representation that a later change may withdraw (a paper found exempt, a news item
 * taken down): a shared cache must ask again each time (`no-cache`, never `max-age`), and the
 * answer is 304 when the caller already holds these bytes. A body whose hash is stored passes
 * its own tag, so the bytes are not hashed again per request.
 */
export function revalidated(
  ifNoneMatch: string | undefined,
  body: Uint8Array | string,
  headers: Record<string, string>,
  etag = weakEtag(body),
): Response {
  const cacheHeaders = { etag, 'cache-control': 'public, no-cache' };
  if (etagMatches(ifNoneMatch, etag)) return new Response(null, { status: 304, headers: cacheHeaders });
  return new Response(body as BodyInit, { headers: { ...headers, ...cacheHeaders } });
}
