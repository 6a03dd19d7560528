import { and, asc, count, desc, eq, gte, isNotNull, ne, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { compareNb } from '../../kernel/format';
import { markdownToText } from '../../kernel/markdown';
import { decodeCursor, encodeCursor, type Page } from '../../kernel/pagination';
import { parseInput } from '../../kernel/validate';
import { bodies } from '../bodies/schema';
import { formatCaseNumber } from '../cases/number';
import { cases } from '../cases/schema';
import { meetingDay } from './rules';
import { agendaItems, meetings } from './schema';

/**
 * The portal's reads of meetings and decisions. Only what the public may read leaves: a decision
 * is an agenda item of a public case whose meeting's minutes are approved; exempt cases are not
 * asked for at all, so neither their titles nor their decisions can reach a page.
 */

/** A meeting as the portal lists it: what, when, where, which body. */
export interface PortalMeeting {
  id: string;
  title: string;
  body: { id: string; name: string };
  startsAt: Date;
  day: string;
  location: string;
  status: (typeof meetings.$inferSelect)['status'];
}

function presentPortalMeeting(m: typeof meetings.$inferSelect, bodyName: string): PortalMeeting {
  return {
    id: m.id,
    title: m.title,
    body: { id: m.bodyId, name: bodyName },
    startsAt: m.startsAt,
    day: meetingDay(m),
    location: m.location,
    status: m.status,
  };
}

/** The next meetings from now (not cancelled), soonest first. */
export async function upcomingMeetings(ctx: Ctx, limit = 5): Promise<PortalMeeting[]> {
  const rows = await ctx.db
    .select({ m: meetings, bodyName: bodies.name })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(and(gte(meetings.startsAt, ctx.now), ne(meetings.status, 'cancelled')))
    .orderBy(asc(meetings.startsAt))
    .limit(limit);
  return rows.map(({ m, bodyName }) => presentPortalMeeting(m, bodyName));
}

/** A body's meetings, the latest first (upcoming ones included). */
export async function meetingsOfBody(ctx: Ctx, bodyId: string, limit = 10): Promise<PortalMeeting[]> {
  const rows = await ctx.db
    .select({ m: meetings, bodyName: bodies.name })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(eq(meetings.bodyId, bodyId))
    .orderBy(desc(meetings.startsAt))
    .limit(limit);
  return rows.map(({ m, bodyName }) => presentPortalMeeting(m, bodyName));
}

/** A decision as the portal shows it: when, by which body, in which case, and the start of its text. */
export const DecisionView = z.object({
  id: z.uuid().describe('The agenda item'),
  meeting: z.object({ id: z.uuid(), day: z.iso.date() }),
  body: z.object({ id: z.uuid(), name: z.string() }),
  case: z.object({ id: z.uuid(), number: z.string(), title: z.string() }),
  outcome: z.enum(['adopted', 'rejected', 'tied', 'noted']),
  excerpt: z.string().describe('The decision as plain text, cut at a word near 240 characters'),
});
export type DecisionView = z.output<typeof DecisionView>;

const EXCERPT = 240;

/** Plain text of the decision, cut at the last word that fits, with an ellipsis when cut. */
export function excerpt(markdown: string, max = EXCERPT): string {
  const text = markdownToText(markdown).replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')} …`;
}

export const ListDecisionsParams = z.object({
  bodyId: z.uuid().optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

/** What the public may read as a decision: a decided item of a public case at a meeting with approved minutes. */
export function decided(filters: { bodyId?: string | undefined; year?: number | undefined }): SQL {
  return and(
    eq(agendaItems.kind, 'case'),
    eq(cases.access, 'public'),
    eq(meetings.status, 'minutes_approved'),
    isNotNull(agendaItems.outcome),
    ne(agendaItems.outcome, 'postponed'),
    filters.bodyId ? eq(meetings.bodyId, filters.bodyId) : undefined,
    filters.year
      ? sql`extract(year from ${meetings.startsAt} at time zone 'Europe/Oslo') = ${filters.year}`
      : undefined,
  )!;
}

/**
 * Decisions of public cases, newest meeting first (in agenda order within a meeting), filtered by
 * body and year and paged in the database; with the bodies and years that have decisions, for the
 * filters.
 */
export async function listDecisions(
  ctx: Ctx,
  params: z.input<typeof ListDecisionsParams> = {},
): Promise<Page<DecisionView> & { bodies: { id: string; name: string }[]; years: number[] }> {
  const p = parseInput(ListDecisionsParams, params, ctx.locale);
  const offset = Number(decodeCursor(p.cursor, 1, ctx.locale)?.[0] ?? 0);
  const where = decided(p);
  const year = sql<number>`extract(year from ${meetings.startsAt} at time zone 'Europe/Oslo')::int`;
  const [rows, [total], facets] = await Promise.all([
    ctx.db
      .select({
        id: agendaItems.id,
        decision: agendaItems.decision,
        outcome: agendaItems.outcome,
        meeting: meetings,
        bodyName: bodies.name,
        caseId: cases.id,
        sequence: cases.sequence,
        caseYear: cases.year,
        title: cases.title,
        caseDecision: cases.decision,
      })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
      .innerJoin(cases, eq(cases.id, agendaItems.caseId))
      .where(where)
      .orderBy(desc(meetings.startsAt), asc(agendaItems.position))
      .limit(p.limit)
      .offset(offset),
    ctx.db
      .select({ n: count() })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .innerJoin(cases, eq(cases.id, agendaItems.caseId))
      .where(where),
    ctx.db
      .select({ bodyId: meetings.bodyId, bodyName: bodies.name, year })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
      .innerJoin(cases, eq(cases.id, agendaItems.caseId))
      .where(decided({}))
      .groupBy(meetings.bodyId, bodies.name, year),
  ]);
  const n = Number(total?.n ?? 0);
  const bodyList = new Map(facets.map((f) => [f.bodyId, f.bodyName]));
  return {
    items: rows.map((r) => ({
      id: r.id,
      meeting: { id: r.meeting.id, day: meetingDay(r.meeting) },
      body: { id: r.meeting.bodyId, name: r.bodyName },
      case: { id: r.caseId, number: formatCaseNumber(r.sequence, r.caseYear), title: r.title },
      outcome: r.outcome as DecisionView['outcome'],
      excerpt: excerpt(r.decision || r.caseDecision),
    })),
    total: n,
    nextCursor: offset + p.limit < n ? encodeCursor([offset + p.limit]) : null,
    bodies: [...bodyList].map(([id, name]) => ({ id, name })).sort((a, b) => compareNb(a.name, b.name)),
    years: [...new Set(facets.map((f) => Number(f.year)))].sort((a, b) => b - a),
  };
}
