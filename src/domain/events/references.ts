import { eq, inArray, sql } from 'drizzle-orm';
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

/** Per event, over its registrations left-joined (the join qualifies every column). */
export const registrationCounts = {
  confirmed: sql<number>`count(*) filter (where ${registrations.status} = 'confirmed')::int`,
  waiting: sql<number>`count(*) filter (where ${registrations.status} = 'waiting')::int`,
  attended: sql<number>`count(*) filter (where ${registrations.attended})::int`,
  marked: sql<number>`count(*) filter (where ${registrations.attended} is not null)::int`,
};

/** Events by id, with their counts in the same query; to the public, only published ones. */
export async function eventReferences(
  ctx: Ctx,
  ids: readonly string[],
): Promise<Map<string, EventReference>> {
  if (!ids.length) return new Map();
  const rows = await ctx.db
    .select({ e: events, ...registrationCounts })
    .from(events)
    .leftJoin(registrations, eq(registrations.eventId, events.id))
    .where(inArray(events.id, [...new Set(ids)]))
    .groupBy(events.id);
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
