import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/** A table of text cells with a header row: what imports read and exports write. */
export interface Table {
  headers: string[];
  rows: string[][];
}

/** A table to write: numbers stay numbers (Excel can sum them), with a number format per column. */
export interface OutputTable {
  headers: string[];
  rows: (string | number)[][];
  /** Excel number formats by column, e.g. `#,##0.00` for kroner. */
  formats?: (string | undefined)[];
}

export type TableFormat = 'csv' | 'xlsx';

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]); // a zip file

/** Which format the bytes are, by content (an .xlsx is a zip), not by the file name. */
export function detectFormat(bytes: Uint8Array): TableFormat {
  return Buffer.from(bytes.subarray(0, 4)).equals(XLSX_MAGIC) ? 'xlsx' : 'csv';
}

/**
 * Reads CSV (comma or semicolon — Norwegian Excel writes semicolons — UTF-8 with or without BOM)
 * or the first sheet of an XLSX file. Blank lines are dropped; cells are trimmed text.
 */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (detectFormat(bytes) === 'csv') return readCsvTable(Buffer.from(bytes).toString('utf8'));
  return tableOf(await readXlsx(bytes));
}

/** The CSV half of readTable, for text that is already a string. */
export function readCsvTable(text: string): Table {
  return tableOf(readCsv(text));
}

function tableOf(grid: string[][]): Table {
  const nonEmpty = grid.filter((row) => row.some((cell) => cell.trim() !== ''));
  const [headers = [], ...rows] = nonEmpty;
  return { headers: headers.map((h) => h.trim()), rows: rows.map((r) => r.map((c) => c.trim())) };
}

function readCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  return parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
  }
  // 0.1 + 0.2 in a spreadsheet is 0.30000000000000004: fifteen significant digits is what Excel shows.
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= sheet.columnCount; i++) cells.push(cellText(row.getCell(i).value));
    grid.push(cells);
  });
  return grid;
}

/** CSV for Norwegian Excel: UTF-8 with BOM, semicolons, CRLF line ends, decimal comma and no digit grouping. */
export function writeCsv(table: OutputTable): Uint8Array {
  const cell = (v: string | number) => (typeof v === 'number' ? String(v).replace('.', ',') : v);
  const text = stringify([table.headers, ...table.rows.map((r) => r.map(cell))], {
    delimiter: ';',
    record_delimiter: '\r\n',
  });
  return Buffer.from(`\uFEFF${text}`, 'utf8');
}

/** An XLSX workbook with one sheet: bold header row, frozen, filtered, columns sized to their content. */
export async function writeXlsx(sheetName: string, table: OutputTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samråd';
  // Excel refuses these characters in a sheet name, and more than 31 of any.
  const sheet = workbook.addWorksheet(
    sheetName
      .replace(/[\\/?*:[\]]/g, ' ')
      .trim()
      .slice(0, 31) || 'Ark1',
  );
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: Math.max(1, table.headers.length) },
  };
  table.headers.forEach((header, i) => {
    const longest = Math.max(header.length, ...table.rows.map((r) => String(r[i] ?? '').length + 3));
    const column = sheet.getColumn(i + 1);
    column.width = Math.min(60, Math.max(8, longest + 2));
    const format = table.formats?.[i];
    if (format) column.numFmt = format;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
