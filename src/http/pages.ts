import type { Context } from 'hono';
import type { AppLoadContext } from 'react-router';
import { oidcEnabled } from '../kernel/config';
import { FLASH_COOKIE, LANG_COOKIE, SESSION_COOKIE } from './cookies';
import type { HttpDeps, HttpEnv, PagesHandler } from './env';
import type { SamradLoadContext } from './load-context';

export function loadContext(
  c: Context<HttpEnv>,
  deps: HttpDeps,
  refusal: SamradLoadContext['refusal'] = null,
): AppLoadContext {
  const cookies = c.get('cookies');
  return {
    ctx: c.get('ctx'),
    logger: c.get('logger'),
    csrfToken: c.get('csrfToken'),
    publicUrl: c.get('publicUrl'),
    nonce: c.get('secureHeadersNonce') ?? '',
    session: {
      token: c.get('sessionToken'),
      start: (token, expiresAt) => cookies.set(SESSION_COOKIE, token, { expires: expiresAt }),
      end: () => cookies.delete(SESSION_COOKIE),
    },
    setLocale: (locale) => cookies.set(LANG_COOKIE, locale, { maxAgeSeconds: 365 * 24 * 3600 }),
    flash: {
      set: (messageKey, params = {}) =>
        cookies.set(FLASH_COOKIE, Buffer.from(JSON.stringify({ messageKey, params })).toString('base64url'), {
          maxAgeSeconds: 60,
        }),
      take: () => {
        const raw = cookies.get(FLASH_COOKIE);
        if (!raw) return null;
        cookies.delete(FLASH_COOKIE);
        try {
          const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
          return typeof value?.messageKey === 'string'
            ? { messageKey: value.messageKey, params: value.params ?? {} }
            : null;
        } catch {
          return null;
        }
      },
    },
    oidc: { enabled: oidcEnabled(deps.config), label: deps.config.OIDC_LABEL },
    refusal,
  };
}

/** Hands the request to React Router with the load context. */
export function renderPages(handler: PagesHandler, deps: HttpDeps) {
  return (c: Context<HttpEnv>) => handler(c.req.raw, loadContext(c, deps));
}

/**
 * A request refused outside React Router is shown as an error page in the site's own layout:
 * React Router renders a GET of the same address with the refusal in its context, so no action runs.
 */
export function renderRefusal(
  handler: PagesHandler,
  deps: HttpDeps,
  refusal: { status: number; detail: string },
) {
  return async (c: Context<HttpEnv>) => {
    const request = new Request(c.req.url, { method: 'GET', headers: c.req.raw.headers });
    const response = await handler(request, loadContext(c, deps, refusal));
    return new Response(response.body, { status: refusal.status, headers: response.headers });
  };
}
