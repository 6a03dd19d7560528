import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/types';
import type { Ctx } from '../../kernel/ctx';
import { todayInOslo } from '../../kernel/dates';
import { NotFound } from '../../kernel/errors';
import { compareNb } from '../../kernel/format';
import { type Page, PageParams, paginate } from '../../kernel/pagination';
import { inForceOn } from '../../kernel/periods';
import { queryRows } from '../../kernel/sql';
import { parseInput } from '../../kernel/validate';
import { can } from './permissions';
import {
  counties,
  memberIdentities,
  memberPredecessors,
  members,
  participations,
  subregionMemberships,
  subregions,
} from './schema';

export const AsOf = z.iso.date().optional();

/** A member as it stood on a date: the identity in force, its county and sub-region. */
export interface MemberOnDate {
  id: string;
  kind: 'municipality' | 'county' | 'other';
  name: string;
  number: string | null;
  county: { id: string; number: string; name: string } | null;
  subregion: { id: string; name: string } | null;
  orgNumber: string | null;
  joinedOn: string;
  leftOn: string | null;
  leftReason: 'exit' | 'merged' | 'other' | null;
  exitNoticeOn: string | null;
  notes: string;
  evidence: string;
  version: number;
}

interface MemberRow {
  id: string;
  kind: MemberOnDate['kind'];
  org_number: string | null;
  joined_on: string;
  left_on: string | null;
  left_reason: MemberOnDate['leftReason'];
  exit_notice_on: string | null;
  notes: string;
  evidence: string;
  version: number;
  name: string;
  number: string | null;
  county_id: string | null;
  county_number: string | null;
  county_name: string | null;
  subregion_id: string | null;
  subregion_name: string | null;
}

const asDate = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : (value as string | null);

function toMember(row: MemberRow): MemberOnDate {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    number: row.number,
    county: row.county_id ? { id: row.county_id, number: row.county_number!, name: row.county_name! } : null,
    subregion: row.subregion_id ? { id: row.subregion_id, name: row.subregion_name! } : null,
    orgNumber: row.org_number,
    joinedOn: asDate(row.joined_on)!,
    leftOn: asDate(row.left_on),
    leftReason: row.left_reason,
    exitNoticeOn: asDate(row.exit_notice_on),
    notes: row.notes,
    evidence: row.evidence,
    version: row.version,
  };
}

/**
 * Members with the identity and sub-region in force on `date`. The identity is the latest that began
 * on or before the date (or the first one, for a date before it). `onlyMembersOnDate` keeps those
 * whose membership covers the date.
 */
async function membersOn(
  db: Executor,
  date: string,
  where: { ids?: string[]; onlyMembersOnDate: boolean },
): Promise<MemberOnDate[]> {
  const ids = where.ids;
  const rows = await queryRows<MemberRow>(
    db,
    // Each member's identity and sub-region on the date, picked in one sorted pass over each
    // table (a lateral pick per member cost ten times as much).
    sql`
    with identity_then as (
      select distinct on (mi.member_id) mi.* from ${memberIdentities} mi
      order by mi.member_id, (mi.valid_from <= ${date}::date) desc,
               case when mi.valid_from <= ${date}::date then mi.valid_from end desc,
               mi.valid_from asc
    ),
    region_then as (
      select distinct on (sm.member_id) sm.member_id, sm.subregion_id from ${subregionMemberships} sm
      where sm.valid_from <= ${date}::date and (sm.valid_to is null or sm.valid_to >= ${date}::date)
      order by sm.member_id, sm.valid_from desc
    )
    select m.id, m.kind, m.org_number, m.joined_on::text, m.left_on::text, m.left_reason,
           m.exit_notice_on::text, m.notes, m.evidence, m.version,
           i.name, i.number, c.id as county_id, c.number as county_number, c.name as county_name,
           s.id as subregion_id, s.name as subregion_name
    from ${members} m
    join identity_then i on i.member_id = m.id
    left join ${counties} c on c.id = i.county_id
    left join region_then smx on smx.member_id = m.id
    left join ${subregions} s on s.id = smx.subregion_id
    where ${where.onlyMembersOnDate ? sql`m.joined_on <= ${date}::date and (m.left_on is null or m.left_on >= ${date}::date)` : sql`true`}
      ${
        ids
          ? sql`and m.id in ${
              ids.length
                ? sql`(${sql.join(
                    ids.map((id) => sql`${id}::uuid`),
                    sql`, `,
                  )})`
                : sql`(null)`
            }`
          : sql``
      }
  `,
  );
  return rows.map(toMember);
}

