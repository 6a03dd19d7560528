import { z } from 'zod';
import { IsoDate } from '../../kernel/fields';

export const NetworkFields = z.object({
  name: z.string().trim().min(1).max(200),
  purpose: z.string().trim().max(4000).default(''),
  focusAreaId: z.uuid().nullable().optional(),
});

/** Who can be in a network: a person, a member (municipality, county) or a partner organisation. */
export const NETWORK_MEMBER_KINDS = ['person', 'member', 'partner'] as const;
export type NetworkMemberKind = (typeof NETWORK_MEMBER_KINDS)[number];

export const NetworkMemberFields = z
  .object({
    networkId: z.uuid(),
    personId: z.uuid().nullable().optional(),
    memberId: z.uuid().nullable().optional(),
    partnerId: z.uuid().nullable().optional(),
    role: z.string().trim().max(200).default(''),
    validFrom: IsoDate,
    validTo: IsoDate.nullable().optional(),
  })
  .refine((v) => [v.personId, v.memberId, v.partnerId].filter(Boolean).length === 1, {
    path: ['personId'],
    message: 'networks.oneWho',
  })
  .refine((v) => !v.validTo || v.validTo >= v.validFrom, {
    path: ['validTo'],
    message: 'validation.endBeforeStart',
  });
