import { inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { events, registrations } from './schema';

/** An event as another area mentions it, with how many took part — never who. */
export interface EventReference {
  id: string;
  title: string;
  startsAt: Date;
  published: boolean;
  /** Confirmed registrations. */
  confirmed: number;
  /** Marked as present at the door; null while no attendance is marked. */
  attended: number | null;
}

/** Events by id, with their counts in the same query; to the public, only published ones. */
export async function eventReferences(
  ctx: Ctx,
  ids: readonly string[],
): Promise<Map<string, EventReference>> {
  if (!ids.length) return new Map();
  const rows = await ctx.db
    .select({
      e: events,
      confirmed: sql<number>`(select count(*)::int from ${registrations} where ${registrations.eventId} = ${events.id} and ${registrations.status} = 'confirmed')`,
      attended: sql<number>`(select count(*)::int from ${registrations} where ${registrations.eventId} = ${events.id} and ${registrations.attended})`,
      marked: sql<number>`(select count(*)::int from ${registrations} where ${registrations.eventId} = ${events.id} and ${registrations.attended} is not null)`,
    })
    .from(events)
    .where(inArray(events.id, [...new Set(ids)]));
  return new Map(
    rows
      .filter((r) => ctx.actor.kind !== 'anonymous' || r.e.published)
      .map((r) => [
        r.e.id,
        {
          id: r.e.id,
          title: r.e.title,
          startsAt: r.e.startsAt,
          published: r.e.published,
          confirmed: Number(r.confirmed),
          attended: Number(r.marked) ? Number(r.attended) : null,
        },
      ]),
  );
}
