import { z } from 'zod';
import { DocumentView } from '../cases/present';
import type { MeetingModel } from './queries';
import type { MeetingRow } from './rules';

const STATUS = z.enum(['planned', 'notice_sent', 'held', 'minutes_approved', 'cancelled']);

/** A meeting as it may leave the domain: when, where, open or closed, and how far it has come. */
export const MeetingView = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  bodyName: z.string(),
  title: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime().nullable(),
  location: z.string(),
  remote: z.boolean(),
  open: z.boolean(),
  closedLegalBasis: z.string().nullable().describe('Why the meeting is closed (Local Government Act § 11-5)'),
  status: STATUS,
  noticeSentAt: z.iso.datetime().nullable(),
  minutesApprovedAt: z.iso.datetime().nullable(),
  version: z.int(),
  links: z.object({ self: z.string(), page: z.string() }),
});
export type MeetingView = z.output<typeof MeetingView>;

export function presentMeeting(row: MeetingRow & { bodyName: string }): MeetingView {
  return {
    id: row.id,
    bodyId: row.bodyId,
    bodyName: row.bodyName,
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
    location: row.location,
    remote: row.remote,
    open: row.open,
    closedLegalBasis: row.closedLegalBasis,
    status: row.status,
    noticeSentAt: row.noticeSentAt?.toISOString() ?? null,
    minutesApprovedAt: row.minutesApprovedAt?.toISOString() ?? null,
    version: row.version,
    links: { self: `/api/v1/meetings/${row.id}`, page: `/moter/${row.id}` },
  };
}

const Count = z.object({
  for: z.int(),
  against: z.int(),
  abstain: z.int(),
  outcome: z.enum(['adopted', 'rejected', 'tied']),
  casting: z.boolean().describe("The chair's vote broke a tie"),
});

export const AgendaItemView = z.object({
  id: z.uuid(),
  position: z.int(),
  kind: z.enum(['case', 'information']),
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  title: z.string().nullable().describe('null when the title itself is exempt'),
  access: z.enum(['public', 'exempt']),
  legalBasis: z.string().nullable(),
  withheld: z.boolean(),
  proposedDecision: z.string().nullable(),
  decision: z
    .string()
    .nullable()
    .describe('null until the minutes are approved (for the public) or when withheld'),
  outcome: z.enum(['adopted', 'rejected', 'tied', 'postponed', 'noted']).nullable(),
  election: z.boolean(),
  version: z.int(),
  documents: z.array(DocumentView),
  votes: z
    .array(
      z.object({
        appointmentId: z.uuid(),
        personName: z.string(),
        onBehalf: z.string().nullable(),
        choice: z.enum(['for', 'against', 'abstain']),
      }),
    )
    .nullable(),
  count: Count.nullable(),
});

export const MeetingDetailView = MeetingView.extend({
  minutesNotes: z.string(),
  agenda: z.array(AgendaItemView),
  attendance: z.array(
    z.object({
      appointmentId: z.uuid(),
      personName: z.string(),
      role: z.string(),
      votingRight: z.boolean(),
      onBehalf: z.string().nullable(),
      status: z.enum(['present', 'absent', 'deputy']).nullable(),
      deputyName: z.string().nullable(),
    }),
  ),
  quorum: z.object({ votingMembers: z.int(), present: z.int(), required: z.int(), ok: z.boolean() }),
});
export type MeetingDetailView = z.output<typeof MeetingDetailView>;

/** The meeting with its agenda, attendance and votes, as far as the caller may read them. */
export function presentMeetingDetail(model: MeetingModel): MeetingDetailView {
  return {
    ...presentMeeting({ ...model.meeting, bodyName: model.body.name }),
    minutesNotes: model.meeting.minutesNotes,
    agenda: model.agenda.map(({ documents, ...item }) => ({ ...item, documents })),
    attendance: model.seats.map((s) => ({
      appointmentId: s.appointment.id,
      personName: s.appointment.personName,
      role: s.appointment.role,
      votingRight: s.appointment.votingRight,
      onBehalf: s.appointment.onBehalf?.name ?? null,
      status: s.status,
      deputyName: s.deputy?.personName ?? null,
    })),
    quorum: model.quorum,
  };
}
