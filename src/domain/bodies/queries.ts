import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/types';
import type { Ctx } from '../../kernel/ctx';
import { todayInOslo, within } from '../../kernel/dates';
import { NotFound } from '../../kernel/errors';
import { compareNb } from '../../kernel/format';
import { inForceOn } from '../../kernel/periods';
import { parseInput } from '../../kernel/validate';
import { listParticipants, membersByIds, membersOnDate } from '../members/queries';
import { subregions } from '../members/schema';
import { can as canPeople } from '../people/permissions';
import { people } from '../people/schema';
import { checkComposition, type SeatedAppointment } from './check';
import { requiredSeats } from './composition';
import { layoutOrgChart } from './org-chart';
import { appointments, bodies, delegations } from './schema';

const AsOf = z.iso.date().optional();
const KIND_ORDER = [
  'council',
  'board',
  'committee',
  'partner_arena',
  'working_committee',
  'coordination_group',
  'expert_group',
  'project_group',
  'ad_hoc_group',
  'secretariat',
];
const ROLE_ORDER = ['leader', 'deputy_leader', 'member', 'deputy_member', 'secretary', 'observer'];

export type BodyRow = typeof bodies.$inferSelect;

/** Bodies active on a date (default today), the highest first. */
export async function listBodies(ctx: Ctx, params: { asOf?: string; includeInactive?: boolean } = {}) {
  const date = parseInput(AsOf, params.asOf, ctx.locale) ?? todayInOslo(ctx.now);
  const rows = await ctx.db
    .select()
    .from(bodies)
    .where(params.includeInactive ? undefined : inForceOn(date, bodies.validFrom, bodies.validTo));
  const sorted = rows.sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compareNb(a.name, b.name),
  );
  return { asOf: date, items: sorted };
}

export async function getBody(ctx: Ctx, id: string): Promise<BodyRow> {
  if (!z.uuid().safeParse(id).success) throw new NotFound('body');
  const [row] = await ctx.db.select().from(bodies).where(eq(bodies.id, id));
  if (!row) throw new NotFound('body');
  return row;
}

export interface AppointmentView {
  id: string;
  bodyId: string;
  bodyName: string;
  personId: string;
  personName: string;
  personTitle: string;
  gender: 'female' | 'male' | 'other' | null;
  role: (typeof appointments.$inferSelect)['role'];
  votingRight: boolean;
  deputyForId: string | null;
  onBehalf: { kind: 'member' | 'subregion'; id: string; name: string } | null;
  validFrom: string;
  validTo: string | null;
  notes: string;
  version: number;
}

export const ListAppointmentsParams = z.object({
  /** Only appointments in force on this date; without it, all of them (history). */
  asOf: AsOf,
  bodyId: z.uuid().optional(),
  personId: z.uuid().optional(),
  memberId: z.uuid().optional(),
  subregionId: z.uuid().optional(),
});

/**
 * Appointments with the person, body and whom they are on behalf of (named as on the appointment's
 * first day). Gender is left out for callers who may not see it.
 */
export async function listAppointments(
  ctx: Ctx,
  params: z.input<typeof ListAppointmentsParams>,
): Promise<AppointmentView[]> {
  const p = parseInput(ListAppointmentsParams, params, ctx.locale);
  const rows = await ctx.db
    .select({ a: appointments, body: { name: bodies.name }, person: people })
    .from(appointments)
    .innerJoin(bodies, eq(bodies.id, appointments.bodyId))
    .innerJoin(people, eq(people.id, appointments.personId))
    .where(
      and(
        p.asOf ? inForceOn(p.asOf, appointments.validFrom, appointments.validTo) : undefined,
        p.bodyId ? eq(appointments.bodyId, p.bodyId) : undefined,
        p.personId ? eq(appointments.personId, p.personId) : undefined,
        p.memberId ? eq(appointments.onBehalfMemberId, p.memberId) : undefined,
        p.subregionId ? eq(appointments.onBehalfSubregionId, p.subregionId) : undefined,
      ),
    )
    .orderBy(asc(appointments.validFrom));
  return present(ctx, rows);
}

