import { and, asc, count, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/types';
import type { Actor, Ctx } from '../../kernel/ctx';
import { NotFound } from '../../kernel/errors';
import { decodeCursor, encodeCursor, type Page, PageParams } from '../../kernel/pagination';
import { parseInput } from '../../kernel/validate';
import { calendarTokens, users } from '../accounts/schema';
import { sha256 } from '../accounts/secrets';
import { SEAT_ROLES } from '../bodies/fields';
import type { AppointmentView } from '../bodies/queries';
import { appointments, bodies } from '../bodies/schema';
import { formatCaseNumber } from '../cases/number';
import { canSeeExempt } from '../cases/permissions';
import { presentDocument } from '../cases/present';
import { caseDocuments, cases } from '../cases/schema';
import { meetingDay, meetingRow, publication, seatsAt } from './rules';
import { agendaItems, attendance, meetings, votes } from './schema';
import { countVotes, quorum } from './voting';

export const ListMeetingsParams = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  bodyId: z.uuid().optional(),
});

function meetingFilters(p: z.output<typeof ListMeetingsParams>): SQL | undefined {
  const filters: SQL[] = [];
  // A day in Oslo begins at most two hours before midnight UTC: widen, then cut by the Oslo date.
  if (p.from) filters.push(gte(meetings.startsAt, new Date(`${p.from}T00:00:00+02:00`)));
  if (p.to) filters.push(lte(meetings.startsAt, new Date(`${p.to}T23:59:59+01:00`)));
  if (p.bodyId) filters.push(eq(meetings.bodyId, p.bodyId));
  return filters.length ? and(...filters) : undefined;
}

/** Meetings in a period (Oslo dates, inclusive), earliest first, with their body's name. */
export async function listMeetings(ctx: Ctx, params: z.input<typeof ListMeetingsParams> = {}) {
  const p = parseInput(ListMeetingsParams, params, ctx.locale);
  const rows = await ctx.db
    .select({ m: meetings, bodyName: bodies.name })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(meetingFilters(p))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  return rows.map(({ m, bodyName }) => ({ ...m, bodyName, day: meetingDay(m) }));
}

export type MeetingListRow = Awaited<ReturnType<typeof listMeetings>>[number];

/** One page of `listMeetings`, cut in SQL: decades of meetings cost what one page costs. */
export async function listMeetingsPage(
  ctx: Ctx,
  params: z.input<typeof ListMeetingsParams> & z.input<typeof PageParams>,
): Promise<Page<MeetingListRow>> {
  const p = parseInput(ListMeetingsParams.extend(PageParams.shape), params, ctx.locale);
  const offset = Number(decodeCursor(p.cursor, 1, ctx.locale)?.[0] ?? 0);
  const where = meetingFilters(p);
  const [rows, [counted]] = await Promise.all([
    ctx.db
      .select({ m: meetings, bodyName: bodies.name })
      .from(meetings)
      .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
      .where(where)
      .orderBy(asc(meetings.startsAt), asc(meetings.id))
      .limit(p.limit)
      .offset(offset),
    ctx.db.select({ total: count() }).from(meetings).where(where),
  ]);
  const total = counted?.total ?? 0;
  return {
    items: rows.map(({ m, bodyName }) => ({ ...m, bodyName, day: meetingDay(m) })),
    total,
    nextCursor: offset + p.limit < total ? encodeCursor([offset + p.limit]) : null,
  };
}

export interface AgendaEntry {
  id: string;
  position: number;
  kind: 'case' | 'information';
  caseId: string | null;
  caseNumber: string | null;
  title: string | null;
  access: 'public' | 'exempt';
  legalBasis: string | null;
  withheld: boolean;
  proposedDecision: string | null;
  decision: string | null;
  outcome: (typeof agendaItems.$inferSelect)['outcome'];
  election: boolean;
  version: number;
  documents: ReturnType<typeof presentDocument>[];
  votes:
    | {
        appointmentId: string;
        personName: string;
        onBehalf: string | null;
        choice: 'for' | 'against' | 'abstain';
      }[]
    | null;
  count: ReturnType<typeof countVotes> | null;
}

export interface SeatAttendance {
  appointment: AppointmentView;
  status: 'present' | 'absent' | 'deputy' | null;
  deputy: AppointmentView | null;
}

