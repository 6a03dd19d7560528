import { listAppointments, listBodies } from '../../src/domain/bodies/queries';
import { listAllSubregions, listMembers } from '../../src/domain/members/queries';
import type { Ctx } from '../../src/kernel/ctx';
import { peopleChoices } from './choices.server';

/** The appointment form's fields as the verbs' input. */
export function appointmentInput(fields: Record<string, string>) {
  return {
    personId: fields.personId ?? '',
    role: fields.role,
    onBehalfMemberId: fields.onBehalfMemberId ?? null,
    onBehalfSubregionId: fields.onBehalfSubregionId ?? null,
    deputyForId: fields.deputyForId ?? null,
    votingRight: fields.votingRight === undefined ? undefined : fields.votingRight === 'true',
    validFrom: fields.validFrom ?? '',
    validTo: fields.validTo ?? null,
    notes: fields.notes ?? '',
  };
}

/** The choices of the appointment form: people, members (on a date), sub-regions, and the body's seats for personal deputies. */
export async function appointmentChoices(ctx: Ctx, bodyId: string, date: string) {
  const [people, members, subregions, seats, bodies] = await Promise.all([
    peopleChoices(ctx),
    listMembers(ctx, { asOf: date, limit: 500 }),
    listAllSubregions(ctx),
    listAppointments(ctx, { bodyId, asOf: date }),
    listBodies(ctx, { includeInactive: true }),
  ]);
  return {
    people,
    members: members.items.map((m) => ({ value: m.id, label: m.name })),
    subregions: subregions.map((s) => ({ value: s.id, label: s.name })),
    seats: seats
      .filter((a) => a.role !== 'deputy_member')
      .map((a) => ({ value: a.id, label: `${a.personName}${a.onBehalf ? ` (${a.onBehalf.name})` : ''}` })),
    bodyName: bodies.items.find((b) => b.id === bodyId)?.name ?? '',
  };
}
