import { detectFormat, readTable, type Table } from '../../src/exports/table';
import { Validation } from '../../src/kernel/errors';
import type { Locale } from '../../src/kernel/format';
import { translate } from '../../src/kernel/i18n';

const MAX_MB = 5;

/**
 * The table in an uploaded file (form field `file`): at most 5 MB, CSV or XLSX by content — never
 * by the file name. Any problem is a Validation error on the field, in the caller's language.
 */
export async function readUploadedTable(form: FormData, locale: Locale): Promise<Table> {
  const fail = (key: string, params?: Record<string, string | number>) =>
    new Validation({ file: [translate(locale, key, params)] });
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) throw fail('upload.missing');
  if (file.size > MAX_MB * 1024 * 1024) throw fail('upload.tooBig', { max: MAX_MB });
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (detectFormat(bytes) === 'csv' && bytes.includes(0)) throw fail('upload.wrongType');
  try {
    return await readTable(bytes);
  } catch (error) {
    throw fail('upload.unreadable', { reason: error instanceof Error ? error.message.slice(0, 200) : '' });
  }
}
