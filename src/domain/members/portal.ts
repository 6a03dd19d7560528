import type { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { todayInOslo } from '../../kernel/dates';
import { compareNb } from '../../kernel/format';
import { type Page, PageParams, paginate } from '../../kernel/pagination';
import { parseInput } from '../../kernel/validate';
import { type PortalAppointment, presentPortalAppointment } from '../bodies/portal';
import { listAppointments } from '../bodies/queries';
import { populationIndicatorId, seriesReader } from '../knowledge/queries';
import { getMemberHistory, type MemberOnDate, membersOnDate } from './queries';

/**
 * The portal's reads of members: what a member is (name, numbers, county, sub-region, membership
 * period), its population, and who represents it. Never the secretariat's notes or the evidence
 * for a demo member's data, which are for signed-in users.
 */

export interface PortalMemberRow {
  id: string;
  name: string;
  kind: MemberOnDate['kind'];
  number: string | null;
  county: string | null;
  subregion: { id: string; name: string } | null;
  /** The latest population known, with its year (1 January). */
  population: { year: number; value: number } | null;
}

function presentRow(m: MemberOnDate, population: PortalMemberRow['population']): PortalMemberRow {
  return {
    id: m.id,
    name: m.name,
    kind: m.kind,
    number: m.number,
    county: m.county?.name ?? null,
    subregion: m.subregion ? { id: m.subregion.id, name: m.subregion.name } : null,
    population,
  };
}

/** Each member's latest population, read once for all of them. */
async function latestPopulations(ctx: Ctx) {
  const indicatorId = await populationIndicatorId(ctx);
  const reader = indicatorId ? await seriesReader(ctx, indicatorId) : null;
  return (memberId: string): PortalMemberRow['population'] => {
    const last = reader?.seriesOf(memberId).at(-1);
    return last ? { year: last.year, value: last.value } : null;
  };
}

/** The members today in Norwegian order, with their sub-region and latest population, paged; and the counts. */
export async function portalMembers(
  ctx: Ctx,
  params: z.input<typeof PageParams> = {},
): Promise<
  Page<PortalMemberRow> & {
    asOf: string;
    counts: { total: number; municipalities: number; counties: number };
  }
> {
  const p = parseInput(PageParams, params, ctx.locale);
  const asOf = todayInOslo(ctx.now);
  const [members, population] = await Promise.all([membersOnDate(ctx.db, asOf), latestPopulations(ctx)]);
  const sorted = members.sort(
    (a, b) => compareNb(a.name, b.name) || (a.number ?? '').localeCompare(b.number ?? ''),
  );
  return {
    ...paginate(
      sorted.map((m) => presentRow(m, population(m.id))),
      p,
      ctx.locale,
    ),
    asOf,
    counts: {
      total: sorted.length,
      municipalities: sorted.filter((m) => m.kind === 'municipality').length,
      counties: sorted.filter((m) => m.kind === 'county').length,
    },
  };
}

/**
 * A member as the portal shows it: as it stands today (or stood on its last day), whom it continued
 * or was continued by, its latest population, and its representatives in the bodies today.
 */
export async function portalMember(ctx: Ctx, id: string) {
  const history = await getMemberHistory(ctx, id);
  const today = todayInOslo(ctx.now);
  const [population, representatives] = await Promise.all([
    latestPopulations(ctx),
    listAppointments(ctx, { memberId: id, asOf: today }),
  ]);
  const m = history.member;
  return {
    today,
    member: {
      ...presentRow(m, population(m.id)),
      orgNumber: m.orgNumber,
      joinedOn: m.joinedOn,
      leftOn: m.leftOn,
      leftReason: m.leftReason,
    },
    predecessors: history.predecessors.map((x) => ({ id: x.id, name: x.name, effectiveOn: x.effectiveOn })),
    successors: history.successors.map((x) => ({ id: x.id, name: x.name, effectiveOn: x.effectiveOn })),
    representatives: representatives.map(presentPortalAppointment) as PortalAppointment[],
  };
}

/** How many members there are today, and of which kind. */
export async function memberCounts(ctx: Ctx) {
  const asOf = todayInOslo(ctx.now);
  const members = await membersOnDate(ctx.db, asOf);
  return {
    asOf,
    total: members.length,
    municipalities: members.filter((m) => m.kind === 'municipality').length,
    counties: members.filter((m) => m.kind === 'county').length,
  };
}
