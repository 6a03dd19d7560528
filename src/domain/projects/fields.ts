import { z } from 'zod';
import { IsoDate } from '../../kernel/fields';
import { Kroner } from '../../kernel/money';

/** Absent (an empty form field is dropped) or null: no value. */
const optional = <S extends z.ZodType>(schema: S) =>
  schema
    .nullable()
    .optional()
    .transform((v) => v ?? null);

/** What an editor writes about a project; the amount granted in kroner ("1 250 000"), kept as øre. */
export const ProjectBase = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(4000).default(''),
  funder: z.string().trim().max(200).default(''),
  fundingProgramme: z.string().trim().max(200).default(''),
  amountGranted: optional(Kroner()),
  startsOn: IsoDate,
  endsOn: optional(IsoDate),
  focusAreaId: optional(z.uuid()),
  /** The case in the archive whose documents are the project's. */
  caseId: optional(z.uuid()),
});

/** The period rule every project shares: it does not end before it starts. */
export function endsAfterStarts<S extends z.ZodType<{ startsOn: string; endsOn: string | null }>>(schema: S) {
  return schema.refine((v) => !v.endsOn || v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    message: 'validation.endBeforeStart',
  });
}

export const PROJECT_PARTNER_ROLES = ['lead', 'partner'] as const;
export type ProjectPartnerRole = (typeof PROJECT_PARTNER_ROLES)[number];

export const DELIVERABLE_STATUSES = ['planned', 'in_progress', 'delivered', 'cancelled'] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];