async function present(
  ctx: Ctx,
  rows: { a: typeof appointments.$inferSelect; body: { name: string }; person: typeof people.$inferSelect }[],
): Promise<AppointmentView[]> {
  const internal = canPeople(ctx.actor, 'people.readContact');
  const memberIds = [
    ...new Set(rows.map((r) => r.a.onBehalfMemberId).filter((id): id is string => id !== null)),
  ];
  const regionIds = [
    ...new Set(rows.map((r) => r.a.onBehalfSubregionId).filter((id): id is string => id !== null)),
  ];
  const date = rows[0]?.a.validFrom ?? todayInOslo(ctx.now);
  const memberNames = new Map((await membersByIds(ctx.db, memberIds, date)).map((m) => [m.id, m.name]));
  const regionNames = new Map(
    regionIds.length
      ? (await ctx.db.select().from(subregions).where(inArray(subregions.id, regionIds))).map((s) => [
          s.id,
          s.name,
        ])
      : [],
  );
  return rows
    .map(({ a, body, person }) => ({
      id: a.id,
      bodyId: a.bodyId,
      bodyName: body.name,
      personId: a.personId,
      personName: person.name,
      personTitle: person.title,
      gender: internal ? person.gender : null,
      role: a.role,
      votingRight: a.votingRight,
      deputyForId: a.deputyForId,
      onBehalf: a.onBehalfMemberId
        ? { kind: 'member' as const, id: a.onBehalfMemberId, name: memberNames.get(a.onBehalfMemberId) ?? '' }
        : a.onBehalfSubregionId
          ? {
              kind: 'subregion' as const,
              id: a.onBehalfSubregionId,
              name: regionNames.get(a.onBehalfSubregionId) ?? '',
            }
          : null,
      validFrom: a.validFrom,
      validTo: a.validTo,
      notes: a.notes,
      version: a.version,
    }))
    .sort(
      (x, y) =>
        ROLE_ORDER.indexOf(x.role) - ROLE_ORDER.indexOf(y.role) ||
        compareNb(x.onBehalf?.name ?? '', y.onBehalf?.name ?? '') ||
        compareNb(x.personName, y.personName),
    );
}

/** Whom a body's rule gives seats on a date, and how the appointments then fill them. */
export async function checkBody(ctx: Ctx, id: string, asOf?: string) {
  const body = await getBody(ctx, id);
  const date = parseInput(AsOf, asOf, ctx.locale) ?? todayInOslo(ctx.now);
  const [members, regions, current] = await Promise.all([
    membersOnDate(ctx.db, date),
    activeSubregions(ctx.db, date),
    listAppointments(ctx, { bodyId: id, asOf: date }),
  ]);
  const participants =
    body.composition.type === 'participants'
      ? await listParticipants(ctx.db, body.composition.scheme, date)
      : [];
  const seats = requiredSeats(body.composition, {
    members,
    subregions: regions,
    participants: () => participants,
  });
  // The check needs gender even when the caller may not see it per person; only counts leave.
  const genders = new Map(
    current.length
      ? (
          await ctx.db
            .select({ id: people.id, gender: people.gender })
            .from(people)
            .where(
              inArray(
                people.id,
                current.map((a) => a.personId),
              ),
            )
        ).map((p) => [p.id, p.gender])
      : [],
  );
  const seated: SeatedAppointment[] = current.map((a) => ({
    id: a.id,
    role: a.role,
    personName: a.personName,
    gender: genders.get(a.personId) ?? null,
    votingRight: a.votingRight,
    onBehalfMemberId: a.onBehalf?.kind === 'member' ? a.onBehalf.id : null,
    onBehalfSubregionId: a.onBehalf?.kind === 'subregion' ? a.onBehalf.id : null,
    deputyForId: a.deputyForId,
  }));
  const names = new Map<string, string>([
    ...current
      .filter((a) => a.onBehalf)
      .map(
        (a) =>
          [`${a.onBehalf!.kind === 'member' ? 'm' : 's'}:${a.onBehalf!.id}`, a.onBehalf!.name] as [
            string,
            string,
          ],
      ),
  ]);
  const result = checkComposition(
    body.composition,
    seats,
    seated,
    within(date, body.validFrom, body.validTo),
    (key) => names.get(key) ?? key,
  );
  return { body, date, appointments: current, ...result };
}

