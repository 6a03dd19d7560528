import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { auditRowsFor, makeUser } from '../../../tests/support/fixtures';
import { readTable } from '../../exports/table';
import { Forbidden, Validation } from '../../kernel/errors';
import { importMembers } from './import-members';
import { checkMemberImport } from './import-rows';
import { listMembers } from './queries';

const database = setupTestDatabase();
const db = () => database().db;
const HEADERS = [
  'type',
  'nummer',
  'navn',
  'fylke',
  'delregion',
  'organisasjonsnummer',
  'innmeldt',
  'merknad',
];

describe('importMembers', () => {
  it('reports the bad rows by line and column, and writes nothing', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const table = {
      headers: HEADERS,
      rows: [
        ['kommune', '4601', 'Bergen', 'Vestland', '', '', '1.1.2020', ''],
        ['kommune', '46x2', 'Feilnummer', 'Vestland', '', '', '2020-01-01', ''],
        ['kommune', '4627', 'Askøy', 'Nordvestlandet', '', '', '2020-01-01', ''],
        ['kommune', '4601', 'Bergen igjen', 'Vestland', '', '', '2020-01-01', ''],
      ],
    };
    const preview = await checkMemberImport(ctx, table);
    expect(preview.valid).toBe(false);
    expect(preview.rows.map((r) => [r.line, r.errors])).toEqual([
      [2, []],
      [3, ['Et kommunenummer har 4 siffer, for eksempel 3019.']],
      [4, ['Ukjent fylke «Nordvestlandet» på innmeldingsdatoen.']],
      [5, ['Nummer 4601 står også på linje 2.']],
    ]);
    const error = await importMembers({ ctx, input: table }).catch((e) => e);
    expect(error).toBeInstanceOf(Validation);
    expect(Object.keys(error.fieldErrors)).toEqual(['line 3', 'line 4', 'line 5']);
    const after = await listMembers(ctx, { asOf: '2020-06-01', q: 'Bergen', limit: 10 });
    expect(after.total).toBe(0);
  });

  it('imports every row when all are valid, through addMember, and audits the import', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const created = await importMembers({
      ctx,
      input: {
        headers: ['Type', 'Nummer', 'Navn', 'Fylke', 'Innmeldt'],
        rows: [
          ['kommune', '4640', 'Sogndal', 'Vestland', '2020-01-01'],
          ['kommune', '4641', 'Aurland', '46', '01.01.2020'],
        ],
      },
    });
    expect(created.map((m) => [m.name, m.number, m.county?.name])).toEqual([
      ['Sogndal', '4640', 'Vestland'],
      ['Aurland', '4641', 'Vestland'],
    ]);
    expect(await auditRowsFor(db(), 'members.importMembers')).toHaveLength(1);
    expect(await auditRowsFor(db(), 'members.addMember', created[0]!.id)).toHaveLength(1);
  });

  it('refuses unknown and missing columns, and members of the register', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const preview = await checkMemberImport(ctx, { headers: ['navn', 'farge'], rows: [['Bergen', 'blå']] });
    expect(preview.fileErrors).toEqual([
      'Ukjente kolonner: farge.',
      'Kolonnen «type» mangler.',
      'Kolonnen «innmeldt» mangler.',
    ]);
    const member = (await makeUser(db(), { role: 'member' })).ctx;
    await expect(
      importMembers({ ctx: member, input: { headers: HEADERS, rows: [] } }),
    ).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('a CSV file as Norwegian Excel saves it', () => {
  it('with one bad row (bad number, unknown county) is reported by line and nothing is written', async () => {
    const { ctx } = await makeUser(db(), { role: 'editor' });
    const csv = [
      'type;nummer;navn;fylke;innmeldt',
      'kommune;4620;Ulvik;Vestland;01.01.2020',
      'kommune;46202;Feil nummer;Vestland;01.01.2020',
      'kommune;4621;Voss;Hordaland;01.01.2020',
    ].join('\r\n');
    const table = await readTable(Buffer.from(`\uFEFF${csv}`, 'utf8'));
    const preview = await checkMemberImport(ctx, table);
    expect(preview.rows.filter((r) => r.errors.length).map((r) => [r.line, r.errors])).toEqual([
      [3, ['Et kommunenummer har 4 siffer, for eksempel 3019.']],
      [4, ['Ukjent fylke «Hordaland» på innmeldingsdatoen.']],
    ]);
    await expect(importMembers({ ctx, input: table })).rejects.toBeInstanceOf(Validation);
    expect((await listMembers(ctx, { asOf: '2020-06-01', q: 'Ulvik' })).total).toBe(0);
  });
});
