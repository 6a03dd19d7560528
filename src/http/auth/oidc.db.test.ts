import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { auditRowsFor, makeUser, uniqueEmail } from '../../../tests/support/fixtures';
import { testHttp } from '../../../tests/support/http';

/**
 * Single sign-on against a real OpenID Provider (the `oidc-provider` library) on a local port.
 * Its login and consent screens are replaced by a handler that signs in whichever account the
 * test chose — the protocol (discovery, PKCE, state, nonce, code exchange, ID token) is all real.
 */
const database = setupTestDatabase();
const APP_URL = 'http://127.0.0.1:39999';
let server: Server;
let issuer: string;
let nextAccount = { sub: '', email: '', verified: true };

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'samrad',
        client_secret: 'en-hemmelighet-for-test',
        redirect_uris: [`${APP_URL}/auth/oidc/callback`],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({
        sub: id,
        email: nextAccount.email,
        email_verified: nextAccount.verified,
        name: 'Kari',
      }),
    }),
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['test-cookie-key'] },
  });
  const callback = provider.callback();
  server.on('request', async (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith('/interaction/')) return callback(req, res);
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      return provider.interactionFinished(
        req,
        res,
        { login: { accountId: nextAccount.sub } },
        { mergeWithLastSubmission: false },
      );
    }
    const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: 'samrad' });
    grant.addOIDCScope('openid email profile');
    return provider.interactionFinished(
      req,
      res,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    );
  });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Follows the provider's redirects with its own cookies until it sends the browser back to us. */
async function throughProvider(start: string): Promise<URL> {
  const cookies = new Map<string, string>();
  let url = start;
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
    const location = response.headers.get('location');
    if (!location)
      throw new Error(`provider stopped at ${url} with ${response.status}: ${await response.text()}`);
    const next = new URL(location, url);
    if (next.origin === APP_URL) return next;
    url = next.href;
  }
  throw new Error('too many redirects at the provider');
}

function app() {
  return testHttp(database(), {
    env: {
      PUBLIC_URL: APP_URL,
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: 'samrad',
      OIDC_CLIENT_SECRET: 'en-hemmelighet-for-test',
    },
  });
}

async function signInThroughProvider(browser: ReturnType<ReturnType<typeof app>['client']>, next = '/app') {
  const start = await browser.request(`/auth/oidc/start?neste=${encodeURIComponent(next)}`);
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get('location')!);
  expect(authorize.origin).toBe(issuer);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  const back = await throughProvider(authorize.href);
  return browser.request(back.pathname + back.search);
}

describe('OIDC sign-in', () => {
  it('signs in a registered user through the provider and links the account', async () => {
    const { user } = await makeUser(database().db, { role: 'editor', password: null });
    nextAccount = { sub: `kari-${user.id}`, email: user.email, verified: true };
    const http = app();
    const browser = http.client();
    const done = await signInThroughProvider(browser, '/admin/brukere');
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/admin/brukere');
    const me = await browser.request('/api/v1/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: user.id, singleSignOn: true });
    const [login] = await auditRowsFor(database().db, 'accounts.login', user.id);
    expect(login?.after).toMatchObject({ method: 'oidc' });
  });

  it('refuses someone the provider knows but Samråd does not, with a reason on the login page', async () => {
    nextAccount = { sub: 'ukjent-person', email: uniqueEmail('ukjent'), verified: true };
    const browser = app().client();
    const done = await signInThroughProvider(browser);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/logg-inn?feil=oidc-unknown-user');
    expect((await browser.request('/api/v1/me')).status).toBe(401);
  });

  it('refuses a callback whose state does not match the one this browser started', async () => {
    const { user } = await makeUser(database().db, { password: null });
    nextAccount = { sub: `ola-${user.id}`, email: user.email, verified: true };
    const attacker = app().client();
    const start = await attacker.request('/auth/oidc/start');
    const back = await throughProvider(start.headers.get('location')!);
    // The victim's browser never started this login: the code is useless to it.
    const victim = app().client();
    const response = await victim.request(back.pathname + back.search);
    expect(response.headers.get('location')).toBe('/logg-inn?feil=oidc-failed');
    expect((await victim.request('/api/v1/me')).status).toBe(401);
  });

  it('sends the user back with a clear message when the provider cannot be reached', async () => {
    const http = testHttp(database(), {
      env: { PUBLIC_URL: APP_URL, OIDC_ISSUER: 'http://127.0.0.1:9', OIDC_CLIENT_ID: 'samrad' },
    });
    const response = await http.client().request('/auth/oidc/start');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/logg-inn?feil=oidc-unavailable');
  });
});
