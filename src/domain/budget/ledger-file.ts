import { z } from 'zod';
import type { Locale } from '../../kernel/format';
import { translate } from '../../kernel/i18n';
import { MAX_ORE, parseKroner } from '../../kernel/money';
import { parseNorwegianDate } from '../../kernel/table-import';

/** Which column of the ledger export holds what, by header. */
export const LedgerMapping = z.object({
  account: z.string().trim().min(1).max(100),
  amount: z.string().trim().min(1).max(100),
  date: z.string().trim().max(100).optional(),
  project: z.string().trim().max(100).optional(),
  description: z.string().trim().max(100).optional(),
});
export type LedgerMapping = z.output<typeof LedgerMapping>;

export const LEDGER_FIELDS = ['account', 'amount', 'date', 'project', 'description'] as const;

// What Norwegian municipal ledgers (Visma, Unit4/Agresso, …) call the columns, likeliest first.
const GUESSES: Record<(typeof LEDGER_FIELDS)[number], string[]> = {
  account: ['konto', 'kontonr', 'kontonummer', 'art', 'account'],
  amount: ['beløp', 'belop', 'beløp nok', 'sum', 'amount'],
  date: ['bilagsdato', 'dato', 'posteringsdato', 'date'],
  project: ['prosjekt', 'prosjektnr', 'project'],
  description: ['tekst', 'bilagstekst', 'beskrivelse', 'description'],
};

/** A first guess at the mapping from the headers, for a file never seen before. */
export function guessMapping(headers: string[]): Partial<LedgerMapping> {
  const mapping: Partial<LedgerMapping> = {};
  for (const field of LEDGER_FIELDS) {
    const name = GUESSES[field].find((g) => headers.some((h) => h.trim().toLowerCase() === g));
    const found = name ? headers.find((h) => h.trim().toLowerCase() === name) : undefined;
    if (found) mapping[field] = found;
  }
  return mapping;
}

/** The remembered-mapping key of a file: its header row. */
export const headersKey = (headers: string[]) => headers.map((h) => h.trim().toLowerCase()).join('\u001f');

export interface LedgerRow {
  line: number;
  postedOn: string | null;
  account: string;
  project: string;
  description: string;
  amountOre: number;
}

/**
 * Reads the rows of a ledger export with a mapping: account and amount on every row (amounts in
 * kroner with a decimal comma, income negative as the ledger has it), a date in the year if the
 * file has dates. Errors are per line, in the caller's language; the import takes all or none.
 */
export function readLedger(
  table: { headers: string[]; rows: string[][] },
  mapping: LedgerMapping,
  year: number,
  locale: Locale,
) {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(locale, key as never, params);
  const at = (header: string | undefined) =>
    header ? table.headers.findIndex((h) => h.trim() === header.trim()) : -1;
  const columns = {
    account: at(mapping.account),
    amount: at(mapping.amount),
    date: at(mapping.date),
    project: at(mapping.project),
    description: at(mapping.description),
  };
  const fileErrors: string[] = [];
  for (const field of LEDGER_FIELDS) {
    const header = mapping[field];
    if (header && columns[field] < 0) fileErrors.push(t('budget.ledger.noColumn', { column: header }));
  }
  if (table.rows.length === 0) fileErrors.push(t('import.noRows'));
  const rows: LedgerRow[] = [];
  const errors: { line: number; errors: string[] }[] = [];
  if (fileErrors.length) return { fileErrors, rows, errors };
  table.rows.forEach((cells, index) => {
    const line = index + 2;
    const problems: string[] = [];
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const account = cell(columns.account);
    if (!account) problems.push(t('budget.ledger.noAccount'));
    const amountText = cell(columns.amount);
    const amountOre = parseKroner(amountText);
    if (amountOre === null || Math.abs(amountOre) > MAX_ORE)
      problems.push(t('budget.ledger.badAmount', { value: amountText }));
    let postedOn: string | null = null;
    if (columns.date >= 0 && cell(columns.date)) {
      postedOn = parseNorwegianDate(cell(columns.date));
      if (!z.iso.date().safeParse(postedOn).success)
        problems.push(t('budget.ledger.badDate', { value: cell(columns.date) }));
      else if (!postedOn.startsWith(`${year}-`))
        problems.push(t('budget.ledger.otherYear', { value: cell(columns.date), year }));
    }
    if (problems.length) errors.push({ line, errors: problems });
    else
      rows.push({
        line,
        postedOn,
        account,
        project: cell(columns.project),
        description: cell(columns.description).slice(0, 500),
        amountOre: amountOre!,
      });
  });
  return { fileErrors, rows, errors };
}
