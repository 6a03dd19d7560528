import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { bearerFor, callApp, json, testHttp } from '../../tests/support/http';
import { makePerson } from '../../tests/support/organisation';

const database = setupTestDatabase();
const http = () => testHttp(database());
const bearer = async (role: 'admin' | 'editor' | 'member') => (await bearerFor(database().db, role)).headers;
const call = (path: string, init: Parameters<typeof callApp>[2] = {}) => callApp(http().app, path, init);

describe('networks through the REST API', () => {
  it('answers 401 without a token and 403 to a member who writes; editors add members and download the mailing list', async () => {
    expect((await call('/api/v1/networks')).status).toBe(401);
    const member = await bearer('member');
    const refused = await call('/api/v1/networks', {
      method: 'POST',
      ...json({ name: 'Nettverk for sirkulærøkonomi' }),
      auth: member,
    });
    expect(refused.status).toBe(403);
    const editor = await bearer('editor');
    const network = await call('/api/v1/networks', {
      method: 'POST',
      ...json({ name: 'Ambassadørnettverk for utenlandske studenter og ex pats' }),
      auth: editor,
    });
    expect(network.status).toBe(201);
    const id = network.body.id;
    expect((await call(`/api/v1/networks/${id}`)).status).toBe(401);

    const ana = await makePerson(database().db, 'Ana Ambassadør');
    const tom = await makePerson(database().db, 'Tom Tidligere', 'male');
    const joined = await call(`/api/v1/networks/${id}/members`, {
      method: 'POST',
      ...json({ personId: ana.id, role: 'ambassadør', validFrom: '2020-01-01' }),
      auth: editor,
    });
    expect(joined.status).toBe(201);
    const tomRow = await call(`/api/v1/networks/${id}/members`, {
      method: 'POST',
      ...json({ personId: tom.id, validFrom: '2020-01-01' }),
      auth: editor,
    });
    const again = await call(`/api/v1/networks/${id}/members`, {
      method: 'POST',
      ...json({ personId: ana.id, validFrom: '2020-03-01' }),
      auth: editor,
    });
    expect(again.status).toBe(409);
    const ended = await call(`/api/v1/network-members/${tomRow.body.id}/end`, {
      method: 'POST',
      ...json({ validTo: '2020-08-31' }),
      auth: editor,
    });
    expect(ended.status).toBe(200);
    expect(ended.body.validTo).toBe('2020-08-31');

    const view = await call(`/api/v1/networks/${id}`, { auth: member });
    expect(view.body.current.map((m: { name: string }) => m.name)).toEqual(['Ana Ambassadør']);
    expect(view.body.former.map((m: { name: string }) => m.name)).toEqual(['Tom Tidligere']);
    const list = await call(`/api/v1/networks/${id}/mailing-list`, { auth: member });
    expect(list.body.rows).toEqual([{ name: 'Ana Ambassadør', email: ana.email, organisation: '' }]);
    const before = await call(`/api/v1/networks/${id}/mailing-list?on=2020-06-01`, { auth: member });
    expect(before.body.rows.map((r: { name: string }) => r.name)).toEqual([
      'Ana Ambassadør',
      'Tom Tidligere',
    ]);

    const csv = await call(`/api/v1/networks/${id}/mailing-list?format=csv&on=2020-06-01`, { auth: member });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain(
      'adresseliste-ambassadornettverk-for-utenlandske-studenter-og-ex-pats-2020-06-01.csv',
    );
    expect(
      csv.body
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .slice(0, 3),
    ).toEqual(['Navn;E-post;Organisasjon', `Ana Ambassadør;${ana.email};`, `Tom Tidligere;${tom.email};`]);
    const xlsx = await call(`/api/v1/networks/${id}/mailing-list?format=xlsx`, { auth: member });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.body) as never);
    expect(workbook.worksheets[0]!.rowCount).toBe(2);
  });
});
