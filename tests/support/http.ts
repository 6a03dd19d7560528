import type { Database } from '../../src/db/client';
import { createAccessToken } from '../../src/domain/accounts/create-access-token';
import { logIn } from '../../src/domain/accounts/log-in';
import { createApp } from '../../src/http/app';
import type { PagesHandler } from '../../src/http/env';
import { loadConfig } from '../../src/kernel/config';
import { createLogger } from '../../src/kernel/logger';
import { anonymousCtx, makeUser, PASSWORD } from './fixtures';

/**
 * The real HTTP host over a test database, called in-process with `app.request()`.
 * A client keeps cookies between requests like a browser does.
 */
export function testHttp(
  database: Database,
  options: { env?: NodeJS.ProcessEnv; pages?: PagesHandler } = {},
) {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...options.env });
  const app = createApp({ database, config, logger: createLogger('silent'), pages: options.pages });

  function client() {
    const cookies = new Map<string, string>();
    async function request(path: string, init: RequestInit = {}): Promise<Response> {
      const headers = new Headers(init.headers);
      if (cookies.size) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
      const response = await app.request(path, { ...init, headers });
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const [name = '', value = ''] = pair.split('=');
        if (/max-age=0/i.test(line) || value === '') cookies.delete(name);
        else cookies.set(name, value);
      }
      return response;
    }
    return {
      cookies,
      request,
      /** Signs in through the verb and keeps the session cookie, as the login form would. */
      async signIn(email: string, password = PASSWORD) {
        const result = await logIn({ ctx: anonymousCtx(database.db), input: { email, password } });
        if (!result.ok) throw new Error(`login failed: ${result.reason}`);
        cookies.set('samrad_session', result.session.token);
        await request('/api/v1/organisation'); // picks up the CSRF cookie
        const csrf = cookies.get('samrad_csrf');
        if (!csrf) throw new Error('no CSRF cookie');
        return csrf;
      },
    };
  }
  return { app, config, client };
}

export const json = (body: unknown): RequestInit => ({
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

/** A new user of the role with a personal access token, and the header that carries it. */
export async function bearerFor(db: Database['db'], role: 'admin' | 'editor' | 'member') {
  const { ctx, user } = await makeUser(db, { role });
  const token = await createAccessToken({ ctx, input: { name: 'API-test' } });
  return { user, headers: { authorization: `Bearer ${token.secret}` } };
}

/** One request to the host, with extra headers (a token): status, headers and the body as JSON, text or bytes. */
export async function callApp(
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  path: string,
  init: RequestInit & { auth?: Record<string, string> } = {},
) {
  const headers = new Headers(init.headers);
  for (const [k, v] of Object.entries(init.auth ?? {})) headers.set(k, v);
  const response = await app.request(path, { ...init, headers });
  const type = response.headers.get('content-type') ?? '';
  // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever the endpoint answered
  const body: any = type.includes('json')
    ? await response.json()
    : type.startsWith('text/')
      ? await response.text()
      : new Uint8Array(await response.arrayBuffer());
  return { status: response.status, body, headers: response.headers };
}
