import { and, asc, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { OutputTable } from '../../exports/table';
import type { Ctx } from '../../kernel/ctx';
import { NotFound } from '../../kernel/errors';
import { compareNb, formatDateTime } from '../../kernel/format';
import { requirePermission } from '../../kernel/guards';
import { translate } from '../../kernel/i18n';
import { type Page, PageParams, paginate } from '../../kernel/pagination';
import { parseInput } from '../../kernel/validate';
import { sha256 } from '../accounts/secrets';
import { networks } from '../networks/schema';
import { can } from './permissions';
import { presentPublicEvent } from './present';
import { registrationCounts } from './references';
import type { EventRow } from './rules';
import { eventSessions, events, registrations } from './schema';

export const ListEventsParams = PageParams.extend({
  when: z.enum(['upcoming', 'past', 'all']).default('all'),
});

/** Only the secretariat sees unpublished events; the public, the published ones. */
const visibleTo = (ctx: Ctx): SQL | undefined =>
  can(ctx.actor, 'events.read') ? undefined : eq(events.published, true);

/** Events: upcoming soonest first, past latest first, or all latest first; the public sees the published ones. */
export async function listEvents(ctx: Ctx, params: z.input<typeof ListEventsParams> = {}) {
  const p = parseInput(ListEventsParams, params, ctx.locale);
  const rows = await ctx.db
    .select({ e: events, ...registrationCounts })
    .from(events)
    .leftJoin(registrations, eq(registrations.eventId, events.id))
    .groupBy(events.id)
    .where(
      and(
        visibleTo(ctx),
        p.when === 'upcoming'
          ? gte(events.endsAt, ctx.now)
          : p.when === 'past'
            ? lt(events.endsAt, ctx.now)
            : undefined,
      ),
    )
    .orderBy(p.when === 'upcoming' ? asc(events.startsAt) : desc(events.startsAt));
  const internal = can(ctx.actor, 'events.read');
  const items = rows.map((r) => {
    const event = presentPublicEvent(r.e, [], Number(r.confirmed), ctx.now);
    const { sessions: _sessions, ...summary } = event;
    return internal
      ? {
          ...summary,
          published: r.e.published,
          confirmed: Number(r.confirmed),
          waiting: Number(r.waiting),
          attended: Number(r.attended),
        }
      : summary;
  });
  return paginate(items, p, ctx.locale) as Page<(typeof items)[number]>;
}

/**
 * One event: to the public its page (programme, seats left), to the secretariat also its
 * settings and counts. The participants themselves come only from `listRegistrations`.
 */
export async function getEvent(ctx: Ctx, id: string) {
  if (!z.uuid().safeParse(id).success) throw new NotFound('event');
  const [row] = await ctx.db
    .select({ e: events, networkName: networks.name, ...registrationCounts })
    .from(events)
    .leftJoin(networks, eq(networks.id, events.networkId))
    .leftJoin(registrations, eq(registrations.eventId, events.id))
    .where(and(eq(events.id, id), visibleTo(ctx)))
    .groupBy(events.id, networks.name);
  if (!row) throw new NotFound('event');
  const sessions = await ctx.db
    .select()
    .from(eventSessions)
    .where(eq(eventSessions.eventId, id))
    .orderBy(asc(eventSessions.startsAt), asc(eventSessions.createdAt));
  const event = presentPublicEvent(row.e, sessions, Number(row.confirmed), ctx.now);
  if (!can(ctx.actor, 'events.read')) return { event, internal: null };
  return {
    event,
    internal: {
      row: row.e,
      network: row.networkName ? { id: row.e.networkId!, name: row.networkName } : null,
      confirmed: Number(row.confirmed),
      waiting: Number(row.waiting),
      attended: Number(row.attended),
    },
  };
}

/** Who registered, for the secretariat running the event: confirmed in name order, then the waiting list in turn. */
export async function listRegistrations(ctx: Ctx, eventId: string) {
  requirePermission(ctx, can(ctx.actor, 'events.manage'));
  if (!z.uuid().safeParse(eventId).success) throw new NotFound('event');
  const rows = await ctx.db
    .select({
      id: registrations.id,
      name: registrations.name,
      organisation: registrations.organisation,
      email: registrations.email,
      dietaryNeeds: registrations.dietaryNeeds,
      status: registrations.status,
      registeredAt: registrations.registeredAt,
      cancelledAt: registrations.cancelledAt,
      attended: registrations.attended,
    })
    .from(registrations)
    .where(eq(registrations.eventId, eventId))
    .orderBy(asc(registrations.registeredAt), asc(registrations.id));
  return {
    confirmed: rows.filter((r) => r.status === 'confirmed').sort((a, b) => compareNb(a.name, b.name)),
    waiting: rows.filter((r) => r.status === 'waiting'),
    cancelled: rows.filter((r) => r.status === 'cancelled'),
  };
}

/** The participant list to download: the confirmed, in name order, with what the kitchen and the door need. */
export async function participantsTable(
  ctx: Ctx,
  eventId: string,
): Promise<{ event: EventRow; table: OutputTable }> {
  const { confirmed } = await listRegistrations(ctx, eventId);
  const [event] = await ctx.db.select().from(events).where(eq(events.id, eventId));
  if (!event) throw new NotFound('event');
  const t = (key: string) => translate(ctx.locale, key);
  return {
    event,
    table: {
      headers: [
        t('events.column.name'),
        t('events.column.organisation'),
        t('events.column.email'),
        t('events.column.dietaryNeeds'),
        t('events.column.registeredAt'),
        t('events.column.attended'),
      ],
      rows: confirmed.map((r) => [
        r.name,
        r.organisation,
        r.email,
        r.dietaryNeeds,
        formatDateTime(r.registeredAt, ctx.locale),
        r.attended === null ? '' : t(r.attended ? 'events.attendedYes' : 'events.attendedNo'),
      ]),
    },
  };
}

/** What the cancel page shows the holder of a link: their own registration, nobody else's. */
export async function registrationForToken(ctx: Ctx, token: string) {
  if (token.length < 20 || token.length > 100) throw new NotFound('registration');
  const [row] = await ctx.db
    .select({ r: registrations, e: events })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(registrations.cancelTokenHash, sha256(token)));
  if (!row) throw new NotFound('registration');
  return {
    name: row.r.name,
    status: row.r.status,
    event: { id: row.e.id, title: row.e.title, startsAt: row.e.startsAt, location: row.e.location },
  };
}
