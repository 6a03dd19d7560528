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
  /** A hit's headers per encoding, and for 304. */
  answers: Record<Encoding | 'unchanged', Record<string, string>>;
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

// The Oslo date changes once a day; formatting it is the dearest step of a hit, so keep it a minute.
let dayCache = { until: 0, day: '' };
function osloDay(now: Date): string {
  if (now.getTime() >= dayCache.until || now.getTime() < dayCache.until - 60_000)
    dayCache = { until: now.getTime() + 60_000, day: todayInOslo(now) };
  return dayCache.day;
}

function eligible(c: Context<HttpEnv>): boolean {
  if (c.req.method !== 'GET' || c.req.header('authorization')) return false;
  const path = c.req.path;
  if (c.req.url.length > MAX_URL || FILE_NAME.test(path) || NEVER.some((prefix) => path.startsWith(prefix)))
    return false;
  // A signed-in visitor's page is theirs; a flash message is for one response only.
  return !getCookie(c, SESSION_COOKIE) && !getCookie(c, FLASH_COOKIE);
}

/** The headers of a kept page's answers, built once per entry and encoding (a hit only looks them up). */
function answerHeaders(entry: Omit<Entry, 'answers'>, encoding: Encoding | null, state: 'hit' | 'miss') {
  const headers: Record<string, string> = {};
  for (const [name, value] of entry.headers) {
    // A 304 carries the validators, not the representation's own headers.
    if (encoding === null && (name === 'content-type' || name === 'content-security-policy')) continue;
    headers[name] = value;
  }
  headers.etag = entry.etag;
  // Browsers may keep the page but must ask again each time: a change shows on the next request.
  headers['cache-control'] = 'public, no-cache';
  headers.vary = 'Accept-Encoding, Cookie';
  headers['x-cache'] = state;
  if (encoding && encoding !== 'identity') headers['content-encoding'] = encoding;
  return headers;
}

function respond(c: Context<HttpEnv>, entry: Entry, state: 'hit' | 'miss', extra: [string, string][] = []) {
  const notModified = etagMatches(c.req.header('if-none-match'), entry.etag);
  const encoding = notModified ? null : chooseEncoding(c.req.header('accept-encoding'));
  const key = encoding ?? 'unchanged';
  const headers = state === 'hit' ? entry.answers[key] : answerHeaders(entry, encoding, state);
  const init = { status: notModified ? 304 : 200, headers: headers as HeadersInit };
  if (extra.length) {
    const withExtra = new Headers(headers);
    for (const [name, value] of extra) withExtra.append(name, value);
    init.headers = withExtra;
  }
  return new Response(encoding ? (entry.bodies[encoding] as BodyInit) : null, init);
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
    // The path and query as sent (the origin is the same for every request to this host).
    const target = c.req.url.slice(c.req.url.indexOf('/', c.req.url.indexOf('//') + 2));
    const key = `${localeOf(c)}|${osloDay(now)}|${target}`;
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
    const storable =
      res.status === 200 &&
      type.startsWith('text/html') &&
      c.get('ctx')?.actor.kind === 'anonymous' &&
      !(token && Buffer.from(body.buffer, body.byteOffset, body.byteLength).includes(token));
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
    const kept = {
      version,
      storedAt: now.getTime(),
      etag: weakEtag(body),
      headers: [...res.headers].filter(([name]) => !OWN_HEADERS.has(name)),
      bodies: { identity: body, gzip, br },
    };
    const entry: Entry = {
      ...kept,
      answers: {
        identity: answerHeaders(kept, 'identity', 'hit'),
        gzip: answerHeaders(kept, 'gzip', 'hit'),
        br: answerHeaders(kept, 'br', 'hit'),
        unchanged: answerHeaders(kept, null, 'hit'),
      },
    };
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    // This visitor's own headers (a new CSRF cookie, the request id) go with this answer only.
    const own = [...res.headers].filter(([name]) => name === 'set-cookie' || name === 'x-request-id');
    c.res = undefined;
    c.res = respond(c, entry, 'miss', own);
  };

  return { middleware, skipsCompression: (c: Context<HttpEnv>) => handled.has(c.req.raw) };
}
