import { describe, expect, inject, it } from 'vitest';
import { ADMIN } from './server';

const base = inject('baseUrl');

/** A visitor with a cookie jar, talking HTTP to the built server as a browser would. */
function visitor() {
  const cookies = new Map<string, string>();
  async function request(path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    if (cookies.size) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(`${base}${path}`, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [name = '', value = ''] = (line.split(';')[0] ?? '').split('=');
      if (value) cookies.set(name, value);
      else cookies.delete(name);
    }
    return response;
  }
  return { cookies, request };
}

const hiddenToken = (html: string) => html.match(/name="_csrf" value="([^"]*)"/)?.[1];

async function signedIn() {
  const staff = visitor();
  const form = await (await staff.request('/logg-inn')).text();
  const body = new URLSearchParams({
    email: ADMIN.email,
    password: ADMIN.password,
    _csrf: hiddenToken(form)!,
  });
  const login = await staff.request('/logg-inn', { method: 'POST', body });
  expect(login.status).toBe(302);
  const api = (path: string, method = 'GET', json?: unknown) =>
    staff.request(`/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-csrf-token': staff.cookies.get('samrad_csrf')! },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
  return { ...staff, api };
}

describe('The public page cache', () => {
  it('answers a public meeting page from the cache, and shows a change to the meeting on the next request', async () => {
    const staff = await signedIn();
    const bodies = (await (await staff.api('/bodies')).json()) as { data: { id: string; name: string }[] };
    const board = bodies.data.find((b) => b.name === 'Styret')!;
    const startsAt = `${new Date().getFullYear() + 1}-03-05T10:00:00+01:00`;
    const created = await staff.api('/meetings', 'POST', {
      bodyId: board.id,
      startsAt,
      location: 'Oslo rådhus',
    });
    expect(created.status).toBe(201);
    const meeting = (await created.json()) as { id: string; version: number };

    const press = visitor();
    const first = await press.request(`/moter/${meeting.id}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache')).toBe('miss');
    expect(await first.text()).toContain('Oslo rådhus');
    const second = await press.request(`/moter/${meeting.id}`);
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(second.headers.get('cache-control')).toBe('public, no-cache');
    expect(second.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'));
    const etag = second.headers.get('etag')!;
    expect(etag).toBe(first.headers.get('etag'));
    expect(await second.text()).toContain('Oslo rådhus');
    const revalidated = await press.request(`/moter/${meeting.id}`, { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);

    const moved = await staff.api(`/meetings/${meeting.id}`, 'PUT', {
      startsAt,
      location: 'Galleri Oslo',
      version: meeting.version,
    });
    expect(moved.status).toBe(200);
    const after = await press.request(`/moter/${meeting.id}`, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('x-cache')).toBe('miss');
    const html = await after.text();
    expect(html).toContain('Galleri Oslo');
    expect(html).not.toContain('Oslo rådhus');

    // The secretariat's own view of the same page is theirs alone.
    const own = await staff.request(`/moter/${meeting.id}`);
    expect(own.headers.get('x-cache')).toBeNull();
    expect(own.headers.get('cache-control')).toBe('private, no-store');
  });

  it('never keeps a page with a form: each visitor gets their own CSRF token, and English visitors English pages', async () => {
    const anne = visitor();
    const bo = visitor();
    const anneForm = await (await anne.request('/logg-inn')).text();
    const boForm = await (await bo.request('/logg-inn')).text();
    expect(hiddenToken(anneForm)).toBe(anne.cookies.get('samrad_csrf'));
    expect(hiddenToken(boForm)).toBe(bo.cookies.get('samrad_csrf'));
    expect(hiddenToken(anneForm)).not.toBe(hiddenToken(boForm));
    // A kept page carries no token at all, so it cannot hand one visitor's to another.
    await anne.request('/moter');
    const kept = await anne.request('/moter');
    expect(kept.headers.get('x-cache')).toBe('hit');
    expect(await kept.text()).not.toContain(anne.cookies.get('samrad_csrf')!);

    const english = visitor();
    await english.request('/sprak?til=en&neste=/moter');
    const page = await english.request('/moter', { headers: { 'accept-encoding': 'br' } });
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(await page.text()).toContain('<html lang="en"');
  });
});
