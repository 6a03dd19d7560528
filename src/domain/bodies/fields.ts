import { z } from 'zod';
import { endsAfterStart, IsoDate } from '../../kernel/fields';
import { CompositionRule } from './composition';

export const BODY_KINDS = [
  'council',
  'board',
  'committee',
  'partner_arena',
  'working_committee',
  'secretariat',
  'coordination_group',
  'expert_group',
  'project_group',
  'ad_hoc_group',
] as const;

export const ROLES = ['leader', 'deputy_leader', 'member', 'deputy_member', 'secretary', 'observer'] as const;
export type Role = (typeof ROLES)[number];
/** The roles that hold a seat (and by default vote). */
export const SEAT_ROLES: readonly Role[] = ['leader', 'deputy_leader', 'member'];

export const BodyFields = endsAfterStart(
  z.object({
    kind: z.enum(BODY_KINDS),
    name: z.string().trim().min(1).max(200),
    shortName: z.string().trim().max(50).default(''),
    mandate: z.string().trim().max(20_000).default(''),
    appointedById: z.uuid().nullable().optional(),
    predecessorId: z.uuid().nullable().optional(),
    composition: CompositionRule,
    meetingsPerYearMin: z.coerce.number().int().min(0).max(365).nullable().optional(),
    meetingsPerYearMax: z.coerce.number().int().min(0).max(365).nullable().optional(),
    validFrom: IsoDate,
    validTo: IsoDate.nullable().optional(),
  }),
).refine(
  (v) =>
    v.meetingsPerYearMin == null ||
    v.meetingsPerYearMax == null ||
    v.meetingsPerYearMax >= v.meetingsPerYearMin,
  {
    path: ['meetingsPerYearMax'],
    message: 'bodies.meetingsMaxBelowMin',
  },
);

export const AppointmentFields = endsAfterStart(
  z.object({
    bodyId: z.uuid(),
    personId: z.uuid(),
    role: z.enum(ROLES),
    deputyForId: z.uuid().nullable().optional(),
    onBehalfMemberId: z.uuid().nullable().optional(),
    onBehalfSubregionId: z.uuid().nullable().optional(),
    /** Default: leaders and members vote, deputies, secretaries and observers do not. */
    votingRight: z.boolean().optional(),
    validFrom: IsoDate,
    validTo: IsoDate.nullable().optional(),
    notes: z.string().trim().max(2000).default(''),
  }),
).refine((v) => !(v.onBehalfMemberId && v.onBehalfSubregionId), {
  path: ['onBehalfSubregionId'],
  message: 'bodies.onBehalfBoth',
});

export const DelegationFields = endsAfterStart(
  z.object({
    fromBodyId: z.uuid(),
    toBodyId: z.uuid(),
    scope: z.string().trim().min(1).max(5000),
    decisionReference: z.string().trim().max(200).default(''),
    validFrom: IsoDate,
    validTo: IsoDate.nullable().optional(),
  }),
).refine((v) => v.fromBodyId !== v.toBodyId, { path: ['toBodyId'], message: 'bodies.delegationToItself' });
