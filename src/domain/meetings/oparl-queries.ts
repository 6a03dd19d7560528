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
import { cases } from '../cases/schema';
import { agendaItems, meetings } from './schema';

/**
 * Reads for the OParl interface (src/http/oparl/): meetings, their agenda items, the treatment of
 * cases in them (OParl's Consultation) and the places they are held. What the public may read is
 * what `publication()` in rules.ts gives an anonymous caller, decided here in SQL so that nothing
 * else leaves the query: the agenda once the notice is out (`notice_sent_at`), outcomes and
 * decisions once the minutes are approved, and of an exempt case only its number and legal basis.
 */

type Page = { offset: number; limit: number };

/** The last audited change to each meeting: notice, minutes, attendance, an item added, moved or removed. */
export const meetingTouch = sql`
  select e.entity_id as meeting_id, max(e.at) as at
  from ${auditEvents} e where e.entity_type = 'meeting' group by e.entity_id`;

/**
 * When a meeting was last changed, with what is embedded in it (its agenda items and their cases'
 * titles): needs `m` (the meeting), joined with `mt` (meetingTouch) and `it` (itemsTouch).
 */
export const meetingModified = sql`greatest(m.updated_at, mt.at, it.at)`;

export const itemsTouch = sql`
  select ai.meeting_id, max(greatest(ai.updated_at, c.updated_at)) as at
  from ${agendaItems} ai left join ${cases} c on c.id = ai.case_id group by ai.meeting_id`;

export interface OparlMeetingRow extends ChangeRow {
  body_id: string;
  title: string;
  starts_at: string;
  ends_at: string | null;
  location: string | null;
  open: boolean;
  status: 'planned' | 'notice_sent' | 'held' | 'minutes_approved' | 'cancelled';
  notice_sent_at: string | null;
  minutes_approved_at: string | null;
}

/** Every meeting is in the public calendar; no delete verb exists, so none is a tombstone. */
function meetingSet(): SQL {
  return sql`
    select m.id, m.body_id, m.title,
           to_char(m.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as starts_at,
           to_char(m.ends_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as ends_at,
           nullif(m.location, '') as location, m.open, m.status::text as status,
           to_char(m.notice_sent_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as notice_sent_at,
           to_char(m.minutes_approved_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as minutes_approved_at,
           m.created_at as created, ${meetingModified} as modified, false as deleted
    from ${meetings} m
    left join (${meetingTouch}) mt on mt.meeting_id = m.id::text
    left join (${itemsTouch}) it on it.meeting_id = m.id`;
}

export function listOparlMeetings(ctx: Ctx, window: ChangeWindow, page: Page) {
  return changePage<OparlMeetingRow>(ctx.db, meetingSet(), window, page);
}

export async function getOparlMeeting(ctx: Ctx, id: string) {
  const [row] = await changeRows<OparlMeetingRow>(ctx.db, meetingSet(), sql`x.id = ${id}::uuid`);
  return row ?? null;
}

export interface OparlAgendaItemRow extends ChangeRow {
  meeting_id: string | null;
  position: number | null;
  /** The case's number parts, for a case item. */
  case_id: string | null;
  sequence: number | null;
  year: number | null;
  /** The item's title; null for an exempt case (withheld) and for a tombstone. */
  title: string | null;
  exempt: boolean | null;
  legal_basis: string | null;
  /** The decision and outcome once the minutes are approved; never an exempt case's decision. */
  decision: string | null;
  outcome: string | null;
  /** The meeting is open and the case not exempt. */
  public: boolean | null;
  meeting_body_id: string | null;
  case_body_id: string | null;
}

const minutesPublic = sql`m.status = 'minutes_approved'`;

const agendaItemColumns = sql`
  ai.id, ai.meeting_id, ai.position, ai.case_id, c.sequence, c.year,
  case when c.id is null then nullif(ai.title, '') when c.access = 'public' then c.title end as title,
  coalesce(c.access = 'exempt', false) as exempt,
  case when c.access = 'exempt' then c.legal_basis end as legal_basis,
  case when ${minutesPublic} and (c.id is null or c.access = 'public') then nullif(ai.decision, '') end as decision,
  case when ${minutesPublic} then ai.outcome::text end as outcome,
  m.open and coalesce(c.access = 'public', true) as public,
  m.body_id as meeting_body_id, c.body_id as case_body_id,
  ai.created_at as created, greatest(ai.updated_at, c.updated_at, m.updated_at, mt.at) as modified,
  false as deleted`;

const agendaItemJoins = sql`
  from ${agendaItems} ai
  join ${meetings} m on m.id = ai.meeting_id
  left join ${cases} c on c.id = ai.case_id
  left join (${meetingTouch}) mt on mt.meeting_id = m.id::text`;

/** An agenda item removed (meetings.removeAgendaItem keeps the row in `before`). */
const removedItems = sql`
  from ${auditEvents} e where e.entity_type = 'meeting' and e.action = 'meetings.removeAgendaItem'`;

/** Items of meetings whose notice is out; a removed item is a tombstone. */
function agendaItemSet(withDeleted: boolean): SQL {
  const visible = sql`select ${agendaItemColumns} ${agendaItemJoins} where m.notice_sent_at is not null`;
  if (!withDeleted) return visible;
  return sql`${visible}
    union all
    select (e.before->>'id')::uuid, null, null, null, null, null, null, null, null, null, null, null, null, null,
           coalesce((e.before->>'createdAt')::timestamptz, e.at), e.at, true
    ${removedItems}`;
}

export function listOparlAgendaItems(ctx: Ctx, window: ChangeWindow, page: Page) {
  return changePage<OparlAgendaItemRow>(ctx.db, agendaItemSet(Boolean(window.modifiedSince)), window, page);
}

