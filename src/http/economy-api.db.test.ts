import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { systemTestCtx } from '../../tests/support/fixtures';
import { bearerFor, callApp, json, testHttp } from '../../tests/support/http';
import { makeMemberContact, makeMunicipality } from '../../tests/support/organisation';
import { recordPopulation } from '../domain/knowledge/record-population';

const database = setupTestDatabase();
const http = () => testHttp(database());
const bearer = async (role: 'admin' | 'editor' | 'member') => (await bearerFor(database().db, role)).headers;
const call = (path: string, init: Parameters<typeof callApp>[2] = {}) => callApp(http().app, path, init);
const REFERENCE = readFileSync(
  new URL('../../../shared/reference/osloregionen/jsonstat2_example_07459.json', import.meta.url),
);

function upload(fields: Record<string, string>, file: Uint8Array | string, name: string): RequestInit {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new Blob([typeof file === 'string' ? file : Buffer.from(file)]), name);
  return { body: form };
}

describe('statistics, fees and budget through the REST API', () => {
  it('refuses writes without a token (401) and without the editor role (403)', async () => {
    const member = await bearer('member');
    // A form post without the CSRF token is refused before anything else (a browser cannot be tricked into it).
    expect(
      (await call('/api/v1/statistics/imports', { method: 'POST', ...upload({}, REFERENCE, 'a.json') }))
        .status,
    ).toBe(403);
    expect(
      (
        await call('/api/v1/statistics/imports', {
          method: 'POST',
          ...upload({}, REFERENCE, 'a.json'),
          auth: member,
        })
      ).status,
    ).toBe(403);
    expect(
      (await call('/api/v1/fees/2050', { method: 'PUT', ...json({ version: 0, rate: '2' }) })).status,
    ).toBe(401);
    expect(
      (await call('/api/v1/fees/2050', { method: 'PUT', ...json({ version: 0, rate: '2' }), auth: member }))
        .status,
    ).toBe(403);
    expect(
      (await call('/api/v1/budgets', { method: 'POST', ...json({ year: 2050 }), auth: member })).status,
    ).toBe(403);
    expect((await call('/api/v1/budgets/2050')).status).toBe(401);
    const line = json({ kind: 'expense', category: 'Lønn', label: 'Lønn', amount: '1' });
    expect((await call('/api/v1/budgets/2050/lines', { method: 'POST', ...line })).status).toBe(401);
    expect((await call('/api/v1/budgets/2050/lines', { method: 'POST', ...line, auth: member })).status).toBe(
      403,
    );
    expect((await call('/api/v1/fees/2050/list')).status).toBe(401);
  });

  it('imports JSON-stat (dry run first), refuses a broken file with the reason, and reads series back', async () => {
    const editor = await bearer('editor');
    const broken = JSON.parse(REFERENCE.toString('utf8'));
    broken.size = [2, 1];
    const refused = await call('/api/v1/statistics/imports', {
      method: 'POST',
      ...upload({}, JSON.stringify(broken), 'broken.json'),
      auth: editor,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { field: 'file', messages: ['«size» har 2 tall, men «id» har 3 dimensjoner. De må være like mange.'] },
    ]);
    const dry = await call('/api/v1/statistics/imports', {
      method: 'POST',
      ...upload({ dryRun: 'true' }, REFERENCE, 'ssb.json'),
      auth: editor,
    });
    expect(dry.status).toBe(201);
    expect(dry.body).toMatchObject({
      dryRun: true,
      tableCode: '07459',
      values: 0,
      skipped: ['0301 Oslo', '3024 Bærum'],
    });
    const indicators = await call('/api/v1/statistics/indicators');
    expect(indicators.status).toBe(200);
  });

  it('sets a fee, lists it as JSON, CSV and XLSX, and shows a member contact only their own row', async () => {
    const editor = await bearer('editor');
    const m = await makeMunicipality(database().db);
    await recordPopulation({
      ctx: systemTestCtx(database().db),
      input: { rows: [{ memberId: m.id, year: 2050, population: 1_234, source: 'Test' }] },
    });
    const set = await call('/api/v1/fees/2051', {
      method: 'PUT',
      ...json({ version: 0, rate: '2,50', floor: '5 000' }),
      auth: editor,
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ rate: '2.5000', referenceDate: '2050-01-01' });
    const list = await call('/api/v1/fees/2051/list', { auth: editor });
    expect(list.body.rows.find((r: { member: { id: string } }) => r.member.id === m.id)).toMatchObject({
      population: 1_234,
      limit: 'floor',
      totalOre: 500_000,
    });
    const xlsx = await call('/api/v1/fees/2051/list?format=xlsx', { auth: editor });
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers.get('content-disposition')).toContain('kontingent-2051.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.body) as never);
    expect(workbook.worksheets[0]!.rowCount).toBe(list.body.rows.length + 2);
    const csv = await call('/api/v1/fees/2051/list?format=csv', { auth: editor });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');

    const contact = await makeMemberContact(database().db, m.id);
    const { createAccessToken } = await import('../domain/accounts/create-access-token');
    const token = await createAccessToken({ ctx: contact.ctx, input: { name: 'Kontakt' } });
    const own = await call('/api/v1/fees/2051/list', { auth: { authorization: `Bearer ${token.secret}` } });
    expect(own.body.rows.map((r: { member: { id: string } }) => r.member.id)).toEqual([m.id]);
    expect(own.body.scope).toBe('own');
  });

  it('builds a budget, imports a ledger and answers budget vs actual that sums to the ledger', async () => {
    const editor = await bearer('editor');
    expect(
      (await call('/api/v1/budgets', { method: 'POST', ...json({ year: 2052 }), auth: editor })).status,
    ).toBe(201);
    const line = await call('/api/v1/budgets/2052/lines', {
      method: 'POST',
      ...json({
        kind: 'expense',
        category: 'Lønn og sosiale kostnader',
        label: 'Sekretariatet',
        amount: '2 000 000',
        accounts: '10',
      }),
      auth: editor,
    });
    expect(line.status).toBe(201);
    const csv =
      'Dato;Konto;Tekst;Beløp\r\n31.01.2052;10100;Lønn;123 456,78\r\n31.01.2052;1900;Renter;-0,01\r\n';
    const imported = await call('/api/v1/budgets/2052/ledger', {
      method: 'POST',
      ...upload(
        { date: 'Dato', account: 'Konto', description: 'Tekst', amount: 'Beløp' },
        csv,
        'hovedbok.csv',
      ),
      auth: editor,
    });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ rows: 2, totalOre: 12_345_677 });
    const comparison = await call('/api/v1/budgets/2052/comparison', { auth: editor });
    expect(comparison.body.totals.ledgerOre).toBe(12_345_677);
    expect(comparison.body.lines.find((l: { label: string }) => l.label === 'Sekretariatet').actualOre).toBe(
      12_345_678,
    );
    const xlsx = await call('/api/v1/budgets/2052/comparison?format=xlsx', { auth: editor });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toContain('budsjett-og-regnskap-2052.xlsx');
  });
});
