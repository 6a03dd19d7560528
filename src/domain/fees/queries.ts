import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { compareNb } from '../../kernel/format';
import { requirePermission } from '../../kernel/guards';
import { users } from '../accounts/schema';
import { getCaseRow } from '../cases/rows';
import { cases } from '../cases/schema';
import { populationIndicatorId, valuesInYear } from '../knowledge/queries';
import { membersInYear, schemesInYear } from '../members/queries';
import { people } from '../people/schema';
import { getSettings } from '../settings/queries';
import { calculateFee } from './calculate';
import { can } from './permissions';
import { feeDecisions, feeExtras } from './schema';

/** A year's fee decision with its extras and its case ("1/19"), or null. */
export async function getFeeDecision(ctx: Pick<Ctx, 'db'>, year: number) {
  const [decision] = await ctx.db.select().from(feeDecisions).where(eq(feeDecisions.year, year));
  if (!decision) return null;
  const [extras, kase] = await Promise.all([
    ctx.db
      .select()
      .from(feeExtras)
      .where(eq(feeExtras.decisionId, decision.id))
      .orderBy(asc(feeExtras.position)),
    decision.caseId ? getCaseRow(ctx, decision.caseId) : null,
  ]);
  return { ...decision, extras, case: kase ? { id: kase.id, number: kase.number, title: kase.title } : null };
}

/** The member a member contact speaks for: their user's person's municipality. */
async function ownMemberId(ctx: Ctx): Promise<string | null> {
  if (ctx.actor.kind !== 'user') return null;
  const [row] = await ctx.db
    .select({ memberId: people.memberId })
    .from(users)
    .innerJoin(people, eq(people.id, users.personId))
    .where(eq(users.id, ctx.actor.id));
  return row?.memberId ?? null;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;

/**
 * The fee list of a year: every member during the year with its basis (population on the
 * reference date, rate, floor or cap applied, share of the year, extras) and its fee, in
 * Norwegian order, and the total. Editors see every member; a member contact sees only their own
 * municipality (and no total of the others).
 */
export async function feeList(ctx: Ctx, year: number) {
  const all = can(ctx.actor, 'fees.manage');
  requirePermission(ctx, all || can(ctx.actor, 'fees.readOwn'));
  return feeRows(ctx, year, all ? null : ((await ownMemberId(ctx)) ?? 'none'));
}

/**
 * The year's fee total for the budget's income side, and the members left out of it for want of a
 * population (no rows leave this function); null without a fee decision.
 */
export async function feeTotal(
  ctx: Ctx,
  year: number,
): Promise<{ totalOre: number; missing: string[] } | null> {
  const list = await feeRows(ctx, year, null);
  return list.decision ? { totalOre: list.totalOre, missing: list.missing } : null;
}

/** The fee rows of every member, or of one (`only`), unchecked: the callers above decide who sees what. */
async function feeRows(ctx: Ctx, year: number, only: string | null) {
  const all = only === null;
  const decision = await getFeeDecision(ctx, year);
  if (!decision)
    return {
      year,
      decision: null,
      rows: [],
      totalOre: 0,
      missing: [] as string[],
      scope: all ? 'all' : 'own',
    };
  const populationYear = Number(decision.referenceDate.slice(0, 4));
  const [members, schemes, settings, indicatorId] = await Promise.all([
    membersInYear(ctx.db, year),
    schemesInYear(ctx.db, year),
    getSettings(ctx, 'membership'),
    populationIndicatorId(ctx),
  ]);
  const visible = members.filter((m) => all || m.id === only);
  const populations = indicatorId
    ? await valuesInYear(
        ctx,
        indicatorId,
        visible.map((m) => m.id),
        populationYear,
      )
    : new Map();
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const daysInYear = daysBetween(first, last);
  const rule = {
    rate: decision.rate,
    floorOre: decision.floorOre,
    capOre: decision.capOre,
    rounding: decision.rounding,
    partYear: settings.feePartYear,
    extras: decision.extras,
  };
  const rows = visible
    .map((m) => {
      const from = m.joinedOn > first ? m.joinedOn : first;
      const to = m.leftOn && m.leftOn < last ? m.leftOn : last;
      const point = populations.get(m.id) ?? null;
      const basis = {
        population: point?.value ?? null,
        days: daysBetween(from, to),
        daysInYear,
        schemes: schemes.get(m.id) ?? [],
      };
      return {
        member: { id: m.id, name: m.name, number: m.number, kind: m.kind },
        population: basis.population,
        /** The population is the sum of the predecessors' (the member did not exist on the reference date). */
        populationDerived: point?.derived ?? false,
        memberFrom: from,
        memberTo: to,
        ...calculateFee(rule, basis),
      };
    })
    .sort((a, b) => compareNb(a.member.name, b.member.name));
  return {
    year,
    decision,
    rows,
    totalOre: rows.reduce((sum, r) => sum + (r.totalOre ?? 0), 0),
    missing: rows.filter((r) => r.totalOre === null).map((r) => r.member.name),
    scope: all ? 'all' : 'own',
  };
}

export type FeeList = Awaited<ReturnType<typeof feeRows>>;

/** Every year with a fee decision, newest first (signed-in readers). */
export async function listFeeDecisions(ctx: Ctx) {
  requirePermission(ctx, can(ctx.actor, 'fees.readOwn'));
  const rows = await ctx.db.select().from(feeDecisions).orderBy(desc(feeDecisions.year));
  return Promise.all(
    rows.map(async (d) => ({
      year: d.year,
      rate: d.rate,
      referenceDate: d.referenceDate,
      case: d.caseId ? await getCaseRow(ctx, d.caseId).then((c) => ({ id: c.id, number: c.number })) : null,
    })),
  );
}

/**
 * Public: a member's fee in the latest year the council has set (a fee decision whose public case is decided),
 * with what it rests on — population on the reference date, rate, floor or cap, share of the year,
 * extras — and its share of all members' fees that year. The fee is the council's public decision;
 * the decision's notes do not leave. Null without such a year, or when the member was not a member then.
 */
export async function memberFeeShare(ctx: Ctx, memberId: string) {
  // Set by the council: in a public case that has been decided, not one still being prepared.
  const [latest] = await ctx.db
    .select({ year: feeDecisions.year })
    .from(feeDecisions)
    .innerJoin(cases, eq(cases.id, feeDecisions.caseId))
    .where(and(eq(cases.access, 'public'), isNotNull(cases.decidedOn)))
    .orderBy(desc(feeDecisions.year))
    .limit(1);
  if (!latest) return null;
  const list = await feeRows(ctx, latest.year, null);
  const row = list.rows.find((r) => r.member.id === memberId);
  if (!list.decision || !row) return null;
  const { decision } = list;
  return {
    year: list.year,
    case: decision.case ? { id: decision.case.id, number: decision.case.number } : null,
    rate: decision.rate,
    referenceDate: decision.referenceDate,
    population: row.population,
    limit: row.limit,
    share: row.share,
    feeOre: row.feeOre,
    extras: row.extras.map((e) => ({ label: e.label, amountOre: e.amountOre })),
    totalOre: row.totalOre,
    /** The member's part of all members' fees that year (0–1); null when either is unknown. */
    shareOfAll: row.totalOre !== null && list.totalOre > 0 ? row.totalOre / list.totalOre : null,
  };
}
