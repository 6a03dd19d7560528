import type { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { requirePermission } from '../../kernel/guards';
import { translate } from '../../kernel/i18n';
import {
  type ImportColumn,
  type ImportedRow,
  readImportTable,
  rowSchemaErrors,
} from '../../kernel/table-import';
import { safeParseInput } from '../../kernel/validate';
import { PersonFields } from './fields';
import { can } from './permissions';

/** The columns of a people import (and export), in order. */
export const PEOPLE_COLUMNS: readonly ImportColumn[] = [
  { key: 'name', nb: 'navn', en: 'name', required: true },
  { key: 'title', nb: 'tittel', en: 'title' },
  { key: 'organisation', nb: 'organisasjon', en: 'organisation' },
  { key: 'email', nb: 'e-post', en: 'email' },
  { key: 'phone', nb: 'telefon', en: 'phone' },
  { key: 'gender', nb: 'kjønn', en: 'gender' },
  { key: 'notes', nb: 'merknad', en: 'notes' },
];

const GENDERS: Record<string, 'female' | 'male' | 'other'> = {
  kvinne: 'female',
  k: 'female',
  female: 'female',
  mann: 'male',
  m: 'male',
  male: 'male',
  annet: 'other',
  other: 'other',
};
export const GENDER_NAMES = { female: 'kvinne', male: 'mann', other: 'annet' } as const;

/** Checks a people import row by row without writing (preview, and again inside importPeople). */
export function checkPeopleImport(ctx: Ctx, table: { headers: string[]; rows: string[][] }) {
  requirePermission(ctx, can(ctx.actor, 'people.manage'));
  const { fileErrors, rows: raw } = readImportTable(table, PEOPLE_COLUMNS, ctx.locale);
  const rows = raw.map(({ line, values }) => {
    const row: ImportedRow<z.input<typeof PersonFields>> = { line, values, errors: [], input: null };
    const genderText = (values.gender ?? '').toLowerCase();
    const gender = genderText ? GENDERS[genderText] : undefined;
    if (genderText && !gender)
      row.errors.push(translate(ctx.locale, 'import.badGender', { value: values.gender ?? '' }));
    const input = {
      name: values.name ?? '',
      title: values.title ?? '',
      organisation: values.organisation ?? '',
      email: values.email || undefined,
      phone: values.phone || undefined,
      gender,
      notes: values.notes ?? '',
    };
    const parsed = safeParseInput(PersonFields, input);
    if (!parsed.success) row.errors.push(...rowSchemaErrors(parsed.error, PEOPLE_COLUMNS, ctx.locale));
    if (row.errors.length === 0) row.input = input;
    return row;
  });
  return { fileErrors, rows, valid: fileErrors.length === 0 && rows.every((r) => r.errors.length === 0) };
}
