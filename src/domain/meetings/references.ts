import { eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { bodies } from '../bodies/schema';
import { meetingDay } from './rules';
import { meetings } from './schema';

/** A meeting as another area mentions it; that a body meets, and when, is public. */
export interface MeetingReference {
  id: string;
  title: string;
  bodyName: string;
  bodyKind: (typeof bodies.$inferSelect)['kind'];
  startsAt: Date;
  day: string;
  status: (typeof meetings.$inferSelect)['status'];
}

export async function meetingReferences(
  ctx: Ctx,
  ids: readonly string[],
): Promise<Map<string, MeetingReference>> {
  if (!ids.length) return new Map();
  const rows = await ctx.db
    .select({ m: meetings, bodyName: bodies.name, bodyKind: bodies.kind })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(inArray(meetings.id, [...new Set(ids)]));
  return new Map(
    rows.map(({ m, bodyName, bodyKind }) => [
      m.id,
      {
        id: m.id,
        title: m.title,
        bodyName,
        bodyKind,
        startsAt: m.startsAt,
        day: meetingDay(m),
        status: m.status,
      },
    ]),
  );
}
