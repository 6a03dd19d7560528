import type { z } from 'zod';
import type { Locale } from './format';
import { translate } from './i18n';
import { fieldErrorsOf } from './validate';

/** A column of an import file: its key, its Norwegian and English header, and whether it must be there. */
export interface ImportColumn {
  key: string;
  nb: string;
  en: string;
  required?: boolean;
}

export interface ImportedRow<T> {
  /** The line in the file (the header is line 1). */
  line: number;
  values: Record<string, string>;
  errors: string[];
  input: T | null;
}

/**
 * The shared first half of every import: headers matched to columns (either language, any case),
 * file-level errors (unknown or missing columns, no rows), and each row's cells by column key.
 */
export function readImportTable(
  table: { headers: string[]; rows: string[][] },
  columns: readonly ImportColumn[],
  locale: Locale,
) {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const keys = table.headers.map((h) => {
    const name = h.trim().toLowerCase();
    return columns.find((c) => c.nb === name || c.en === name)?.key ?? null;
  });
  const fileErrors: string[] = [];
  const unknown = table.headers.filter((_, i) => keys[i] === null);
  if (unknown.length) fileErrors.push(t('import.unknownColumns', { columns: unknown.join(', ') }));
  for (const column of columns) {
    if (column.required && !keys.includes(column.key))
      fileErrors.push(t('import.missingColumn', { column: column.nb }));
  }
  if (table.rows.length === 0) fileErrors.push(t('import.noRows'));
  const rows = table.rows.map((cells, index) => {
    const values: Record<string, string> = {};
    keys.forEach((key, i) => {
      if (key) values[key] = cells[i] ?? '';
    });
    return { line: index + 2, values };
  });
  return { fileErrors, rows };
}

/** Schema errors of one row as "Column: message" in the caller's language. */
export function rowSchemaErrors(
  error: z.ZodError,
  columns: readonly ImportColumn[],
  locale: Locale,
): string[] {
  return Object.entries(fieldErrorsOf(error, locale)).map(([field, messages]) => {
    const column = columns.find((c) => c.key === field);
    const label = column ? (locale === 'nb' ? column.nb : column.en) : field;
    return `${label}: ${messages.join(' ')}`;
  });
}

/** Row errors as Validation field errors: `line 3` → its messages. */
export function importFieldErrors(
  fileErrors: string[],
  rows: ImportedRow<unknown>[],
): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  if (fileErrors.length) fields._file = fileErrors;
  for (const row of rows) if (row.errors.length) fields[`line ${row.line}`] = row.errors;
  return fields;
}

/** 2020-01-01 or 1.1.2020 → 2020-01-01; anything else stays as typed (and fails validation). */
export function parseNorwegianDate(value: string): string {
  const nb = value.trim().match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/);
  if (nb) return `${nb[3]}-${nb[2]!.padStart(2, '0')}-${nb[1]!.padStart(2, '0')}`;
  return value.trim();
}
