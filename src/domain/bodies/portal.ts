import { count } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { todayInOslo, within } from '../../kernel/dates';
import { paginate } from '../../kernel/pagination';
import { inForceOn } from '../../kernel/periods';
import { parseInput } from '../../kernel/validate';
import { type AppointmentView, getBody, listAppointments, listBodies, listDelegations } from './queries';
import { appointments, bodies } from './schema';

/**
 * The portal's reads of bodies and appointments. What leaves about a person is their name and the
 * role they hold — never contact details, title, gender or the secretariat's notes.
 */

/** An appointment as the portal shows it. */
export interface PortalAppointment {
  id: string;
  body: { id: string; name: string };
  role: AppointmentView['role'];
  person: { id: string; name: string };
  onBehalf: { kind: 'member' | 'subregion'; id: string; name: string } | null;
  validFrom: string;
  validTo: string | null;
}

export function presentPortalAppointment(a: AppointmentView): PortalAppointment {
  return {
    id: a.id,
    body: { id: a.bodyId, name: a.bodyName },
    role: a.role,
    person: { id: a.personId, name: a.personName },
    onBehalf: a.onBehalf ? { kind: a.onBehalf.kind, id: a.onBehalf.id, name: a.onBehalf.name } : null,
    validFrom: a.validFrom,
    validTo: a.validTo,
  };
}

export interface PortalBodySummary {
  id: string;
  name: string;
  shortName: string;
  kind: (typeof bodies.$inferSelect)['kind'];
  validFrom: string;
  validTo: string | null;
  appointedToday: number;
}

/** Every body, those active today first (the highest first) and then the former ones, with how many sit there today. */
export async function portalBodies(ctx: Ctx) {
  const today = todayInOslo(ctx.now);
  const [all, seated] = await Promise.all([
    listBodies(ctx, { includeInactive: true }),
    ctx.db
      .select({ bodyId: appointments.bodyId, n: count() })
      .from(appointments)
      .where(inForceOn(today, appointments.validFrom, appointments.validTo))
      .groupBy(appointments.bodyId),
  ]);
  const seatedIn = new Map(seated.map((r) => [r.bodyId, Number(r.n)]));
  const summary = (b: (typeof all.items)[number]): PortalBodySummary => ({
    id: b.id,
    name: b.name,
    shortName: b.shortName,
    kind: b.kind,
    validFrom: b.validFrom,
    validTo: b.validTo,
    appointedToday: seatedIn.get(b.id) ?? 0,
  });
  const active = all.items.filter((b) => within(today, b.validFrom, b.validTo));
  const former = all.items
    .filter((b) => !within(today, b.validFrom, b.validTo))
    .sort((a, b) => (b.validTo ?? b.validFrom).localeCompare(a.validTo ?? a.validFrom));
  return { today, active: active.map(summary), former: former.map(summary) };
}

/** A seat on a body today: who holds it, for whom, and their personal deputies. */
export interface PortalSeat extends PortalAppointment {
  deputies: { id: string; person: { id: string; name: string } }[];
}

export const PortalBodyParams = z.object({
  historyLimit: z.coerce.number().int().min(1).max(500).default(100),
  historyCursor: z.string().max(200).optional(),
});

/**
 * A body as the portal shows it: what it is, who sits on it today (with the deputies), and the
 * appointments that are not in force today, newest first and paged, for its history.
 */
export async function portalBody(ctx: Ctx, id: string, params: z.input<typeof PortalBodyParams> = {}) {
  const p = parseInput(PortalBodyParams, params, ctx.locale);
  const body = await getBody(ctx, id);
  const today = todayInOslo(ctx.now);
  const [rows, delegations, related] = await Promise.all([
    listAppointments(ctx, { bodyId: id }),
    listDelegations(ctx, { bodyId: id }),
    ctx.db.select({ id: bodies.id, name: bodies.name, predecessorId: bodies.predecessorId }).from(bodies),
  ]);
  const named = (bodyId: string | null) => {
    const found = bodyId ? related.find((b) => b.id === bodyId) : undefined;
    return found ? { id: found.id, name: found.name } : null;
  };
  const current = rows.filter((a) => within(today, a.validFrom, a.validTo));
  const personal = current.filter((a) => a.role === 'deputy_member' && a.deputyForId);
  const seats: PortalSeat[] = current
    .filter((a) => a.role !== 'deputy_member')
    .map((a) => ({
      ...presentPortalAppointment(a),
      deputies: personal
        .filter((d) => d.deputyForId === a.id)
        .map((d) => ({ id: d.id, person: { id: d.personId, name: d.personName } })),
    }));
  const seated = new Set(seats.map((s) => s.id));
  const deputies = current
    .filter((a) => a.role === 'deputy_member' && !(a.deputyForId && seated.has(a.deputyForId)))
    .map(presentPortalAppointment);
  const earlier = rows
    .filter((a) => !within(today, a.validFrom, a.validTo))
    .sort(
      (a, b) =>
        b.validFrom.localeCompare(a.validFrom) || (b.validTo ?? '9999').localeCompare(a.validTo ?? '9999'),
    )
    .map(presentPortalAppointment);
  const successor = related.find((b) => b.predecessorId === body.id);
  return {
    today,
    body: {
      id: body.id,
      name: body.name,
      shortName: body.shortName,
      kind: body.kind,
      mandate: body.mandate,
      validFrom: body.validFrom,
      validTo: body.validTo,
      meetingsPerYearMin: body.meetingsPerYearMin,
      meetingsPerYearMax: body.meetingsPerYearMax,
      appointedBy: named(body.appointedById),
      predecessor: named(body.predecessorId),
      successor: successor ? { id: successor.id, name: successor.name } : null,
    },
    seats,
    deputies,
    history: paginate(earlier, { limit: p.historyLimit, cursor: p.historyCursor }, ctx.locale),
    delegations: delegations.map((d) => ({
      id: d.id,
      direction: d.fromBodyId === body.id ? ('to' as const) : ('from' as const),
      other:
        d.fromBodyId === body.id
          ? { id: d.toBodyId, name: d.toBodyName }
          : { id: d.fromBodyId, name: d.fromBodyName },
      scope: d.scope,
      validFrom: d.validFrom,
      validTo: d.validTo,
    })),
  };
}
