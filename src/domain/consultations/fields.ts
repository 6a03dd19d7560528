import { z } from 'zod';
import { IsoDate } from '../../kernel/fields';

export const CONSULTATION_STATUSES = [
  'registered',
  'assessing',
  'drafting',
  'adopted',
  'submitted',
  'not_answered',
] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** The statuses of a consultation still being worked on (before it is submitted or closed). */
export const OPEN_STATUSES = ['registered', 'assessing', 'drafting', 'adopted'] as const;

/** The registered facts of a consultation, without the rule that ties its dates together. */
export const ConsultationBase = z.object({
  title: z.string().trim().min(1).max(300),
  authority: z.string().trim().min(1).max(200),
  reference: z.string().trim().max(100).default(''),
  receivedOn: IsoDate,
  deadline: IsoDate,
  focusAreaId: z.uuid().nullable().optional(),
  responsibleId: z.uuid().nullable().optional(),
});

/** The deadline is never before the consultation was received. */
export function withDeadlineRule<T extends z.ZodType<{ receivedOn: string; deadline: string }>>(schema: T) {
  return schema.refine((v) => v.deadline >= v.receivedOn, {
    path: ['deadline'],
    message: 'consultations.deadlineBeforeReceived',
  });
}

export const ConsultationFields = withDeadlineRule(ConsultationBase);
