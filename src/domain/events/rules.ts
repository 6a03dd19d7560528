import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { NotFound } from '../../kernel/errors';
import { events, registrations } from './schema';

export type EventRow = typeof events.$inferSelect;
export type RegistrationRow = typeof registrations.$inferSelect;

/**
 * The event, locked for the rest of the transaction: every change to who has a seat goes through
 * here, so two registrations for the last seat are serialised instead of both getting it.
 */
export async function lockEvent(ctx: Ctx, id: string): Promise<EventRow> {
  const [row] = await ctx.db.select().from(events).where(eq(events.id, id)).for('update');
  if (!row) throw new NotFound('event');
  return row;
}

export async function confirmedCount(ctx: Ctx, eventId: string): Promise<number> {
  const [row] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, 'confirmed')));
  return Number(row?.n ?? 0);
}

/** Fills the free seats from the waiting list, first come first served; returns who moved up. */
export async function promoteWaiting(ctx: Ctx, event: EventRow): Promise<RegistrationRow[]> {
  const waiting = ctx.db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), eq(registrations.status, 'waiting')))
    .orderBy(asc(registrations.registeredAt), asc(registrations.id));
  const free = event.capacity === null ? null : event.capacity - (await confirmedCount(ctx, event.id));
  if (free !== null && free <= 0) return [];
  const ids = (await (free === null ? waiting : waiting.limit(free))).map((r) => r.id);
  if (!ids.length) return [];
  return ctx.db
    .update(registrations)
    .set({ status: 'confirmed', confirmedAt: ctx.now })
    .where(inArray(registrations.id, ids))
    .returning();
}
