import { randomUUID } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { actorFromAccessToken, actorFromSession } from '../../domain/accounts/sessions';
import { type Actor, ANONYMOUS } from '../../kernel/ctx';
import { Unauthenticated } from '../../kernel/errors';
import type { Locale } from '../../kernel/format';
import { cookieJar, LANG_COOKIE, SESSION_COOKIE } from '../cookies';
import type { HttpDeps, HttpEnv } from '../env';
import { problem } from '../problem';

function clientIp(c: Context<HttpEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    // The entry our proxy appended (the last); any before it are the client's to write.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}

export function localeOf(c: Context<HttpEnv>): Locale {
  const chosen = c.req.header('cookie')?.match(new RegExp(`(?:^|; )${LANG_COOKIE}=(nb|en)`))?.[1];
  if (chosen === 'nb' || chosen === 'en') return chosen;
  // API clients may ask for English; people get bokmål until they switch.
  if (c.req.path.startsWith('/api/')) {
    const accept = c.req.header('accept-language')?.toLowerCase() ?? '';
    if (accept.startsWith('en')) return 'en';
  }
  return 'nb';
}

/**
 * Per request: an id, a logger, the cookie jar, and the ctx every verb and query takes —
 * with the actor from a bearer token (API clients) or the session cookie (people).
 * Logs one line per request and adds the collected Set-Cookie headers to the response.
 */
export function requestContext(deps: HttpDeps): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const started = performance.now();
    // A proxy's request id is kept so logs line up across hops, if it looks like an id.
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.:-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    const logger = deps.logger.child({ reqId: requestId });
    c.set('requestId', requestId);
    c.set('logger', logger);
    c.set('outCookies', []);
    const cookies = cookieJar(c, deps.config);
    c.set('cookies', cookies);
    const now = deps.now?.() ?? new Date();
    const db = deps.database.db;
    const locale = localeOf(c);

    let actor: Actor = ANONYMOUS;
    let authMethod: HttpEnv['Variables']['authMethod'] = null;
    let sessionToken: string | null = null;
    const authorization = c.req.header('authorization');
    if (authorization) {
      const token = authorization.match(/^Bearer\s+(\S+)$/i)?.[1];
      const fromToken = token ? await actorFromAccessToken(db, token, now) : null;
      if (!fromToken) {
        const refused = problem(c, new Unauthenticated(), locale, 'error.invalidToken');
        refused.headers.set('www-authenticate', 'Bearer error="invalid_token"');
        return refused;
      }
      actor = fromToken;
      authMethod = 'bearer';
    } else {
      const token = cookies.get(SESSION_COOKIE);
      const fromSession = token ? await actorFromSession(db, token, now) : null;
      if (fromSession) {
        actor = fromSession;
        authMethod = 'session';
        sessionToken = token!;
      } else if (token) {
        cookies.delete(SESSION_COOKIE); // expired or ended elsewhere
      }
    }
    c.set('authMethod', authMethod);
    c.set('sessionToken', sessionToken);
    c.set('ctx', { db, actor, now, requestId, locale, ip: clientIp(c, deps.config.TRUST_PROXY) });
    c.set('publicUrl', (deps.config.PUBLIC_URL ?? new URL(c.req.url).origin).replace(/\/$/, ''));

    await next();

    c.res.headers.set('x-request-id', requestId);
    // What a signed-in person sees is theirs: no shared cache may keep it.
    if (actor.kind === 'user' && !c.res.headers.has('cache-control'))
      c.res.headers.set('cache-control', 'private, no-store');
    const out = c.get('outCookies');
    if (out.length) {
      const res = new Response(c.res.body, c.res);
      for (const cookie of out) res.headers.append('set-cookie', cookie);
      c.res = undefined;
      c.res = res;
    }
    logger.info(
      {
        method: c.req.method,
        // A cancel link's token is a credential: it never reaches the log.
        path: c.req.path.replace(/^\/arrangementer\/avmelding\/[^/]+/, '/arrangementer/avmelding/…'),
        status: c.res.status,
        ms: Math.round(performance.now() - started),
        actor: actor.kind === 'user' ? actor.id : actor.kind,
      },
      'request',
    );
  };
}
