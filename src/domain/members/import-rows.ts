import type { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { describeError } from '../../kernel/describe-error';
import { isDomainError } from '../../kernel/errors';
import { requirePermission } from '../../kernel/guards';
import { translate } from '../../kernel/i18n';
import {
  type ImportColumn,
  type ImportedRow,
  parseNorwegianDate,
  readImportTable,
  rowSchemaErrors,
} from '../../kernel/table-import';
import { safeParseInput } from '../../kernel/validate';
import { AddMemberInput } from './add-member';
import { checkIdentity } from './identity-rules';
import { can } from './permissions';
import { counties, subregions } from './schema';

/** The columns of a member import (and export), in order. */
export const MEMBER_COLUMNS: readonly ImportColumn[] = [
  { key: 'kind', nb: 'type', en: 'kind', required: true },
  { key: 'number', nb: 'nummer', en: 'number' },
  { key: 'name', nb: 'navn', en: 'name', required: true },
  { key: 'county', nb: 'fylke', en: 'county' },
  { key: 'subregion', nb: 'delregion', en: 'subregion' },
  { key: 'orgNumber', nb: 'organisasjonsnummer', en: 'orgnumber' },
  { key: 'joinedOn', nb: 'innmeldt', en: 'joined', required: true },
  { key: 'notes', nb: 'merknad', en: 'notes' },
];

const KINDS: Record<string, 'municipality' | 'county' | 'other'> = {
  kommune: 'municipality',
  municipality: 'municipality',
  fylkeskommune: 'county',
  county: 'county',
  annen: 'other',
  annet: 'other',
  other: 'other',
};

export const KIND_NAMES = { municipality: 'kommune', county: 'fylkeskommune', other: 'annen' } as const;

/**
 * Reads and checks every row of a member import without writing anything: each row gets its
 * errors in the caller's language (bad number, unknown county, taken number, a number twice in
 * the file …). Used for the preview, and again inside the transaction by importMembers.
 */
export async function checkMemberImport(ctx: Ctx, table: { headers: string[]; rows: string[][] }) {
  requirePermission(ctx, can(ctx.actor, 'members.manage'));
  const t = (key: string, params?: Record<string, string | number>) => translate(ctx.locale, key, params);
  const { fileErrors, rows: raw } = readImportTable(table, MEMBER_COLUMNS, ctx.locale);
  const allCounties = await ctx.db.select().from(counties);
  const allSubregions = await ctx.db.select().from(subregions);
  const seen = new Map<string, number>();
  const rows: ImportedRow<z.input<typeof AddMemberInput>>[] = [];
  for (const { line, values } of raw) {
    const row: ImportedRow<z.input<typeof AddMemberInput>> = { line, values, errors: [], input: null };
    rows.push(row);
    const joinedOn = parseNorwegianDate(values.joinedOn ?? '');
    const inForce = (from: string, to: string | null) => from <= joinedOn && (to === null || to >= joinedOn);
    const kind = KINDS[(values.kind ?? '').toLowerCase()];
    if (!kind) row.errors.push(t('import.badKind', { value: values.kind ?? '' }));
    let countyId: string | undefined;
    if (values.county) {
      const wanted = values.county.toLowerCase();
      countyId = allCounties.find(
        (c) =>
          (c.name.toLowerCase() === wanted || c.number === values.county) && inForce(c.validFrom, c.validTo),
      )?.id;
      if (!countyId) row.errors.push(t('import.unknownCounty', { value: values.county }));
    }
    let subregionId: string | undefined;
    if (values.subregion) {
      const wanted = values.subregion.toLowerCase();
      subregionId = allSubregions.find(
        (s) => s.name.toLowerCase() === wanted && inForce(s.validFrom, s.validTo),
      )?.id;
      if (!subregionId) row.errors.push(t('import.unknownSubregion', { value: values.subregion }));
    }
    const input = {
      kind: kind ?? 'municipality',
      name: values.name ?? '',
      number: values.number || undefined,
      countyId,
      orgNumber: values.orgNumber || undefined,
      joinedOn,
      subregionId,
      notes: values.notes ?? '',
    };
    const parsed = safeParseInput(AddMemberInput, input);
    if (!parsed.success) row.errors.push(...rowSchemaErrors(parsed.error, MEMBER_COLUMNS, ctx.locale));
    if (row.errors.length === 0 && parsed.success) {
      try {
        await checkIdentity(ctx, { ...parsed.data, from: parsed.data.joinedOn });
      } catch (error) {
        if (!isDomainError(error)) throw error;
        const described = describeError(error, ctx.locale);
        const fields = Object.values(described.fieldErrors ?? {}).flat();
        row.errors.push(...(fields.length ? fields : [described.detail]));
      }
    }
    const number = values.number?.trim();
    if (number) {
      const earlier = seen.get(number);
      if (earlier) row.errors.push(t('import.duplicateNumber', { number, line: earlier }));
      else seen.set(number, row.line);
    }
    if (row.errors.length === 0) row.input = input;
  }
  return { fileErrors, rows, valid: fileErrors.length === 0 && rows.every((r) => r.errors.length === 0) };
}
