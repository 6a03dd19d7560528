import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { cacheableDataVersion } from '../../kernel/data-version';
import { todayInOslo } from '../../kernel/dates';
import { FLASH_COOKIE, SESSION_COOKIE } from '../cookies';
import type { HttpDeps, HttpEnv } from '../env';
import { etagMatches, weakEtag } from '../etag';
import { localeOf } from '../middleware/request-context';
import { chooseEncoding, type Encoding, encode } from './encoding';

interface Entry {
  version: number;
  storedAt: number;
  etag: string;
  headers: [string, string][];
  bodies: Record<Encoding, Uint8Array>;
}

export interface PageCacheOptions {
  /** Most pages kept; the least recently used goes first. */
  maxEntries?: number;
  /** A page is rendered afresh at least this often, for what depends on the clock (a registration closing). */
  ttlMs?: number;
}

// Never shared: the signed-in areas, the API (its own rules), and addresses that carry a credential.
const NEVER = [
  '/app',
  '/admin',
  '/api/',
  '/auth/',
  '/oparl/',
  '/filer/',
  '/assets/',
  '/arrangementer/avmelding/',
];
// Downloads and feeds (`.ics`, `.atom`, …) are not pages.
const FILE_NAME = /\.[a-z0-9]+$/i;
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|[^;]+\+(json|xml))/i;
const MIN_COMPRESSED = 1024;
// Per response, not per page: they are set again on every answer.
const OWN_HEADERS = new Set([
  'set-cookie',
  'x-request-id',
  'content-length',
  'content-encoding',
  'etag',
  'cache-control',
  'vary',
]);
const MAX_URL = 1000;

function eligible(c: Context<HttpEnv>): boolean {
  if (c.req.method !== 'GET' || c.req.header('authorization')) return false;
  const path = c.req.path;
  if (c.req.url.length > MAX_URL || FILE_NAME.test(path) || NEVER.some((prefix) => path.startsWith(prefix)))
    return false;
  // A signed-in visitor's page is theirs; a flash message is for one response only.
  return !getCookie(c, SESSION_COOKIE) && !getCookie(c, FLASH_COOKIE);
}

function respond(c: Context<HttpEnv>, entry: Entry, state: 'hit' | 'miss', extra: [string, string][] = []) {
  const headers = new Headers(entry.headers);
  for (const [name, value] of extra) headers.append(name, value);
  headers.set('etag', entry.etag);
  // Browsers may keep the page but must ask again each time: a change shows on the next request.
  headers.set('cache-control', 'public, no-cache');
  headers.set('vary', 'Accept-Encoding, Cookie');
  headers.set('x-cache', state);
  if (etagMatches(c.req.header('if-none-match'), entry.etag)) {
    for (const name of ['content-type', 'content-security-policy']) headers.delete(name);
    return new Response(null, { status: 304, headers });
  }
  const encoding = chooseEncoding(c.req.header('accept-encoding'));
  if (encoding !== 'identity') headers.set('content-encoding', encoding);
  return new Response(entry.bodies[encoding] as BodyInit, { status: 200, headers });
}

/**
 * Anonymous GETs of public pages, kept rendered and compressed. A page is valid for the data
 * version it was rendered at (src/kernel/data-version.ts): each request reads the version the
 * database holds now, so a committed change is seen by the next request, on every node. The
 * visitor's language and the day in Oslo are part of the key. Pages with a form carry the
 * visitor's CSRF token and are never kept. `skipsCompression` tells the compressor to leave a
 * response this cache compresses itself.
 */
export function pageCache(deps: HttpDeps, options: PageCacheOptions = {}) {
  const maxEntries = options.maxEntries ?? 500;
  const ttlMs = options.ttlMs ?? 60_000;
  const entries = new Map<string, Entry>();
  const handled = new WeakSet<Request>();

  const middleware: MiddlewareHandler<HttpEnv> = async (c, next) => {
    if (!eligible(c)) return next();
    let version: number | null;
    try {
      version = await cacheableDataVersion(deps.database.db);
    } catch {
      return next(); // the request's own error handling answers
    }
    if (version === null) return next(); // a change is being committed: render afresh
    const now = deps.now?.() ?? new Date();
    const url = new URL(c.req.url);
    const key = `${localeOf(c)}|${todayInOslo(now)}|${url.pathname}${url.search}`;
    const cached = entries.get(key);
    if (cached && cached.version === version && now.getTime() - cached.storedAt < ttlMs) {
      entries.delete(key); // most recently used last
      entries.set(key, cached);
      return respond(c, cached, 'hit');
    }

    handled.add(c.req.raw);
    await next();
    const res = c.res;
    const type = res.headers.get('content-type') ?? '';
    const body = new Uint8Array(await res.arrayBuffer());
    const token = c.get('csrfToken');
    const own: [string, string][] = [...res.headers].filter(
      ([name]) => OWN_HEADERS.has(name) && name !== 'content-length',
    );
    const storable =
      res.status === 200 &&
      type.startsWith('text/html') &&
      c.get('ctx')?.actor.kind === 'anonymous' &&
      !(token && Buffer.from(body).includes(token));
    if (!storable) {
      // Not kept, but still compressed, as the compressor would have.
      const encoding =
        COMPRESSIBLE.test(type) && body.byteLength >= MIN_COMPRESSED
          ? chooseEncoding(c.req.header('accept-encoding'))
          : 'identity';
      const headers = new Headers(res.headers);
      headers.delete('content-length');
      if (encoding !== 'identity') headers.set('content-encoding', encoding);
      c.res = undefined;
      const empty = res.status === 204 || res.status === 304 || body.byteLength === 0;
      c.res = new Response(empty ? null : ((await encode(body, encoding)) as BodyInit), {
        status: res.status,
        headers,
      });
      return;
    }
    const [gzip, br] = await Promise.all([encode(body, 'gzip'), encode(body, 'br')]);
    const entry: Entry = {
      version,
      storedAt: now.getTime(),
      etag: weakEtag(body),
      headers: [...res.headers].filter(([name]) => !OWN_HEADERS.has(name)),
      bodies: { identity: body, gzip, br },
    };
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    const cookies = own.filter(([name]) => name === 'set-cookie' || name === 'x-request-id');
    c.res = undefined;
    c.res = respond(c, entry, 'miss', cookies);
  };

  return { middleware, skipsCompression: (c: Context<HttpEnv>) => handled.has(c.req.raw) };
}
