import { z } from 'zod';
import { CONSULTATION_STATUSES } from './fields';
import type { ConsultationRow } from './rules';

export const DEADLINE_STATES = ['open', 'overdue', 'answered', 'answered_late', 'not_answered'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** Where a consultation stands against its deadline, computed when read. */
export function deadlineState(
  row: Pick<ConsultationRow, 'status' | 'deadline' | 'submittedOn'>,
  today: string,
): DeadlineState {
  if (row.status === 'not_answered') return 'not_answered';
  if (row.status === 'submitted')
    return row.submittedOn && row.submittedOn > row.deadline ? 'answered_late' : 'answered';
  return row.deadline < today ? 'overdue' : 'open';
}

/** A consultation as the secretariat and the members read it (the register). */
export const ConsultationView = z.object({
  id: z.uuid(),
  title: z.string(),
  authority: z.string(),
  reference: z.string().describe("The authority's reference, e.g. 19/1234"),
  receivedOn: z.iso.date(),
  deadline: z.iso.date(),
  focusAreaId: z.uuid().nullable(),
  responsibleId: z.uuid().nullable(),
  responsibleName: z.string().nullable(),
  status: z.enum(CONSULTATION_STATUSES),
  state: z.enum(DEADLINE_STATES).describe('Where it stands against its deadline, today in Oslo'),
  notAnsweredReason: z.string().nullable(),
  bodyId: z.uuid().nullable(),
  caseId: z.uuid().nullable(),
  responseDocumentId: z.uuid().nullable(),
  submittedOn: z.iso.date().nullable(),
  reminderSentAt: z.iso.datetime().nullable().describe('When the deadline reminder was mailed'),
  version: z.int(),
  links: z.object({ self: z.string() }),
});
export type ConsultationView = z.output<typeof ConsultationView>;

export function presentConsultation(
  row: ConsultationRow & { responsibleName?: string | null },
  today: string,
): ConsultationView {
  return {
    id: row.id,
    title: row.title,
    authority: row.authority,
    reference: row.reference,
    receivedOn: row.receivedOn,
    deadline: row.deadline,
    focusAreaId: row.focusAreaId,
    responsibleId: row.responsibleId,
    responsibleName: row.responsibleName ?? null,
    status: row.status,
    state: deadlineState(row, today),
    notAnsweredReason: row.notAnsweredReason,
    bodyId: row.bodyId,
    caseId: row.caseId,
    responseDocumentId: row.responseDocumentId,
    submittedOn: row.submittedOn,
    reminderSentAt: row.reminderSentAt?.toISOString() ?? null,
    version: row.version,
    links: { self: `/api/v1/consultations/${row.id}` },
  };
}

/**
 * An answered consultation as the public reads it: what was asked, by whom, when it was due and
 * answered, in which body's case — and the response, when that document is public. Nothing else
 * (who followed it up, the reasoning of internal steps) leaves by this door.
 */
export const PublicResponseView = z.object({
  id: z.uuid(),
  title: z.string(),
  authority: z.string(),
  reference: z.string(),
  deadline: z.iso.date(),
  submittedOn: z.iso.date().nullable(),
  bodyName: z.string().nullable().describe('The body that adopted the response'),
  caseNumber: z.string().nullable(),
  caseId: z.uuid().nullable(),
  document: z
    .object({ title: z.string(), download: z.string() })
    .nullable()
    .describe('The response; null when there is none or it is exempt from public access'),
  links: z.object({ self: z.string() }),
});
export type PublicResponseView = z.output<typeof PublicResponseView>;

export function presentPublicResponse(
  row: ConsultationRow,
  kase: { id: string; number: string; bodyName: string } | undefined,
  document: { title: string | null; withheld: boolean; links: { download: string | null } } | undefined,
): PublicResponseView {
  const download = document && !document.withheld ? document.links.download : null;
  return {
    id: row.id,
    title: row.title,
    authority: row.authority,
    reference: row.reference,
    deadline: row.deadline,
    submittedOn: row.submittedOn,
    bodyName: kase?.bodyName ?? null,
    caseNumber: kase?.number ?? null,
    caseId: kase?.id ?? null,
    document: download && document?.title ? { title: document.title, download } : null,
    links: { self: `/api/v1/consultations/${row.id}` },
  };
}

/** A deadline as the calendar feeds show it: public facts only (title, authority, day). */
export interface ConsultationDeadline {
  id: string;
  title: string;
  authority: string;
  deadline: string;
  /** Answered: the public has a page for it. */
  answered: boolean;
}