/**
 * A meeting as its page, notice and minutes need it: the agenda (exempt content withheld from those
 * without access to the body), attendance per seat, the quorum, and each item's votes and count.
 */
export async function getMeeting(ctx: Ctx, id: string) {
  if (!z.uuid().safeParse(id).success) throw new NotFound('meeting');
  const meeting = await meetingRow(ctx, id);
  const [body] = await ctx.db.select().from(bodies).where(eq(bodies.id, meeting.bodyId));
  const visible = await canSeeExempt(ctx, meeting.bodyId, meetingDay(meeting));
  const items = await ctx.db
    .select({ item: agendaItems, c: cases })
    .from(agendaItems)
    .leftJoin(cases, eq(cases.id, agendaItems.caseId))
    .where(eq(agendaItems.meetingId, id))
    .orderBy(asc(agendaItems.position));
  const caseIds = items.map((i) => i.c?.id).filter((x): x is string => Boolean(x));
  const [documents, seatInfo, present, allVotes] = await Promise.all([
    caseIds.length
      ? ctx.db
          .select({
            id: caseDocuments.id,
            caseId: caseDocuments.caseId,
            title: caseDocuments.title,
            filename: caseDocuments.filename,
            contentType: caseDocuments.contentType,
            size: caseDocuments.size,
            sha256: caseDocuments.sha256,
            access: caseDocuments.access,
            legalBasis: caseDocuments.legalBasis,
            uploadedAt: caseDocuments.uploadedAt,
            uploadedBy: caseDocuments.uploadedBy,
            version: caseDocuments.version,
          })
          .from(caseDocuments)
          .where(inArray(caseDocuments.caseId, caseIds))
          .orderBy(asc(caseDocuments.uploadedAt))
      : Promise.resolve([]),
    seatsAt(ctx, meeting),
    ctx.db.select().from(attendance).where(eq(attendance.meetingId, id)),
    items.length
      ? ctx.db
          .select()
          .from(votes)
          .where(
            inArray(
              votes.agendaItemId,
              items.map((i) => i.item.id),
            ),
          )
      : Promise.resolve([]),
  ]);
  const byId = new Map(seatInfo.all.map((a) => [a.id, a]));
  const seats: SeatAttendance[] = seatInfo.all
    .filter((a) => SEAT_ROLES.includes(a.role))
    .map((appointment) => {
      const row = present.find((r) => r.appointmentId === appointment.id);
      return {
        appointment,
        status: row?.status ?? null,
        deputy: row?.deputyAppointmentId ? (byId.get(row.deputyAppointmentId) ?? null) : null,
      };
    });
  const presentSeats = seats.filter((s) => s.status === 'present' || s.status === 'deputy');
  const votingPresent = presentSeats.filter((s) => s.appointment.votingRight);
  const chair =
    presentSeats.find((s) => s.appointment.role === 'leader' && s.status === 'present') ??
    presentSeats.find((s) => s.appointment.role === 'deputy_leader' && s.status === 'present');

  const agenda: AgendaEntry[] = items.map(({ item, c }) => {
    const exempt = c?.access === 'exempt';
    const withheld = exempt && !visible;
    const itemVotes = allVotes.filter((v) => v.agendaItemId === item.id);
    const count = itemVotes.length
      ? countVotes(
          itemVotes.map((v) => ({ seatId: v.appointmentId, choice: v.choice })),
          chair?.appointment.id ?? null,
          item.election,
        )
      : null;
    return {
      id: item.id,
      position: item.position,
      kind: item.kind,
      caseId: c?.id ?? null,
      caseNumber: c ? formatCaseNumber(c.sequence, c.year) : null,
      title: c ? (withheld && c.titleExempt ? null : c.title) : item.title,
      access: exempt ? 'exempt' : 'public',
      legalBasis: c?.legalBasis ?? null,
      withheld,
      proposedDecision: c && !withheld ? c.proposedDecision : null,
      decision: withheld ? null : item.decision,
      outcome: item.outcome,
      election: item.election,
      version: item.version,
      documents: c
        ? documents.filter((d) => d.caseId === c.id).map((d) => presentDocument(d, visible, exempt))
        : [],
      votes: withheld
        ? null
        : itemVotes.map((v) => {
            const seat = byId.get(v.appointmentId);
            return {
              appointmentId: v.appointmentId,
              personName: seat?.personName ?? '',
              onBehalf: seat?.onBehalf?.name ?? null,
              choice: v.choice,
            };
          }),
      count,
    };
  });
  const published = publication(ctx, meeting);
  const unannounced = (item: AgendaEntry): AgendaEntry => ({
    ...item,
    decision: null,
    outcome: null,
    votes: null,
    count: null,
  });
  return {
    meeting: published.minutes ? meeting : { ...meeting, minutesNotes: '' },
    body: { id: body!.id, name: body!.name, kind: body!.kind },
    day: meetingDay(meeting),
    canSeeExempt: visible,
    published,
    agenda: published.agenda ? (published.minutes ? agenda : agenda.map(unannounced)) : [],
    seats: published.minutes ? seats : seats.map((s) => ({ ...s, status: null, deputy: null })),
    deputies: seatInfo.deputies,
    others: seatInfo.all.filter((a) => !SEAT_ROLES.includes(a.role) && a.role !== 'deputy_member'),
    attendanceRecorded: published.minutes && present.length > 0,
    chair: published.minutes ? (chair?.appointment ?? null) : null,
    quorum: quorum(
      seats.filter((s) => s.appointment.votingRight).length,
      published.minutes ? votingPresent.length : 0,
    ),
  };
}

