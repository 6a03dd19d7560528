import { describe, expect, it } from 'vitest';
import { detectFormat, readTable, writeCsv, writeXlsx } from './table';

const TABLE = {
  headers: ['nummer', 'navn', 'fylke'],
  rows: [
    ['3021', 'Ås', 'Viken'],
    ['3048', 'Øvre Eiker', 'Viken'],
    ['0301', 'Oslo; hovedstaden', 'Oslo'],
  ],
};

describe('tables for import and export', () => {
  it('round-trips CSV the way Norwegian Excel writes it (BOM, semicolons, quotes)', async () => {
    const bytes = writeCsv(TABLE);
    expect(Buffer.from(bytes.subarray(0, 3))).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(Buffer.from(bytes).toString('utf8')).toContain('"Oslo; hovedstaden"');
    expect(await readTable(bytes)).toEqual(TABLE);
  });

  it('reads comma-separated CSV too, and drops blank lines', async () => {
    const csv = 'nummer,navn,fylke\n3021,Ås,Viken\n\n3048,"Øvre Eiker",Viken\n';
    expect((await readTable(Buffer.from(csv))).rows).toEqual([
      ['3021', 'Ås', 'Viken'],
      ['3048', 'Øvre Eiker', 'Viken'],
    ]);
  });

  it('round-trips XLSX, recognised by its content and not its name', async () => {
    const bytes = await writeXlsx('Medlemmer', TABLE);
    expect(detectFormat(bytes)).toBe('xlsx');
    expect(await readTable(bytes)).toEqual(TABLE);
  });

  it('writes numbers as numbers (Excel sums them) under a sheet name Excel accepts', async () => {
    const bytes = await writeXlsx('07459: Befolkning [2020]', {
      headers: ['Medlem', 'Beløp'],
      rows: [
        ['Oslo', 1000000],
        ['Vestby', 44560.5],
      ],
      formats: [undefined, '#,##0.00'],
    });
    const table = await readTable(bytes);
    expect(table.rows).toEqual([
      ['Oslo', '1000000'],
      ['Vestby', '44560.5'],
    ]);
    expect(Buffer.from(writeCsv({ headers: ['Beløp'], rows: [[44560.5]] })).toString('utf8')).toBe(
      '\uFEFFBeløp\r\n44560,5\r\n',
    );
  });
});
