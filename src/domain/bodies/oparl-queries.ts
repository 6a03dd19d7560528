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
import { memberIdentities, members, subregions } from '../members/schema';
import { people } from '../people/schema';
import { appointments, bodies } from './schema';

/**
 * Reads for the OParl interface (src/http/oparl/): the alliance's organisations (its bodies, the
 * sub-regions and the members), the people who hold or held appointments, and the appointments.
 * Only what the public may see leaves: names, titles, roles and periods — no contact details,
 * gender or notes (as presentPerson and presentAppointment show anonymous callers).
 *
 * Samråd deletes rows for real; what OParl calls a deleted object is found in the audit log
 * (bodies.removeAppointment keeps the row in `before`).
 */

type Page = { offset: number; limit: number };

export interface OparlOrganizationRow extends ChangeRow {
  source: 'body' | 'subregion' | 'member';
  /** The body's kind or the member's kind; null for a sub-region. */
  kind: string | null;
  name: string | null;
  short_name: string | null;
  /** The body that appoints this one (the board appoints the policy committee). */
  parent_id: string | null;
  start_date: string | null;
  end_date: string | null;
}

/**
 * Bodies, sub-regions and members in one set. A member is named by its latest identity (a merged
 * municipality keeps its last name). No delete verb exists for any of them, so none is ever a tombstone.
 */
function organizations(): SQL {
  return sql`
    select b.id, 'body' as source, b.kind::text as kind, b.name, nullif(b.short_name, '') as short_name,
           b.appointed_by_id as parent_id, b.valid_from::text as start_date, b.valid_to::text as end_date,
           b.created_at as created, b.updated_at as modified, false as deleted
    from ${bodies} b
    union all
    select s.id, 'subregion', null, s.name, null, null, s.valid_from::text, s.valid_to::text,
           s.created_at, s.updated_at, false
    from ${subregions} s
    union all
    select m.id, 'member', m.kind::text, i.name, null, null, m.joined_on::text, m.left_on::text,
           m.created_at, m.updated_at, false
    from ${members} m
    join lateral (
      select mi.name from ${memberIdentities} mi where mi.member_id = m.id order by mi.valid_from desc limit 1
    ) i on true`;
}

export function listOparlOrganizations(ctx: Ctx, window: ChangeWindow, page: Page) {
  return changePage<OparlOrganizationRow>(ctx.db, organizations(), window, page);
}

export async function getOparlOrganization(ctx: Ctx, id: string) {
  const [row] = await changeRows<OparlOrganizationRow>(ctx.db, organizations(), sql`x.id = ${id}::uuid`);
  return row ?? null;
}

/** Appointments removed, by person: when the last one of a person's went. */
const removalsByPerson = sql`
  select e.before->>'personId' as person_id, max(e.at) as at
  from ${auditEvents} e where e.entity_type = 'appointment' and e.action = 'bodies.removeAppointment'
  group by 1`;

export interface OparlPersonRow extends ChangeRow {
  name: string | null;
  title: string | null;
}

/**
 * People with at least one appointment, past or present. A person's memberships are part of the
 * person in OParl, so a change to any of them (or its removal) modifies the person. A person whose
 * last appointment was removed is gone from the public record: a tombstone, deleted when that went.
 */
function persons(withDeleted: boolean): SQL {
  const visible = sql`
    select p.id, p.name, nullif(p.title, '') as title, p.created_at as created,
           greatest(p.updated_at, pa.at, pr.at) as modified, false as deleted
    from ${people} p
    join (select a.person_id, max(a.updated_at) as at from ${appointments} a group by a.person_id) pa
      on pa.person_id = p.id
    left join (${removalsByPerson}) pr on pr.person_id = p.id::text`;
  if (!withDeleted) return visible;
  return sql`${visible}
    union all
    select p.id, null, null, p.created_at, pr.at, true
    from ${people} p
    join (${removalsByPerson}) pr on pr.person_id = p.id::text
    where not exists (select 1 from ${appointments} a where a.person_id = p.id)`;
}

export function listOparlPersons(ctx: Ctx, window: ChangeWindow, page: Page) {
  return changePage<OparlPersonRow>(ctx.db, persons(Boolean(window.modifiedSince)), window, page);
}

export async function getOparlPerson(ctx: Ctx, id: string) {
  const [row] = await changeRows<OparlPersonRow>(ctx.db, persons(true), sql`x.id = ${id}::uuid`);
  return row ?? null;
}

export interface OparlMembershipRow extends ChangeRow {
  person_id: string | null;
  body_id: string | null;
  role: string | null;
  voting_right: boolean | null;
  start_date: string | null;
  end_date: string | null;
  on_behalf_member_id: string | null;
  on_behalf_subregion_id: string | null;
}

const membershipColumns = sql`
  a.id, a.person_id, a.body_id, a.role::text as role, a.voting_right, a.valid_from::text as start_date,
  a.valid_to::text as end_date, a.on_behalf_member_id, a.on_behalf_subregion_id,
  a.created_at as created, a.updated_at as modified, false as deleted`;

/** Appointments; a removed one is a tombstone created when the row was, deleted when it went. */
function memberships(withDeleted: boolean): SQL {
  const visible = sql`select ${membershipColumns} from ${appointments} a`;
  if (!withDeleted) return visible;
  return sql`${visible}
    union all
    select e.entity_id::uuid, null, null, null, null, null, null, null, null,
           coalesce((e.before->>'createdAt')::timestamptz, e.at), e.at, true
    from ${auditEvents} e
    where e.action = 'bodies.removeAppointment' and e.entity_type = 'appointment'`;
}

export function listOparlMemberships(ctx: Ctx, window: ChangeWindow, page: Page) {
  return changePage<OparlMembershipRow>(ctx.db, memberships(Boolean(window.modifiedSince)), window, page);
}

export async function getOparlMembership(ctx: Ctx, id: string) {
  const [row] = await changeRows<OparlMembershipRow>(ctx.db, memberships(true), sql`x.id = ${id}::uuid`);
  return row ?? null;
}

/** The appointments of some people (a page of persons), earliest first: one query for the page. */
export async function oparlMembershipsOf(ctx: Ctx, personIds: readonly string[]) {
  if (!personIds.length) return [];
  return changeRows<OparlMembershipRow>(
    ctx.db,
    sql`select ${membershipColumns} from ${appointments} a where a.person_id in ${uuidList(personIds)}`,
    sql`true`,
    sql`x.start_date, x.id`,
  );
}
