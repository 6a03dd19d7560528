import { z } from 'zod';
import { OrgNumber } from '../members/identity-rules';

export const PARTNER_KINDS = [
  'state_agency',
  'business_association',
  'ngo',
  'cluster',
  'university',
  'international',
  'company',
  'public_body',
  'other',
] as const;

export const PartnerFields = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(PARTNER_KINDS),
  orgNumber: OrgNumber.nullable().optional(),
  website: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .optional(),
  notes: z.string().trim().max(4000).default(''),
});
