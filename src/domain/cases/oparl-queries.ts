import { type SQL, sql } from 'drizzle-orm';
import {
  type ChangeRow,
  type ChangeWindow,
  changePage,
  changeRows,
  uuidList,
} from '../../kernel/change-window';
import type { Ctx } from '../../kernel/ctx';
import { auditEvents } from '../../kernel/schema';
import { itemsTouch, meetingModified, meetingTouch } from '../meetings/oparl-queries';
import { agendaItems, meetings } from '../meetings/schema';
import { caseDocuments, cases } from './schema';

/**
 * Reads for the OParl interface (src/http/oparl/): cases as Papers and their public documents as
 * Files, with the notice and minutes of each meeting (generated documents) as Files too.
 *
 * Nothing exempt leaves these queries. An exempt case is withheld from the public as a whole: its
 * Paper is a tombstone (id and times only; its existence and number are public on the portal
 * anyway), so a harvester that copied it while it was public drops it. An exempt document — or any
 * document of an exempt case — is not a File at all: never listed, never a tombstone, its URL a 404,
 * as /filer/:id answers the public (presentDocument, getDocumentFile).
 */

type Page = { offset: number; limit: number };

/**
 * The last audited change to each case: the case itself, its documents added, renamed, made exempt
 * or removed (all audited on the case), and its removal from an agenda (audited on the meeting).
 */
const caseTouch = sql`
  select t.case_id, max(t.at) as at from (
    select e.entity_id as case_id, e.at from ${auditEvents} e where e.entity_type = 'case'
    union all
    select e.before->>'caseId', e.at from ${auditEvents} e
    where e.entity_type = 'meeting' and e.action = 'meetings.removeAgendaItem'
  ) t group by t.case_id`;

/** The last change to the published treatments of each case (its consultations, embedded in the Paper). */
const treatmentsTouch = sql`
  select ai.case_id, max(greatest(ai.updated_at, m.updated_at, mt.at)) as at
  from ${agendaItems} ai
  join ${meetings} m on m.id = ai.meeting_id
  left join (${meetingTouch}) mt on mt.meeting_id = m.id::text
  where ai.case_id is not null
  group by ai.case_id`;

export interface OparlPaperRow extends ChangeRow {
  body_id: string | null;
  title: string | null;
  sequence: number | null;
  year: number | null;
  registered_on: string | null;
}

function paperSet(withDeleted: boolean): SQL {
  const visible = sql`
    select c.id, c.body_id, c.title, c.sequence, c.year, c.registered_on::text as registered_on,
           c.created_at as created, greatest(c.updated_at, ct.at, tt.at) as modified, false as deleted
    from ${cases} c
    left join (${caseTouch}) ct on ct.case_id = c.id::text
    left join (${treatmentsTouch}) tt on tt.case_id = c.id
    where c.access = 'public'`;
  if (!withDeleted) return visible;
  // The exempt case: withheld since it was last changed (made exempt, or registered so).
  return sql`${visible}
    union all
    select c.id, null, null, null, null, null, c.created_at, c.updated_at, true
    from ${cases} c where c.access = 'exempt'`;
}

export function listOparlPapers(ctx: Ctx, window: ChangeWindow, page: Page) {
  return changePage<OparlPaperRow>(ctx.db, paperSet(Boolean(window.modifiedSince)), window, page);
}

export async function getOparlPaper(ctx: Ctx, id: string) {
  const [row] = await changeRows<OparlPaperRow>(ctx.db, paperSet(true), sql`x.id = ${id}::uuid`);
  return row ?? null;
}

export type OparlFilePart = 'document' | 'notice' | 'minutes';

export interface OparlFileRow extends ChangeRow {
  /** A case's document, or the notice or minutes of a meeting (then `id` is the meeting's). */
  part: OparlFilePart;
  case_id: string | null;
  meeting_id: string | null;
  name: string | null;
  file_name: string | null;
  mime_type: string | null;
  size: number | null;
}