export const ListMembersParams = PageParams.extend({
  asOf: AsOf,
  kind: z.enum(['municipality', 'county', 'other']).optional(),
  countyId: z.uuid().optional(),
  subregionId: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
});

/** Public: the members on a date (default today), in Norwegian order, filtered and paged. */
export async function listMembers(
  ctx: Ctx,
  params: z.input<typeof ListMembersParams>,
): Promise<Page<MemberOnDate> & { asOf: string }> {
  const p = parseInput(ListMembersParams, params, ctx.locale);
  const asOf = p.asOf ?? todayInOslo(ctx.now);
  const q = p.q?.toLocaleLowerCase('nb');
  const all = (await membersOn(ctx.db, asOf, { onlyMembersOnDate: true }))
    .filter((m) => !p.kind || m.kind === p.kind)
    .filter((m) => !p.countyId || m.county?.id === p.countyId)
    .filter((m) => !p.subregionId || m.subregion?.id === p.subregionId)
    .filter((m) => !q || m.name.toLocaleLowerCase('nb').includes(q) || m.number?.startsWith(q))
    .sort((a, b) => compareNb(a.name, b.name) || (a.number ?? '').localeCompare(b.number ?? ''));
  return { ...paginate(all, p, ctx.locale), asOf };
}

/** One member as of a date, whether or not it was a member then (the page shows its whole history). */
export async function getMemberOn(ctx: Ctx, id: string, asOf?: string): Promise<MemberOnDate> {
  if (!z.uuid().safeParse(id).success) throw new NotFound('member');
  const date = parseInput(AsOf, asOf, ctx.locale) ?? todayInOslo(ctx.now);
  const [member] = await membersOn(ctx.db, date, { ids: [id], onlyMembersOnDate: false });
  if (!member) throw new NotFound('member');
  return member;
}

/** Everything about a member over time: identities, sub-regions, predecessors and successors, schemes. */
export async function getMemberHistory(ctx: Ctx, id: string) {
  const member = await getMemberOn(ctx, id);
  const [identities, regions, before, after, schemes] = await Promise.all([
    ctx.db
      .select({
        validFrom: memberIdentities.validFrom,
        validTo: memberIdentities.validTo,
        name: memberIdentities.name,
        number: memberIdentities.number,
        countyName: counties.name,
      })
      .from(memberIdentities)
      .leftJoin(counties, eq(counties.id, memberIdentities.countyId))
      .where(eq(memberIdentities.memberId, id))
      .orderBy(asc(memberIdentities.validFrom)),
    ctx.db
      .select({
        id: subregionMemberships.id,
        subregionId: subregions.id,
        name: subregions.name,
        validFrom: subregionMemberships.validFrom,
        validTo: subregionMemberships.validTo,
      })
      .from(subregionMemberships)
      .innerJoin(subregions, eq(subregions.id, subregionMemberships.subregionId))
      .where(eq(subregionMemberships.memberId, id))
      .orderBy(asc(subregionMemberships.validFrom)),
    ctx.db.select().from(memberPredecessors).where(eq(memberPredecessors.successorId, id)),
    ctx.db.select().from(memberPredecessors).where(eq(memberPredecessors.predecessorId, id)),
    ctx.db
      .select()
      .from(participations)
      .where(eq(participations.memberId, id))
      .orderBy(desc(participations.validFrom)),
  ]);
  const related = await membersOn(ctx.db, member.joinedOn, {
    ids: [...before.map((p) => p.predecessorId), ...after.map((p) => p.successorId)],
    onlyMembersOnDate: false,
  });
  const named = (memberId: string) => related.find((m) => m.id === memberId)?.name ?? '';
  return {
    member,
    identities,
    subregions: regions,
    predecessors: before.map((p) => ({
      id: p.predecessorId,
      name: named(p.predecessorId),
      effectiveOn: p.effectiveOn,
    })),
    successors: after.map((p) => ({
      id: p.successorId,
      name: named(p.successorId),
      effectiveOn: p.effectiveOn,
    })),
    participations: schemes.map((s) => ({
      id: s.id,
      scheme: s.scheme,
      validFrom: s.validFrom,
      validTo: s.validTo,
    })),
    internal: can(ctx.actor, 'members.readInternal'),
  };
}

/** The counties in force on a date, by number. */
export async function listCounties(ctx: Pick<Ctx, 'db' | 'now'>, asOf?: string) {
  const date = asOf ?? todayInOslo(ctx.now);
  return ctx.db
    .select({
      id: counties.id,
      number: counties.number,
      name: counties.name,
      validFrom: counties.validFrom,
      validTo: counties.validTo,
    })
    .from(counties)
    .where(inForceOn(date, counties.validFrom, counties.validTo))
    .orderBy(asc(counties.number));
}