export async function getOparlAgendaItem(ctx: Ctx, id: string) {
  const [row] = await changeRows<OparlAgendaItemRow>(ctx.db, agendaItemSet(true), sql`x.id = ${id}::uuid`);
  return row ?? null;
}

/** The published agenda of some meetings (a page), in order: one query for the page. */
export async function oparlAgendaOf(ctx: Ctx, meetingIds: readonly string[]) {
  if (!meetingIds.length) return [];
  return changeRows<OparlAgendaItemRow>(
    ctx.db,
    sql`select ${agendaItemColumns} ${agendaItemJoins}
        where m.notice_sent_at is not null and ai.meeting_id in ${uuidList(meetingIds)}`,
    sql`true`,
    sql`x.meeting_id, x.position, x.id`,
  );
}

export interface OparlConsultationRow extends ChangeRow {
  case_id: string | null;
  meeting_id: string | null;
  meeting_body_id: string | null;
  case_body_id: string | null;
}

/**
 * A public case on a published agenda. The consultation of an exempt case is withheld: a tombstone,
 * so that a harvester that saw it while the case was public drops it; a removed item's is one too.
 */
function consultationSet(withDeleted: boolean, where: SQL = sql`true`): SQL {
  const columns = (open: boolean) => sql`
    ai.id,
    ${
      open
        ? sql`ai.case_id, ai.meeting_id, m.body_id as meeting_body_id, c.body_id as case_body_id`
        : sql`null::uuid as case_id, null::uuid as meeting_id, null::uuid as meeting_body_id, null::uuid as case_body_id`
    },
    ai.created_at as created, greatest(ai.updated_at, c.updated_at, m.updated_at, mt.at) as modified,
    ${open ? sql`false` : sql`true`} as deleted`;
  const from = sql`
    from ${agendaItems} ai
    join ${meetings} m on m.id = ai.meeting_id
    join ${cases} c on c.id = ai.case_id
    left join (${meetingTouch}) mt on mt.meeting_id = m.id::text
    where m.notice_sent_at is not null and ${where}`;
  const visible = sql`select ${columns(true)} ${from} and c.access = 'public'`;
  if (!withDeleted) return visible;
  return sql`${visible}
    union all
    select ${columns(false)} ${from} and c.access = 'exempt'
    union all
    select (e.before->>'id')::uuid, null, null, null, null,
           coalesce((e.before->>'createdAt')::timestamptz, e.at), e.at, true
    ${removedItems} and e.before->>'caseId' is not null`;
}

export function listOparlConsultations(ctx: Ctx, window: ChangeWindow, page: Page) {
  return changePage<OparlConsultationRow>(
    ctx.db,
    consultationSet(Boolean(window.modifiedSince)),
    window,
    page,
  );
}

export async function getOparlConsultation(ctx: Ctx, id: string) {
  const [row] = await changeRows<OparlConsultationRow>(
    ctx.db,
    consultationSet(true, sql`ai.id = ${id}::uuid`),
    sql`x.id = ${id}::uuid`,
  );
  return row ?? null;
}

/** The consultations of some cases (a page of papers), by meeting date: one query for the page. */
export async function oparlConsultationsOf(ctx: Ctx, caseIds: readonly string[]) {
  if (!caseIds.length) return [];
  return changeRows<OparlConsultationRow & { starts_at: string }>(
    ctx.db,
    sql`select ai.id, ai.case_id, ai.meeting_id, m.body_id as meeting_body_id, c.body_id as case_body_id,
               m.starts_at, ai.created_at as created,
               greatest(ai.updated_at, c.updated_at, m.updated_at, mt.at) as modified, false as deleted
        from ${agendaItems} ai
        join ${meetings} m on m.id = ai.meeting_id
        join ${cases} c on c.id = ai.case_id
        left join (${meetingTouch}) mt on mt.meeting_id = m.id::text
        where m.notice_sent_at is not null and c.access = 'public' and ai.case_id in ${uuidList(caseIds)}`,
    sql`true`,
    sql`x.case_id, x.starts_at, x.id`,
  );
}

export interface OparlLocationRow extends ChangeRow {
  description: string;
}

/**
 * The places meetings are held, by the text the secretariat writes (Samråd has no table of places):
 * the id is the text's MD5. A place has nothing to change but its coming into use: created with
 * the first meeting there, modified as of the earliest last change of a meeting there (a meeting
 * moved to a new place makes it then) — never later than a meeting that embeds it.
 */
function locationSet(where: SQL = sql`true`): SQL {
  return sql`
    select md5(m.location) as id, m.location as description, min(m.created_at) as created,
           min(m.updated_at) as modified, false as deleted
    from ${meetings} m where m.location <> '' and ${where} group by m.location`;
}

export function listOparlLocations(ctx: Ctx, window: ChangeWindow, page: Page) {
  return changePage<OparlLocationRow>(ctx.db, locationSet(), window, page);
}

export async function getOparlLocation(ctx: Ctx, key: string) {
  const [row] = await changeRows<OparlLocationRow>(
    ctx.db,
    locationSet(sql`md5(m.location) = ${key}`),
    sql`true`,
  );
  return row ?? null;
}

/** The places of some meetings (a page): one query for the page. */
export function oparlLocationsNamed(ctx: Ctx, descriptions: readonly string[]) {
  if (!descriptions.length) return Promise.resolve([]);
  return changeRows<OparlLocationRow>(
    ctx.db,
    locationSet(
      sql`m.location in (${sql.join(
        descriptions.map((d) => sql`${d}`),
        sql`, `,
      )})`,
    ),
    sql`true`,
  );
}