export type MeetingModel = Awaited<ReturnType<typeof getMeeting>>;

/** The agenda line as people read it: "Sak 39/19 Konsekvenser av ny kommunelov" or "Unntatt offentlighet (Offl. § 14)". */
export function agendaLine(item: AgendaEntry, exemptLabel: string): string {
  const title = item.title ?? `${exemptLabel}${item.legalBasis ? ` (${item.legalBasis})` : ''}`;
  return item.caseNumber ? `${item.caseNumber} ${title}` : title;
}

/** Meetings of the bodies a user's person is appointed to on each meeting's day (their own calendar). */
export async function meetingsForCalendarToken(db: Executor, token: string) {
  const [owner] = await db
    .select({ personId: users.personId, active: users.active })
    .from(calendarTokens)
    .innerJoin(users, eq(users.id, calendarTokens.userId))
    .where(eq(calendarTokens.tokenHash, sha256(token)));
  if (!owner?.active) return null;
  if (!owner.personId) return [];
  const mine = await db.select().from(appointments).where(eq(appointments.personId, owner.personId));
  if (!mine.length) return [];
  const rows = await db
    .select({ m: meetings, bodyName: bodies.name })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(inArray(meetings.bodyId, [...new Set(mine.map((a) => a.bodyId))]))
    .orderBy(asc(meetings.startsAt));
  return rows.filter(({ m }) => {
    const day = meetingDay(m);
    return mine.some(
      (a) => a.bodyId === m.bodyId && a.validFrom <= day && (a.validTo === null || a.validTo >= day),
    );
  });
}

/**
 * The user a calendar address belongs to, as the actor its feed is read as (each source of the
 * feed asks its own permissions); null when the address is unknown or the user inactive.
 */
export async function calendarFeedOwner(
  db: Executor,
  token: string,
): Promise<{ actor: Actor; personId: string | null } | null> {
  const [owner] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      personId: users.personId,
      active: users.active,
    })
    .from(calendarTokens)
    .innerJoin(users, eq(users.id, calendarTokens.userId))
    .where(eq(calendarTokens.tokenHash, sha256(token)));
  if (!owner?.active) return null;
  return {
    actor: { kind: 'user', id: owner.id, email: owner.email, name: owner.name, role: owner.role },
    personId: owner.personId,
  };
}

/** The meetings whose agenda has a case, in order, with the outcome there (the case's course through its bodies). */
export async function meetingsOfCase(ctx: Ctx, caseId: string) {
  const rows = await ctx.db
    .select({
      m: meetings,
      bodyName: bodies.name,
      outcome: agendaItems.outcome,
      position: agendaItems.position,
    })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(eq(agendaItems.caseId, caseId))
    .orderBy(asc(meetings.startsAt));
  return rows
    .filter(({ m }) => publication(ctx, m).agenda)
    .map(({ m, bodyName, outcome, position }) => ({
      id: m.id,
      title: m.title,
      bodyName,
      startsAt: m.startsAt,
      status: m.status,
      position,
      outcome: publication(ctx, m).minutes ? outcome : null,
    }));
}
