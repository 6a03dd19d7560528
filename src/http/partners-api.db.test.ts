import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { bearerFor, callApp, json, testHttp } from '../../tests/support/http';

const database = setupTestDatabase();
const http = () => testHttp(database());
const bearer = async (role: 'admin' | 'editor' | 'member') => (await bearerFor(database().db, role)).headers;
const call = (path: string, init: Parameters<typeof callApp>[2] = {}) => callApp(http().app, path, init);

describe('partners through the REST API', () => {
  it('answers 401 without a token and 403 to a member who writes; editors add, read and merge', async () => {
    expect((await call('/api/v1/partners')).status).toBe(401);
    const member = await bearer('member');
    expect(
      (
        await call('/api/v1/partners', {
          method: 'POST',
          ...json({ name: 'LUHO', kind: 'university' }),
          auth: member,
        })
      ).status,
    ).toBe(403);
    const editor = await bearer('editor');
    const luho = await call('/api/v1/partners', {
      method: 'POST',
      ...json({ name: 'LUHO', kind: 'university' }),
      auth: editor,
    });
    expect(luho.status).toBe(201);
    const copy = await call('/api/v1/partners', {
      method: 'POST',
      ...json({ name: 'Lokalt utvalg for høyere opplæring', kind: 'university' }),
      auth: editor,
    });
    const duplicate = await call('/api/v1/partners', {
      method: 'POST',
      ...json({ name: 'luho', kind: 'ngo' }),
      auth: editor,
    });
    expect(duplicate.status).toBe(409);
    const merged = await call(`/api/v1/partners/${luho.body.id}/merge`, {
      method: 'POST',
      ...json({ version: luho.body.version, duplicateIds: [copy.body.id] }),
      auth: editor,
    });
    expect(merged.status).toBe(200);
    expect(merged.body.aliases).toEqual(['Lokalt utvalg for høyere opplæring']);
    const list = await call('/api/v1/partners?q=h%C3%B8yere', { auth: member });
    expect(list.body.data.map((p: { name: string }) => p.name)).toEqual(['LUHO']);
    expect((await call(`/api/v1/partners/${copy.body.id}`, { auth: member })).body.mergedInto).toEqual({
      id: luho.body.id,
      name: 'LUHO',
    });
  });
});
