import { z } from 'zod';
import { Kroner } from '../../kernel/money';

/** "1010, 1040" or a list → account numbers (or prefixes) as the ledger writes them. */
export const Accounts = z
  .union([z.string().max(500), z.array(z.string().max(20)).max(50)])
  .transform((v) => (Array.isArray(v) ? v : v.split(/[,;\s]+/)).map((a) => a.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[\w.-]{1,20}$/, { message: 'budget.accountFormat' })).max(50));

export const BudgetLineFields = z.object({
  kind: z.enum(['income', 'expense']),
  category: z.string().trim().min(1).max(100),
  label: z.string().trim().min(1).max(200),
  /** Whole kroner, as the budget is written. */
  amount: Kroner(),
  focusAreaId: z.uuid().nullable().optional(),
  accounts: Accounts.default([]),
});

/** Categories the budget suggests (free text is allowed). */
export const BUDGET_CATEGORIES = {
  income: ['Kontingent', 'Tilskudd', 'Prosjektmidler', 'Andre inntekter'],
  expense: [
    'Lønn og sosiale kostnader',
    'Kjøp av varer og tjenester',
    'Møter og arrangementer',
    'Prosjekter',
    'Andre kostnader',
  ],
} as const;