async function activeSubregions(db: Executor, date: string) {
  return db
    .select({ id: subregions.id, name: subregions.name })
    .from(subregions)
    .where(inForceOn(date, subregions.validFrom, subregions.validTo))
    .then((rows) => rows.sort((a, b) => compareNb(a.name, b.name)));
}

export const ListDelegationsParams = z.object({ asOf: AsOf, bodyId: z.uuid().optional() });

/** Delegations in force on a date (or all), with both bodies' names. */
export async function listDelegations(ctx: Ctx, params: z.input<typeof ListDelegationsParams> = {}) {
  const p = parseInput(ListDelegationsParams, params, ctx.locale);
  const rows = await ctx.db
    .select()
    .from(delegations)
    .where(
      and(
        p.asOf ? inForceOn(p.asOf, delegations.validFrom, delegations.validTo) : undefined,
        p.bodyId ? or(eq(delegations.fromBodyId, p.bodyId), eq(delegations.toBodyId, p.bodyId)) : undefined,
      ),
    )
    .orderBy(asc(delegations.validFrom));
  const all = await ctx.db.select({ id: bodies.id, name: bodies.name }).from(bodies);
  const name = (id: string) => all.find((b) => b.id === id)?.name ?? '';
  return rows.map((d) => ({ ...d, fromBodyName: name(d.fromBodyId), toBodyName: name(d.toBodyId) }));
}

/** A person's appointments over time, newest first. */
export async function personAppointments(ctx: Ctx, personId: string) {
  const rows = await listAppointments(ctx, { personId });
  return rows.sort((a, b) => (b.validFrom > a.validFrom ? 1 : b.validFrom < a.validFrom ? -1 : 0));
}

/** The organisation chart on a date: active bodies laid out by who appoints whom, with delegations. */
export async function orgChart(ctx: Ctx, asOf?: string) {
  const { asOf: date, items } = await listBodies(ctx, { asOf });
  const active = await listDelegations(ctx, { asOf: date });
  const all = await ctx.db.select({ id: bodies.id, predecessorId: bodies.predecessorId }).from(bodies);
  const activeIds = new Set(items.map((b) => b.id));
  // An appointer that has ended hands over to its successor (the council to the representantskap).
  const resolve = (id: string | null): string | null => {
    for (let current = id, depth = 0; current && depth < 20; depth++) {
      if (activeIds.has(current)) return current;
      current = all.find((b) => b.predecessorId === current)?.id ?? null;
    }
    return null;
  };
  const chartBodies = items.map((b) => ({ ...b, appointedById: resolve(b.appointedById) }));
  return {
    asOf: date,
    bodies: chartBodies,
    delegations: active,
    layout: layoutOrgChart(chartBodies, active, KIND_ORDER),
  };
}

/** One appointment with its names. */
export async function getAppointment(ctx: Ctx, id: string): Promise<AppointmentView> {
  if (!z.uuid().safeParse(id).success) throw new NotFound('appointment');
  const rows = await ctx.db
    .select({ a: appointments, body: { name: bodies.name }, person: people })
    .from(appointments)
    .innerJoin(bodies, eq(bodies.id, appointments.bodyId))
    .innerJoin(people, eq(people.id, appointments.personId))
    .where(eq(appointments.id, id));
  const [view] = await present(ctx, rows);
  if (!view) throw new NotFound('appointment');
  return view;
}
