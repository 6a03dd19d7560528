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

export const ConsultationFields = z
  .object({
    title: z.string().trim().min(1).max(300),
    authority: z.string().trim().min(1).max(200),
    reference: z.string().trim().max(100).default(''),
    receivedOn: IsoDate,
    deadline: IsoDate,
    focusAreaId: z.uuid().nullable().optional(),
    responsibleId: z.uuid().nullable().optional(),
  })
  .refine((v) => v.deadline >= v.receivedOn, {
    path: ['deadline'],
    message: 'consultations.deadlineBeforeReceived',
  });