/** Sub-regions active on a date, with how many members they had then, in Norwegian order. */
export async function listSubregions(ctx: Ctx, asOf?: string) {
  const date = parseInput(AsOf, asOf, ctx.locale) ?? todayInOslo(ctx.now);
  const [rows, counts] = await Promise.all([
    ctx.db
      .select()
      .from(subregions)
      .where(inForceOn(date, subregions.validFrom, subregions.validTo)),
    ctx.db
      .select({ subregionId: subregionMemberships.subregionId, count: sql<number>`count(*)::int` })
      .from(subregionMemberships)
      .innerJoin(members, eq(members.id, subregionMemberships.memberId))
      .where(
        and(
          inForceOn(date, subregionMemberships.validFrom, subregionMemberships.validTo),
          inForceOn(date, members.joinedOn, members.leftOn),
        ),
      )
      .groupBy(subregionMemberships.subregionId),
  ]);
  const countOf = new Map(counts.map((c) => [c.subregionId, c.count]));
  const items = rows
    .map((r) => ({ ...r, memberCount: countOf.get(r.id) ?? 0 }))
    .sort((a, b) => compareNb(a.name, b.name));
  return { asOf: date, items };
}

/** A sub-region and its members on a date. */
export async function getSubregion(ctx: Ctx, id: string, asOf?: string) {
  if (!z.uuid().safeParse(id).success) throw new NotFound('subregion');
  const date = parseInput(AsOf, asOf, ctx.locale) ?? todayInOslo(ctx.now);
  const [subregion] = await ctx.db.select().from(subregions).where(eq(subregions.id, id));
  if (!subregion) throw new NotFound('subregion');
  const { items } = await listMembers(ctx, { asOf: date, subregionId: id, limit: 500 });
  return { subregion, asOf: date, members: items };
}

/** Members taking part in a scheme on a date (e.g. the brand partnership), in Norwegian order. */
export async function listParticipants(db: Executor, scheme: string, date: string) {
  const rows = await db
    .select({ memberId: participations.memberId })
    .from(participations)
    .where(
      and(
        eq(participations.scheme, scheme),
        inForceOn(date, participations.validFrom, participations.validTo),
      ),
    );
  const list = await membersOn(db, date, { ids: rows.map((r) => r.memberId), onlyMembersOnDate: true });
  return list.sort((a, b) => compareNb(a.name, b.name));
}

/** Members whose membership covers any day of a year, as they stood on its first day (fee lists). */
export async function membersInYear(db: Executor, year: number) {
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(
      sql`${members.joinedOn} <= ${`${year}-12-31`}::date and (${members.leftOn} is null or ${members.leftOn} >= ${`${year}-01-01`}::date)`,
    );
  return membersOn(db, `${year}-01-01`, { ids: rows.map((r) => r.id), onlyMembersOnDate: false });
}

/** The schemes each member takes part in on any day of a year. */
export async function schemesInYear(db: Executor, year: number): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ memberId: participations.memberId, scheme: participations.scheme })
    .from(participations)
    .where(
      sql`${participations.validFrom} <= ${`${year}-12-31`}::date and (${participations.validTo} is null or ${participations.validTo} >= ${`${year}-01-01`}::date)`,
    );
  const schemes = new Map<string, string[]>();
  for (const r of rows) schemes.set(r.memberId, [...(schemes.get(r.memberId) ?? []), r.scheme]);
  return schemes;
}

/** Members on a date without paging, for other areas (seat counting, fee lists). */
export function membersOnDate(db: Executor, date: string) {
  return membersOn(db, date, { onlyMembersOnDate: true });
}

/** Any members by id, as they stood on a date. */
export function membersByIds(db: Executor, ids: string[], date: string) {
  return membersOn(db, date, { ids, onlyMembersOnDate: false });
}

/** Every county in the register, newest numbering first, for pickers that work on any date. */
export async function listAllCounties(ctx: Pick<Ctx, 'db'>) {
  const rows = await ctx.db.select().from(counties).orderBy(desc(counties.validFrom), asc(counties.number));
  return rows.map((c) => ({
    ...c,
    label: `${c.name} (${c.number}, ${c.validFrom.slice(0, 4)}–${c.validTo?.slice(0, 4) ?? ''})`,
  }));
}

/** Every sub-region, active or not, in Norwegian order, for pickers. */
export async function listAllSubregions(ctx: Pick<Ctx, 'db'>) {
  const rows = await ctx.db.select().from(subregions);
  return rows.sort((a, b) => compareNb(a.name, b.name));
}
