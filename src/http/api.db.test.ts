import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { makeUser, uniqueEmail } from '../../tests/support/fixtures';
import { bearerFor, json, testHttp } from '../../tests/support/http';

const database = setupTestDatabase();
const http = () => testHttp(database());

const bearer = (role: 'admin' | 'editor' | 'member') => bearerFor(database().db, role);

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as {
    type: string;
    status: number;
    detail: string;
    errors?: { field: string; messages: string[] }[];
  };
}

describe('API: who may call', () => {
  it('answers 401 problem+json to an anonymous caller of a signed-in endpoint', async () => {
    const response = await http().app.request('/api/v1/me');
    expect(response.status).toBe(401);
    const body = await problemOf(response);
    expect(body).toMatchObject({
      type: 'urn:samrad:problem:unauthenticated',
      status: 401,
      detail: 'Du må logge inn for å se dette.',
    });
  });

  it('answers 401 with WWW-Authenticate to a bad bearer token, even on a public endpoint', async () => {
    const response = await http().app.request('/api/v1/organisation', {
      headers: { authorization: 'Bearer samrad_pat_feil' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/invalid_token/);
    expect((await problemOf(response)).detail).toMatch(/Tilgangsnøkkelen er ugyldig/);
  });

  it('answers 403 to a member or editor asking for what only administrators may do', async () => {
    const member = await bearer('member');
    expect((await http().app.request('/api/v1/users', { headers: member.headers })).status).toBe(403);
    const editor = await bearer('editor');
    const response = await http().app.request('/api/v1/users', {
      method: 'POST',
      ...json({ email: uniqueEmail(), name: 'X', role: 'member' }),
      headers: { ...editor.headers, 'content-type': 'application/json' },
    });
    expect(response.status).toBe(403);
    expect((await problemOf(response)).type).toBe('urn:samrad:problem:forbidden');
    expect((await http().app.request('/api/v1/audit-events', { headers: editor.headers })).status).toBe(403);
  });

  it('serves public data to anyone', async () => {
    const response = await http().app.request('/api/v1/organisation');
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty('name');
  });
});

describe('API: input and errors', () => {
  it('answers bad input with problem+json listing each field, and no stack trace', async () => {
    const admin = await bearer('admin');
    const response = await http().app.request('/api/v1/users', {
      method: 'POST',
      body: JSON.stringify({ email: 'ikke-e-post', name: '', role: 'sjef', password: 'kort' }),
      headers: { ...admin.headers, 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    const text = await response.clone().text();
    expect(text).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+|ZodError|select |insert /);
    const body = await problemOf(response);
    expect(body.type).toBe('urn:samrad:problem:validation');
    expect(body.errors?.map((e) => e.field).sort()).toEqual(['email', 'name', 'password', 'role']);
    expect(body.errors?.find((e) => e.field === 'password')?.messages).toEqual(['Må være minst 12 tegn.']);
  });

  it('answers in English when the client asks for it', async () => {
    const admin = await bearer('admin');
    const response = await http().app.request('/api/v1/users', {
      method: 'POST',
      body: JSON.stringify({ email: 'x', name: 'Y', role: 'member' }),
      headers: { ...admin.headers, 'content-type': 'application/json', 'accept-language': 'en-GB,en;q=0.9' },
    });
    const body = await problemOf(response);
    expect(body.errors?.[0]?.messages[0]).toMatch(/^Enter a valid e-mail address/);
  });

  it('refuses a body that is not JSON', async () => {
    const admin = await bearer('admin');
    const response = await http().app.request('/api/v1/users', {
      method: 'POST',
      body: '{"email":',
      headers: { ...admin.headers, 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors?.[0]).toEqual({
      field: '_body',
      messages: ['Forespørselen inneholder ikke gyldig JSON.'],
    });
  });

  it('answers 404 problem+json for an unknown id and an unknown path', async () => {
    const admin = await bearer('admin');
    const unknownId = await http().app.request('/api/v1/users/0190f2a0-0000-7000-8000-000000000000', {
      headers: admin.headers,
    });
    expect(unknownId.status).toBe(404);
    expect((await problemOf(unknownId)).type).toBe('urn:samrad:problem:not-found');
    expect((await http().app.request('/api/v1/finnes-ikke')).status).toBe(404);
  });
});

describe('API: users through the REST contract', () => {
  it('creates, reads, pages and updates with versions', async () => {
    const admin = await bearer('admin');
    const headers = { ...admin.headers, 'content-type': 'application/json' };
    const created = await http().app.request('/api/v1/users', {
      method: 'POST',
      body: JSON.stringify({ email: uniqueEmail('ase.odegard'), name: 'Åse Ødegård', role: 'editor' }),
      headers,
    });
    expect(created.status).toBe(201);
    const user = (await created.json()) as { id: string; version: number };
    const read = await http().app.request(`/api/v1/users/${user.id}`, { headers: admin.headers });
    expect(await read.json()).toMatchObject({ id: user.id, name: 'Åse Ødegård', role: 'editor', version: 1 });

    const page = (await (
      await http().app.request('/api/v1/users?limit=1', { headers: admin.headers })
    ).json()) as {
      data: unknown[];
      links: { self: string; next: string | null };
      total: number;
    };
    expect(page.data).toHaveLength(1);
    expect(page.total).toBeGreaterThan(1);
    expect(page.links.self).toBe('/api/v1/users?limit=1');
    expect(page.links.next).toMatch(/^\/api\/v1\/users\?limit=1&cursor=/);

    const patch = (version: number) =>
      http().app.request(`/api/v1/users/${user.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ version, role: 'member' }),
        headers,
      });
    const etag = read.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const unchanged = await http().app.request(`/api/v1/users/${user.id}`, {
      headers: { ...admin.headers, 'if-none-match': etag },
    });
    expect(unchanged.status).toBe(304);
    expect((await patch(1)).status).toBe(200);
    const changed = await http().app.request(`/api/v1/users/${user.id}`, {
      headers: { ...admin.headers, 'if-none-match': etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.json()).toMatchObject({ role: 'member', version: 2 });
    const stale = await patch(1);
    expect(stale.status).toBe(409);
    expect((await problemOf(stale)).detail).toMatch(/Noen andre har endret dette/);
  });
});

describe('CSRF on cookie-authenticated writes', () => {
  it('refuses a cookie-authenticated write without the token, and accepts it with the token', async () => {
    const { user } = await makeUser(database().db, { role: 'admin' });
    const browser = http().client();
    const csrf = await browser.signIn(user.email);
    const body = JSON.stringify({ email: uniqueEmail(), name: 'Via nettleser', role: 'member' });
    const without = await browser.request('/api/v1/users', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(without.status).toBe(403);
    expect((await problemOf(without)).detail).toMatch(/sikkerhetsnøkkelen/);
    const wrong = await browser.request('/api/v1/users', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.status).toBe(403);
    const withToken = await browser.request('/api/v1/users', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
    });
    expect(withToken.status).toBe(201);
  });

  it('refuses a form post without the hidden field', async () => {
    const browser = http().client();
    await browser.request('/api/v1/organisation');
    const response = await browser.request('/logg-inn', {
      method: 'POST',
      body: new URLSearchParams({ email: 'a@example.org', password: 'x' }),
    });
    expect(response.status).toBe(403);
  });

  it('refuses a cross-site request even with a valid token', async () => {
    const { user } = await makeUser(database().db, { role: 'admin' });
    const browser = http().client();
    const csrf = await browser.signIn(user.email);
    const response = await browser.request('/api/v1/me/access-tokens', {
      method: 'POST',
      body: JSON.stringify({ name: 'Fra en annen side' }),
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, 'sec-fetch-site': 'cross-site' },
    });
    expect(response.status).toBe(403);
  });
});

describe('the HTTP host', () => {
  it('answers /healthz and /readyz with JSON', async () => {
    const health = await http().app.request('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const ready = await http().app.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', database: database().driver });
  });

  it('sends security headers with every answer', async () => {
    const response = await http().app.request('/healthz');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[\w+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });

  it('sends an anonymous visitor of a signed-in page to the login page and back', async () => {
    const response = await http().app.request('/admin/brukere?q=kari');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/logg-inn?neste=%2Fadmin%2Fbrukere%3Fq%3Dkari');
  });

  it('marks cookies Secure behind https', async () => {
    const secure = testHttp(database(), { env: { PUBLIC_URL: 'https://samrad.osloregionen.example.org' } });
    const response = await secure.app.request('/api/v1/organisation');
    expect(response.headers.get('set-cookie')).toMatch(
      /samrad_csrf=[\w-]+; Path=\/; HttpOnly; Secure; SameSite=Lax/,
    );
  });

  it('publishes a valid OpenAPI 3.1 document of the API', async () => {
    const response = await http().app.request('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/users', '/users/{id}', '/me', '/audit-events']),
    );
  });
});
