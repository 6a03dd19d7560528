import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { bearerFor, testHttp } from '../../tests/support/http';
import { readTable } from '../exports/table';

const database = setupTestDatabase({ demo: true });
const http = () => testHttp(database());

const bearer = async (role: 'admin' | 'editor' | 'member') => (await bearerFor(database().db, role)).headers;
const json = async (path: string, headers: Record<string, string> = {}) => {
  const response = await http().app.request(path, { headers });
  expect(response.status, path).toBe(200);
  return response.json() as Promise<
    Record<string, unknown> & { data: Record<string, unknown>[]; total: number }
  >;
};

describe('the organisation through the REST API', () => {
  it('lists 71 members on 1.1.2020 and the pre-merger municipalities on 31.12.2019, in Norwegian order', async () => {
    const in2020 = await json('/api/v1/members?asOf=2020-01-01&limit=500');
    expect(in2020.total).toBe(71);
    const names = in2020.data.map((m) => m.name as string);
    expect(names.indexOf('Ås')).toBeGreaterThan(names.indexOf('Vestby'));
    expect(names.indexOf('Øvre Eiker')).toBeGreaterThan(names.indexOf('Vestby'));
    expect(in2020.data.find((m) => m.name === 'Lillestrøm')).toMatchObject({
      kind: 'municipality',
      number: '3030',
    });
    const in2019 = await json('/api/v1/members?asOf=2019-12-31&limit=500');
    const names2019 = in2019.data.map((m) => m.name);
    expect(names2019).toEqual(expect.arrayContaining(['Skedsmo', 'Ski', 'Røyken']));
    expect(names2019).not.toContain('Lillestrøm');
  });

  it('pages with a cursor and filters by kind', async () => {
    const first = await json('/api/v1/members?asOf=2020-01-01&limit=50');
    expect(first.data).toHaveLength(50);
    const next = (first.links as { next: string }).next;
    const second = await json(next);
    expect(second.data).toHaveLength(21);
    expect((second.links as { next: string | null }).next).toBeNull();
    const counties = await json('/api/v1/members?asOf=2020-01-01&kind=county');
    expect(counties.data.map((m) => m.number)).toEqual(['34', '30']);
  });

  it('shows the evidence behind a membership to signed-in callers only', async () => {
    const anonymous = await json('/api/v1/members?asOf=2020-01-01&q=Horten');
    expect(anonymous.data[0]).not.toHaveProperty('evidence');
    const signedIn = await json('/api/v1/members?asOf=2020-01-01&q=Horten', await bearer('member'));
    expect(signedIn.data[0]?.evidence).toBe('unverified: chosen to complete the count of 69 (demo)');
  });

  it('exports the members as XLSX with one row per member', async () => {
    const response = await http().app.request('/api/v1/members/export?asOf=2020-01-01&format=xlsx');
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toContain('filename="medlemmer-2020-01-01.xlsx"');
    const table = await readTable(new Uint8Array(await response.arrayBuffer()));
    expect(table.headers).toEqual([
      'type',
      'nummer',
      'navn',
      'fylke',
      'delregion',
      'organisasjonsnummer',
      'innmeldt',
      'merknad',
    ]);
    expect(table.rows).toHaveLength(71);
    expect(table.rows.find((r) => r[2] === 'Vestby')).toEqual([
      'kommune',
      '3019',
      'Vestby',
      'Viken',
      'Follo',
      '',
      '2005-01-01',
      '',
    ]);
  });

  it('refuses writes from anonymous callers (401) and members (403)', async () => {
    const body = JSON.stringify({ kind: 'other', name: 'Forening', joinedOn: '2020-01-01' });
    const headers = { 'content-type': 'application/json' };
    expect((await http().app.request('/api/v1/members', { method: 'POST', body, headers })).status).toBe(401);
    expect(
      (
        await http().app.request('/api/v1/members', {
          method: 'POST',
          body,
          headers: { ...headers, ...(await bearer('member')) },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await http().app.request('/api/v1/members', {
          method: 'POST',
          body,
          headers: { ...headers, ...(await bearer('editor')) },
        })
      ).status,
    ).toBe(201);
    expect((await http().app.request('/api/v1/people/export')).status).toBe(401);
  });

  it('previews an import with row errors, and refuses it whole', async () => {
    const auth = await bearer('editor');
    const table = {
      headers: ['type', 'nummer', 'navn', 'fylke', 'innmeldt'],
      rows: [
        ['kommune', '4601', 'Bergen', 'Vestland', '2021-01-01'],
        ['kommune', '99', 'Feil', 'Atlantis', '2021-01-01'],
      ],
    };
    const init = {
      method: 'POST',
      body: JSON.stringify(table),
      headers: { 'content-type': 'application/json', ...auth },
    };
    const preview = await http().app.request('/api/v1/members/import?dryRun=true', init);
    expect(preview.status).toBe(200);
    const body = (await preview.json()) as { valid: boolean; rows: { line: number; errors: string[] }[] };
    expect(body.valid).toBe(false);
    expect(body.rows[1]).toMatchObject({
      line: 3,
      errors: ['Ukjent fylke «Atlantis» på innmeldingsdatoen.'],
    });
    const refused = await http().app.request('/api/v1/members/import', init);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'line 3',
    ]);
    expect((await json('/api/v1/members?asOf=2021-06-01&q=Bergen')).total).toBe(0);
  });

  it("checks the board's seats on a date and shows the organisation chart", async () => {
    const bodies = await json('/api/v1/bodies?asOf=2019-06-01');
    const board = bodies.data.find((b) => b.name === 'Styret')!;
    const check = await json(`/api/v1/bodies/${board.id}/check?date=2019-06-01`);
    expect(check).toMatchObject({ required: 22, filled: 22, warnings: [] });
    const coordination = (await json('/api/v1/bodies?asOf=2020-06-01')).data.find(
      (b) => b.name === 'Koordineringsgruppen',
    )!;
    const open = await json(`/api/v1/bodies/${coordination.id}/check?date=2020-06-01`);
    expect((open.warnings as { message: string }[]).map((w) => w.message)).toContain(
      'Ingen er oppnevnt for Vestfold.',
    );
    const chart = await json('/api/v1/org-chart?asOf=2021-01-01');
    expect((chart.bodies as { name: string }[])[0]?.name).toBe('Representantskapet');
    const appointments = await json(`/api/v1/appointments?asOf=2018-12-04&bodyId=${board.id}`);
    expect(appointments.total).toBe(22);
    expect(appointments.data[0]).not.toHaveProperty('gender', 'female');
  });
});