/** Public documents of public cases (the same rule as presentDocument). */
const publicDocuments = (where: SQL = sql`true`) => sql`
  select d.id, 'document' as part, d.case_id, null::uuid as meeting_id, d.title as name,
         d.filename as file_name, d.content_type as mime_type, d.size,
         d.uploaded_at as created, greatest(d.uploaded_at, c.updated_at, ct.at) as modified, false as deleted
  from ${caseDocuments} d
  join ${cases} c on c.id = d.case_id
  left join (${caseTouch}) ct on ct.case_id = c.id::text
  where d.access = 'public' and c.access = 'public' and ${where}`;

/**
 * The notice once it is sent and the minutes once approved (what `publication()` shows the public):
 * generated from the meeting when asked for, so created when published and modified with the meeting.
 */
const meetingDocuments = sql`
  select m.id, 'notice' as part, null::uuid as case_id, m.id as meeting_id, m.title as name, null as file_name,
         'text/html' as mime_type, null::int as size, m.notice_sent_at as created,
         greatest(m.notice_sent_at, ${meetingModified}) as modified, false as deleted
  from ${meetings} m
  left join (${meetingTouch}) mt on mt.meeting_id = m.id::text
  left join (${itemsTouch}) it on it.meeting_id = m.id
  where m.notice_sent_at is not null
  union all
  select m.id, 'minutes', null, m.id, m.title, null, 'text/html', null,
         coalesce(m.minutes_approved_at, m.updated_at),
         greatest(m.minutes_approved_at, ${meetingModified}), false
  from ${meetings} m
  left join (${meetingTouch}) mt on mt.meeting_id = m.id::text
  left join (${itemsTouch}) it on it.meeting_id = m.id
  where m.status = 'minutes_approved'`;

/**
 * A removed document is a tombstone only if the public could see it when it went: added public
 * (or last changed to public) on a case that is public. Its created is when it was added.
 */
const removedDocuments = sql`
  select (r.before->>'id')::uuid as id, 'document' as part, null::uuid, null::uuid, null, null, null, null::int,
         a.at, r.at, true
  from ${auditEvents} r
  join ${auditEvents} a
    on a.entity_type = 'case' and a.entity_id = r.entity_id and a.action = 'cases.addCaseDocument'
   and a.after->>'id' = r.before->>'id'
  join ${cases} c on c.id::text = r.entity_id
  left join (
    select distinct on (u.after->>'id') u.after->>'id' as document_id, u.after->>'access' as access
    from ${auditEvents} u where u.entity_type = 'case' and u.action = 'cases.updateCaseDocument'
    order by u.after->>'id', u.at desc
  ) u on u.document_id = r.before->>'id'
  where r.entity_type = 'case' and r.action = 'cases.removeCaseDocument' and c.access = 'public'
    and coalesce(u.access, a.after->>'access') = 'public'`;

function fileSet(withDeleted: boolean): SQL {
  const visible = sql`${publicDocuments()} union all ${meetingDocuments}`;
  return withDeleted ? sql`${visible} union all ${removedDocuments}` : visible;
}

export function listOparlFiles(ctx: Ctx, window: ChangeWindow, page: Page) {
  return changePage<OparlFileRow>(ctx.db, fileSet(Boolean(window.modifiedSince)), window, {
    ...page,
    order: sql`x.id, x.part`,
  });
}

export async function getOparlFile(ctx: Ctx, id: string, part: OparlFilePart) {
  const [row] = await changeRows<OparlFileRow>(
    ctx.db,
    fileSet(true),
    sql`x.id = ${id}::uuid and x.part = ${part}`,
  );
  return row ?? null;
}

/** The notice and minutes of some meetings (a page), as far as published: one query for the page. */
export function oparlMeetingDocumentsOf(ctx: Ctx, meetingIds: readonly string[]) {
  if (!meetingIds.length) return Promise.resolve([]);
  return changeRows<OparlFileRow>(ctx.db, meetingDocuments, sql`x.id in ${uuidList(meetingIds)}`);
}

/** The public documents of some cases (a page of papers), in upload order: one query for the page. */
export function oparlDocumentsOf(ctx: Ctx, caseIds: readonly string[]) {
  if (!caseIds.length) return Promise.resolve([]);
  return changeRows<OparlFileRow>(
    ctx.db,
    publicDocuments(sql`d.case_id in ${uuidList(caseIds)}`),
    sql`true`,
    sql`x.case_id, x.created, x.id`,
  );
}
