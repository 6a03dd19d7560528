import { z } from 'zod';
import { CompositionRule } from './composition';
import { BODY_KINDS, ROLES } from './fields';
import type { AppointmentView as Appointment, BodyRow } from './queries';

/** What leaves the domain about bodies, appointments and delegations (all public but gender). */
export const BodyView = z.object({
  id: z.uuid(),
  kind: z.enum(BODY_KINDS),
  name: z.string(),
  shortName: z.string(),
  mandate: z.string(),
  appointedById: z.uuid().nullable(),
  predecessorId: z.uuid().nullable(),
  composition: CompositionRule,
  meetingsPerYearMin: z.int().nullable(),
  meetingsPerYearMax: z.int().nullable(),
  validFrom: z.iso.date(),
  validTo: z.iso.date().nullable(),
  version: z.int(),
  links: z.object({ self: z.string() }),
});

export function presentBody(row: BodyRow): z.output<typeof BodyView> {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return { ...rest, links: { self: `/api/v1/bodies/${row.id}` } };
}

export const AppointmentView = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  bodyName: z.string(),
  personId: z.uuid(),
  personName: z.string(),
  personTitle: z.string(),
  gender: z.enum(['female', 'male', 'other']).nullable().describe('Only to signed-in callers'),
  role: z.enum(ROLES),
  votingRight: z.boolean(),
  deputyForId: z.uuid().nullable(),
  onBehalf: z.object({ kind: z.enum(['member', 'subregion']), id: z.uuid(), name: z.string() }).nullable(),
  validFrom: z.iso.date(),
  validTo: z.iso.date().nullable(),
  notes: z.string(),
  version: z.int(),
  links: z.object({ self: z.string() }),
});

export function presentAppointment(a: Appointment): z.output<typeof AppointmentView> {
  return { ...a, links: { self: `/api/v1/appointments/${a.id}` } };
}

export const DelegationView = z.object({
  id: z.uuid(),
  fromBodyId: z.uuid(),
  fromBodyName: z.string(),
  toBodyId: z.uuid(),
  toBodyName: z.string(),
  scope: z.string(),
  decisionReference: z.string(),
  validFrom: z.iso.date(),
  validTo: z.iso.date().nullable(),
  version: z.int(),
  links: z.object({ self: z.string() }),
});

export function presentDelegation(d: {
  id: string;
  fromBodyId: string;
  fromBodyName: string;
  toBodyId: string;
  toBodyName: string;
  scope: string;
  decisionReference: string;
  validFrom: string;
  validTo: string | null;
  version: number;
}): z.output<typeof DelegationView> {
  return {
    id: d.id,
    fromBodyId: d.fromBodyId,
    fromBodyName: d.fromBodyName,
    toBodyId: d.toBodyId,
    toBodyName: d.toBodyName,
    scope: d.scope,
    decisionReference: d.decisionReference,
    validFrom: d.validFrom,
    validTo: d.validTo,
    version: d.version,
    links: { self: `/api/v1/delegations/${d.id}` },
  };
}

export const CheckView = z.object({
  date: z.iso.date(),
  required: z
    .int()
    .nullable()
    .describe('Seats the composition rule requires on the date; null for open bodies'),
  filled: z.int(),
  votingMembers: z.int(),
  gender: z.object({ female: z.int(), male: z.int(), other: z.int(), unknown: z.int() }),
  seats: z
    .array(
      z.object({
        label: z.string(),
        status: z.enum(['filled', 'empty', 'overfilled']),
        holders: z.array(z.object({ id: z.uuid(), personName: z.string(), role: z.enum(ROLES) })),
        deputies: z.array(z.object({ id: z.uuid(), personName: z.string() })),
      }),
    )
    .nullable(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
