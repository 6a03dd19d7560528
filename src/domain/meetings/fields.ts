import { z } from 'zod';
import { Moment } from '../../kernel/fields';

export const MeetingBase = z.object({
  title: z.string().trim().max(200).optional(),
  startsAt: Moment,
  endsAt: Moment.nullable().optional(),
  location: z.string().trim().max(300).default(''),
  remote: z.boolean().default(false),
  open: z.boolean().default(true),
  /** Required for a closed meeting (Local Government Act § 11-5), e.g. "Offl. § 14". */
  closedLegalBasis: z.string().trim().max(200).nullable().optional(),
});

export function withMeetingRules<
  S extends z.ZodType<{
    startsAt: Date;
    endsAt?: Date | null | undefined;
    open: boolean;
    closedLegalBasis?: string | null | undefined;
  }>,
>(schema: S) {
  return schema
    .refine((v) => !v.endsAt || v.endsAt > v.startsAt, {
      path: ['endsAt'],
      message: 'meetings.endsBeforeStart',
    })
    .refine((v) => v.open || Boolean(v.closedLegalBasis?.trim()), {
      path: ['closedLegalBasis'],
      message: 'meetings.closedNeedsBasis',
    });
}
