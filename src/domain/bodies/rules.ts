import { and, eq, gte, isNull, lte, ne, or } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { within } from '../../kernel/dates';
import { Conflict, NotFound, PreconditionFailed } from '../../kernel/errors';
import { membersByIds } from '../members/queries';
import { members, subregions } from '../members/schema';
import { people } from '../people/schema';
import { appointments, bodies } from './schema';

/** A body that exists; optionally it must be active on `date`. */
export async function bodyRow(ctx: Ctx, id: string, activeOn?: string) {
  const [body] = await ctx.db.select().from(bodies).where(eq(bodies.id, id));
  if (!body) throw new NotFound('body');
  if (activeOn && !within(activeOn, body.validFrom, body.validTo)) {
    throw new PreconditionFailed('bodies.notActive', { name: body.name, date: activeOn });
  }
  return body;
}

/** A body cannot be appointed by itself, nor by one of the bodies it appoints (no cycles). */
export async function checkAppointer(
  ctx: Ctx,
  bodyId: string | null,
  appointedById: string | null | undefined,
) {
  if (!appointedById) return;
  let current: string | null = appointedById;
  for (let depth = 0; current && depth < 50; depth++) {
    if (current === bodyId) throw new PreconditionFailed('bodies.appointerCycle');
    const row: { appointedById: string | null } | undefined = (
      await ctx.db.select({ appointedById: bodies.appointedById }).from(bodies).where(eq(bodies.id, current))
    )[0];
    if (!row) throw new NotFound('body');
    current = row.appointedById;
  }
}

interface AppointmentFacts {
  id?: string;
  bodyId: string;
  personId: string;
  role: string;
  deputyForId?: string | null | undefined;
  onBehalfMemberId?: string | null | undefined;
  onBehalfSubregionId?: string | null | undefined;
  validFrom: string;
  validTo?: string | null | undefined;
}

/**
 * An appointment must fit the facts on the date it begins: the body is active, the person exists,
 * the member it is on behalf of is a member then, the sub-region exists then, a personal deputy
 * stands in for a seat on the same body — and the person does not already hold the same role there.
 */
export async function checkAppointment(ctx: Ctx, a: AppointmentFacts) {
  const body = await bodyRow(ctx, a.bodyId, a.validFrom);
  const [person] = await ctx.db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(eq(people.id, a.personId));
  if (!person) throw new NotFound('person');
  if (a.onBehalfMemberId) {
    // A plain key lookup; the member's name (a heavier query) only for the refusal.
    const [period] = await ctx.db
      .select({ joinedOn: members.joinedOn, leftOn: members.leftOn })
      .from(members)
      .where(eq(members.id, a.onBehalfMemberId));
    if (!period) throw new NotFound('member');
    if (!within(a.validFrom, period.joinedOn, period.leftOn)) {
      const [member] = await membersByIds(ctx.db, [a.onBehalfMemberId], a.validFrom);
      throw new PreconditionFailed('bodies.onBehalfNotMember', {
        name: member?.name ?? '',
        date: a.validFrom,
      });
    }
  }
  if (a.onBehalfSubregionId) {
    const [region] = await ctx.db.select().from(subregions).where(eq(subregions.id, a.onBehalfSubregionId));
    if (!region) throw new NotFound('subregion');
    if (!within(a.validFrom, region.validFrom, region.validTo)) {
      throw new PreconditionFailed('members.subregionNotInForce', { name: region.name, date: a.validFrom });
    }
  }
  if (a.deputyForId) {
    const [principal] = await ctx.db.select().from(appointments).where(eq(appointments.id, a.deputyForId));
    if (!principal || principal.bodyId !== a.bodyId)
      throw new PreconditionFailed('bodies.deputyForOtherBody');
  }
  const overlapping = await ctx.db
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        eq(appointments.bodyId, a.bodyId),
        eq(appointments.personId, a.personId),
        eq(appointments.role, a.role as 'member'),
        a.id ? ne(appointments.id, a.id) : undefined,
        a.validTo ? lte(appointments.validFrom, a.validTo) : undefined,
        or(isNull(appointments.validTo), gte(appointments.validTo, a.validFrom)),
      ),
    );
  if (overlapping.length)
    throw new Conflict('bodies.alreadyAppointed', { person: person.name, body: body.name });
  return { body, person };
}
