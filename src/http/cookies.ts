import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { serialize } from 'hono/utils/cookie';
import type { Config } from '../kernel/config';
import type { HttpEnv } from './env';

export const SESSION_COOKIE = 'samrad_session';
export const CSRF_COOKIE = 'samrad_csrf';
export const LANG_COOKIE = 'samrad_lang';
export const OIDC_COOKIE = 'samrad_oidc';
export const FLASH_COOKIE = 'samrad_flash';

/** Cookies are Secure whenever the app is reached over https (PUBLIC_URL, or the proxy says so). */
export function isHttps(c: Context<HttpEnv>, config: Config): boolean {
  if (config.PUBLIC_URL?.startsWith('https://')) return true;
  if (config.TRUST_PROXY && c.req.header('x-forwarded-proto') === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

export interface CookieOptions {
  maxAgeSeconds?: number;
  expires?: Date;
  path?: string;
}

export interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, options?: CookieOptions): void;
  delete(name: string, path?: string): void;
}

/**
 * httpOnly and SameSite=Lax always; Secure behind https. Cookies are collected in `outCookies`
 * and appended to whatever response leaves (ours or React Router's) by `applyCookies`.
 */
export function cookieJar(c: Context<HttpEnv>, config: Config): CookieJar {
  const secure = isHttps(c, config);
  const push = (name: string, value: string, options: CookieOptions) =>
    c.get('outCookies').push(
      serialize(name, value, {
        httpOnly: true,
        sameSite: 'Lax',
        secure,
        path: options.path ?? '/',
        ...(options.maxAgeSeconds !== undefined ? { maxAge: options.maxAgeSeconds } : {}),
        ...(options.expires ? { expires: options.expires } : {}),
      }),
    );
  return {
    get: (name) => getCookie(c, name),
    set: (name, value, options = {}) => push(name, value, options),
    delete: (name, path = '/') => push(name, '', { maxAgeSeconds: 0, expires: new Date(0), path }),
  };
}
