import { readCsvTable } from '../../exports/table';
import { MAX_VALUES, type StatisticsFile, StatisticsFileError, YEAR } from './statistics-file';

/** What a wide CSV does not say about itself: which table and indicator its numbers are. */
export interface SeriesMeta {
  source: string;
  tableCode: string;
  tableLabel: string;
  indicatorCode: string;
  label: string;
  unit: string;
}

const CODE_COLUMNS = ['kommunenummer', 'fylkesnummer', 'region', 'regionkode'];
const NAME_COLUMNS = ['name', 'navn', 'county', 'fylke', 'kommune'];

/** 1 234,5 or 1234.5 → 1234.5 (a comma is the decimal sign, never a thousands separator); anything else is not a number. */
function parseNumber(cell: string): number | null {
  const text = cell.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^-?\d{1,15}(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/**
 * Reads a wide series CSV (a region code column, a name column, one column per year), as the
 * reference's population series are: `kommunenummer,name,2000,…,2020`. A municipality file that
 * also names its county takes the municipality number. Empty cells are missing values.
 */
export function parseSeriesCsv(text: string, meta: SeriesMeta): StatisticsFile {
  const table = readCsvTable(text);
  const headers = table.headers.map((h) => h.toLowerCase());
  const codeAt = CODE_COLUMNS.map((c) => headers.indexOf(c)).find((i) => i >= 0);
  if (codeAt === undefined) throw new StatisticsFileError('knowledge.file.noCodeColumn');
  const nameAt = NAME_COLUMNS.map((c) => headers.indexOf(c)).find((i) => i >= 0);
  const years = headers.flatMap((h, i) => (YEAR.test(h) ? [{ year: Number(h), at: i }] : []));
  if (years.length === 0) throw new StatisticsFileError('knowledge.file.noYearColumns');
  if (table.rows.length * years.length > MAX_VALUES)
    throw new StatisticsFileError('knowledge.file.tooMany', {
      count: table.rows.length * years.length,
      max: MAX_VALUES,
    });
  const key = `${meta.tableCode}:${meta.indicatorCode}`;
  const values: StatisticsFile['values'] = [];
  table.rows.forEach((row, index) => {
    const regionCode = (row[codeAt] ?? '').trim();
    if (!/^[\w-]{1,20}$/.test(regionCode))
      throw new StatisticsFileError('knowledge.file.badCode', { line: index + 2, value: regionCode });
    for (const { year, at } of years) {
      const cell = (row[at] ?? '').trim();
      if (cell === '') continue;
      const value = parseNumber(cell);
      if (value === null)
        throw new StatisticsFileError('knowledge.file.badNumber', { line: index + 2, value: cell });
      values.push({
        indicatorKey: key,
        regionCode,
        regionLabel: nameAt === undefined ? regionCode : (row[nameAt] ?? regionCode),
        year,
        value,
      });
    }
  });
  return {
    source: meta.source,
    tableCode: meta.tableCode,
    tableLabel: meta.tableLabel,
    published: null,
    indicators: [{ key, label: meta.label, unit: meta.unit, decimals: 0 }],
    values,
  };
}
