import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { newSecret } from '../../domain/accounts/secrets';
import { CSRF_COOKIE } from '../cookies';
import { CSRF_FIELD, CSRF_HEADER } from '../csrf-field';
import type { HttpEnv } from '../env';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function submittedToken(request: Request): Promise<string | null> {
  const header = request.headers.get(CSRF_HEADER);
  if (header) return header;
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data'))
    return null;
  try {
    const value = (await request.clone().formData()).get(CSRF_FIELD);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Double-submit token: a random value in an httpOnly cookie, repeated in every form (hidden field)
 * and cookie-authenticated API write (header). A cross-site page can make the browser send the
 * cookie but cannot read it, so it cannot repeat it. Bearer-token calls carry no ambient
 * authority and are exempt. `onFailure` lets pages answer with the 403 page and the API with problem+json.
 */
export function csrf(
  onFailure: (c: Context<HttpEnv>) => Response | Promise<Response>,
): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    let token = c.get('cookies').get(CSRF_COOKIE);
    if (!token || token.length < 32) {
      token = newSecret();
      c.get('cookies').set(CSRF_COOKIE, token);
    }
    c.set('csrfToken', token);
    // Without the session cookie and outside a form, a request carries no authority to forge
    // (an API client without a token is anonymous); forms are checked always (login CSRF).
    const type = c.req.header('content-type') ?? '';
    const form =
      type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data');
    if (
      SAFE.has(c.req.method) ||
      c.get('authMethod') === 'bearer' ||
      (c.get('authMethod') !== 'session' && !form)
    ) {
      return next();
    }
    const fetchSite = c.req.header('sec-fetch-site');
    const submitted = fetchSite === 'cross-site' ? null : await submittedToken(c.req.raw);
    if (!submitted || !same(submitted, token)) {
      c.get('logger').warn({ path: c.req.path, fetchSite }, 'csrf check failed');
      return onFailure(c);
    }
    return next();
  };
}
