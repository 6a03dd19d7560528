import { z } from 'zod';
import type { CaseRow } from './rows';
import type { caseDocuments, followUps } from './schema';

/**
 * A case as it may leave the domain. When it is exempt and the caller has no access to its body,
 * only its existence, number and legal basis leave — and its title only if the title is not exempt.
 */
export const CaseView = z.object({
  id: z.uuid(),
  number: z.string().describe("The body's number for the case, e.g. 39/19"),
  bodyId: z.uuid(),
  year: z.int(),
  title: z.string().nullable().describe('null when the title itself is exempt'),
  titleExempt: z.boolean().describe('The title itself is exempt'),
  access: z.enum(['public', 'exempt']),
  legalBasis: z.string().nullable(),
  withheld: z.boolean().describe('The content is exempt and not shown to this caller'),
  status: z.enum(['registered', 'in_progress', 'decided', 'closed', 'withdrawn']),
  registeredOn: z.iso.date(),
  decidedOn: z.iso.date().nullable(),
  officerId: z.uuid().nullable(),
  paper: z
    .object({
      background: z.string(),
      assessment: z.string(),
      proposedDecision: z.string(),
      decision: z.string(),
    })
    .nullable()
    .describe('The case paper in Markdown; null when withheld'),
  version: z.int(),
  links: z.object({ self: z.string() }),
});
export type CaseView = z.output<typeof CaseView>;

export function presentCase(row: CaseRow, canSeeExempt: boolean): CaseView {
  const withheld = row.access === 'exempt' && !canSeeExempt;
  return {
    id: row.id,
    number: row.number,
    bodyId: row.bodyId,
    year: row.year,
    title: withheld && row.titleExempt ? null : row.title,
    titleExempt: row.titleExempt,
    access: row.access,
    legalBasis: row.legalBasis,
    withheld,
    status: row.status,
    registeredOn: row.registeredOn,
    decidedOn: row.decidedOn,
    officerId: row.officerId,
    paper: withheld
      ? null
      : {
          background: row.background,
          assessment: row.assessment,
          proposedDecision: row.proposedDecision,
          decision: row.decision,
        },
    version: row.version,
    links: { self: `/api/v1/cases/${row.id}` },
  };
}

export const DocumentView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  title: z.string().nullable().describe('null when the document is exempt and withheld'),
  filename: z.string().nullable(),
  contentType: z.string(),
  size: z.int(),
  sha256: z.string().nullable(),
  access: z.enum(['public', 'exempt']),
  legalBasis: z.string().nullable(),
  withheld: z.boolean(),
  uploadedAt: z.iso.datetime(),
  version: z.int(),
  links: z.object({ download: z.string().nullable() }),
});
export type DocumentView = z.output<typeof DocumentView>;

type DocumentMeta = Omit<typeof caseDocuments.$inferSelect, 'content' | 'text'>;

/** An attachment's description; an exempt one shows only that it exists, its type, size and legal basis. */
export function presentDocument(row: DocumentMeta, canSeeExempt: boolean, caseExempt: boolean): DocumentView {
  const exempt = row.access === 'exempt' || caseExempt;
  const withheld = exempt && !canSeeExempt;
  return {
    id: row.id,
    caseId: row.caseId,
    title: withheld ? null : row.title,
    filename: withheld ? null : row.filename,
    contentType: row.contentType,
    size: row.size,
    sha256: withheld ? null : row.sha256,
    access: exempt ? 'exempt' : 'public',
    legalBasis: row.legalBasis,
    withheld,
    uploadedAt: row.uploadedAt.toISOString(),
    version: row.version,
    links: { download: withheld ? null : `/filer/${row.id}` },
  };
}

export const FollowUpView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  title: z.string(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  dueOn: z.iso.date().nullable(),
  status: z.enum(['open', 'in_progress', 'done', 'cancelled']),
  notes: z.string(),
  overdue: z.boolean(),
  version: z.int(),
});
export type FollowUpView = z.output<typeof FollowUpView>;

/** A follow-up task; overdue when its due date has passed while it is still open. */
export function presentFollowUp(
  row: typeof followUps.$inferSelect & { ownerName: string | null },
  today: string,
): FollowUpView {
  return {
    id: row.id,
    caseId: row.caseId,
    title: row.title,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    dueOn: row.dueOn,
    status: row.status,
    notes: row.notes,
    overdue:
      row.dueOn !== null && row.dueOn < today && (row.status === 'open' || row.status === 'in_progress'),
    version: row.version,
  };
}
