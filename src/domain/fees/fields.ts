import { z } from 'zod';
import { IsoDate } from '../../kernel/fields';
import { Kroner, Rate } from '../../kernel/money';

/** Absent (an empty form field is dropped) or null: no value. */
const optional = <S extends z.ZodType>(schema: S) =>
  schema
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const Rounding = z.enum(['ore', 'krone', 'ten', 'hundred', 'thousand']);

export const FeeExtraInput = z
  .object({
    label: z.string().trim().min(1).max(200),
    /** Who pays: the members taking part in this participation scheme during the year. */
    scheme: z.string().trim().min(1).max(100),
    basis: z.enum(['flat', 'per_inhabitant']),
    amount: optional(Kroner()),
    rate: optional(Rate),
  })
  .superRefine((v, ctx) => {
    if (v.basis === 'flat' && v.amount === null)
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'validation.required' });
    if (v.basis === 'per_inhabitant' && v.rate === null)
      ctx.addIssue({ code: 'custom', path: ['rate'], message: 'validation.required' });
  });

export const FeeDecisionFields = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100),
    /** Kroner per inhabitant: "2,50". */
    rate: Rate,
    /** The population counted: 1 January of a year (default the year before). */
    referenceDate: optional(IsoDate),
    floor: optional(Kroner()),
    cap: optional(Kroner()),
    rounding: Rounding.default('krone'),
    /** The council's case; empty while the fee is a proposal. */
    caseId: optional(z.uuid()),
    decidedOn: optional(IsoDate),
    notes: z.string().trim().max(4000).default(''),
    extras: z.array(FeeExtraInput).max(10).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.referenceDate && !v.referenceDate.endsWith('-01-01'))
      ctx.addIssue({ code: 'custom', path: ['referenceDate'], message: 'fees.referenceDateJanuary' });
    if (v.floor !== null && v.cap !== null && v.floor > v.cap)
      ctx.addIssue({ code: 'custom', path: ['cap'], message: 'fees.capBelowFloor' });
  });
