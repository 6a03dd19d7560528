import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { todayInOslo, within } from '../../kernel/dates';
import { NotFound } from '../../kernel/errors';
import { IsoDate } from '../../kernel/fields';
import { compareNb } from '../../kernel/format';
import { requirePermission } from '../../kernel/guards';
import { type Page, PageParams, paginate } from '../../kernel/pagination';
import { inForceOn } from '../../kernel/periods';
import { parseInput } from '../../kernel/validate';
import { events } from '../events/schema';
import { membersByIds } from '../members/queries';
import { partnerContacts, partners } from '../partners/schema';
import { people } from '../people/schema';
import { focusAreas, programmes } from '../programme/schema';
import type { NetworkMemberKind } from './fields';
import { can } from './permissions';
import { networkMembers, networks } from './schema';

export const ListNetworksParams = PageParams.extend({
  q: z.string().trim().max(100).optional(),
});

export interface NetworkListItem {
  id: string;
  name: string;
  purpose: string;
  focusArea: { id: string; name: string } | null;
  /** Members today (people, members and partners whose period covers today). */
  members: number;
}

/** The networks in Norwegian order, each with how many are in it today, filtered by name and paged. */
export async function listNetworks(
  ctx: Ctx,
  params: z.input<typeof ListNetworksParams> = {},
): Promise<Page<NetworkListItem>> {
  requirePermission(ctx, can(ctx.actor, 'networks.read'));
  const p = parseInput(ListNetworksParams, params, ctx.locale);
  const today = todayInOslo(ctx.now);
  const rows = await ctx.db
    .select({
      id: networks.id,
      name: networks.name,
      purpose: networks.purpose,
      focusAreaId: focusAreas.id,
      focusAreaName: focusAreas.name,
      members: sql<number>`(select count(*)::int from ${networkMembers} where ${networkMembers.networkId} = ${networks.id} and ${networkMembers.validFrom} <= ${today} and (${networkMembers.validTo} is null or ${networkMembers.validTo} >= ${today}))`,
    })
    .from(networks)
    .leftJoin(focusAreas, eq(focusAreas.id, networks.focusAreaId));
  const q = p.q?.toLocaleLowerCase('nb');
  const all = rows
    .filter((r) => !q || r.name.toLocaleLowerCase('nb').includes(q))
    .sort((a, b) => compareNb(a.name, b.name))
    .map((r) => ({
      id: r.id,
      name: r.name,
      purpose: r.purpose,
      focusArea: r.focusAreaId ? { id: r.focusAreaId, name: r.focusAreaName ?? '' } : null,
      members: Number(r.members),
    }));
  return paginate(all, p, ctx.locale);
}

/** One row of a network's membership, with the name of who it is. */
export interface NetworkMemberView {
  id: string;
  kind: NetworkMemberKind;
  /** The person's, member's or partner's id (for a link to it). */
  refId: string;
  name: string;
  /** A person's title and organisation; empty for members and partners. */
  detail: string;
  role: string;
  validFrom: string;
  validTo: string | null;
}

type MemberRow = typeof networkMembers.$inferSelect;

/** Names for membership rows: people, members (as they stand on `date`) and partners, each in one query. */
async function namesOf(ctx: Ctx, rows: MemberRow[], date: string): Promise<NetworkMemberView[]> {
  const ids = (key: 'personId' | 'memberId' | 'partnerId') => [
    ...new Set(rows.map((r) => r[key]).filter((v): v is string => Boolean(v))),
  ];
  const personIds = ids('personId');
  const memberIds = ids('memberId');
  const partnerIds = ids('partnerId');
  const [persons, memberList, partnerList] = await Promise.all([
    personIds.length
      ? ctx.db
          .select({
            id: people.id,
            name: people.name,
            title: people.title,
            organisation: people.organisation,
          })
          .from(people)
          .where(inArray(people.id, personIds))
      : Promise.resolve([]),
    memberIds.length ? membersByIds(ctx.db, memberIds, date) : Promise.resolve([]),
    partnerIds.length
      ? ctx.db
          .select({ id: partners.id, name: partners.name })
          .from(partners)
          .where(inArray(partners.id, partnerIds))
      : Promise.resolve([]),
  ]);
  const personById = new Map(persons.map((p) => [p.id, p]));
  const memberName = new Map(memberList.map((m) => [m.id, m.name]));
  const partnerName = new Map(partnerList.map((p) => [p.id, p.name]));
  return rows.map((r) => {
    const base = { id: r.id, role: r.role, validFrom: r.validFrom, validTo: r.validTo };
    if (r.personId) {
      const p = personById.get(r.personId);
      return {
        ...base,
        kind: 'person' as const,
        refId: r.personId,
        name: p?.name ?? '',
        detail: [p?.title, p?.organisation].filter(Boolean).join(', '),
      };
    }
    if (r.memberId)
      return {
        ...base,
        kind: 'member' as const,
        refId: r.memberId,
        name: memberName.get(r.memberId) ?? '',
        detail: '',
      };
    return {
      ...base,
      kind: 'partner' as const,
      refId: r.partnerId!,
      name: partnerName.get(r.partnerId!) ?? '',
      detail: '',
    };
  });
}

/**
 * A network with who is in it over time — current members (today, or from a later date) and former
 * ones (whose last day has passed) — and the events held in its name, in time order.
 */
export async function getNetwork(ctx: Ctx, id: string) {
  requirePermission(ctx, can(ctx.actor, 'networks.read'));
  if (!z.uuid().safeParse(id).success) throw new NotFound('network');
  const [network] = await ctx.db.select().from(networks).where(eq(networks.id, id));
  if (!network) throw new NotFound('network');
  const today = todayInOslo(ctx.now);
  const [rows, focusArea, held] = await Promise.all([
    ctx.db
      .select()
      .from(networkMembers)
      .where(eq(networkMembers.networkId, id))
      .orderBy(asc(networkMembers.validFrom)),
    network.focusAreaId
      ? ctx.db
          .select({ id: focusAreas.id, name: focusAreas.name, year: programmes.year })
          .from(focusAreas)
          .innerJoin(programmes, eq(programmes.id, focusAreas.programmeId))
          .where(eq(focusAreas.id, network.focusAreaId))
      : Promise.resolve([]),
    ctx.db
      .select({ id: events.id, title: events.title, startsAt: events.startsAt, location: events.location })
      .from(events)
      .where(eq(events.networkId, id))
      .orderBy(asc(events.startsAt)),
  ]);
  const named = await namesOf(ctx, rows, today);
  const byName = (a: NetworkMemberView, b: NetworkMemberView) => compareNb(a.name, b.name);
  return {
    network,
    focusArea: focusArea[0] ?? null,
    today,
    current: named.filter((m) => m.validTo === null || m.validTo >= today).sort(byName),
    former: named
      .filter((m) => m.validTo !== null && m.validTo < today)
      .sort((a, b) => (b.validTo ?? '').localeCompare(a.validTo ?? '') || byName(a, b)),
    events: held,
  };
}

/** A line of a network's mailing list; an empty e-mail says the secretariat lacks an address. */
export interface MailingListRow {
  name: string;
  email: string;
  organisation: string;
}

/**
 * Who to write to in a network on a date (default today): each person who is a member, with their
 * e-mail; for a partner, its contacts on that date; for a member municipality or county, its people
 * who are members of the network themselves — or, when none is, the member itself with no e-mail
 * (as a partner without contacts is), so the list shows who lacks an address. One line per e-mail
 * address (compared in lower case), ordered by organisation and name.
 */
export async function mailingList(ctx: Ctx, id: string, on?: string) {
  requirePermission(ctx, can(ctx.actor, 'networks.read'));
  if (!z.uuid().safeParse(id).success) throw new NotFound('network');
  const date =
    on === undefined ? todayInOslo(ctx.now) : parseInput(z.object({ on: IsoDate }), { on }, ctx.locale).on;
  const [network] = await ctx.db
    .select({ id: networks.id, name: networks.name })
    .from(networks)
    .where(eq(networks.id, id));
  if (!network) throw new NotFound('network');
  const rows = await ctx.db
    .select()
    .from(networkMembers)
    .where(
      and(
        eq(networkMembers.networkId, id),
        inForceOn(date, networkMembers.validFrom, networkMembers.validTo),
      ),
    );
  const personIds = rows.flatMap((r) => r.personId ?? []);
  const memberIds = rows.flatMap((r) => r.memberId ?? []);
  const partnerIds = rows.flatMap((r) => r.partnerId ?? []);
  const [persons, memberList, partnerList, contacts] = await Promise.all([
    personIds.length
      ? ctx.db
          .select({
            id: people.id,
            name: people.name,
            email: people.email,
            organisation: people.organisation,
            memberId: people.memberId,
          })
          .from(people)
          .where(inArray(people.id, personIds))
      : Promise.resolve([]),
    memberIds.length ? membersByIds(ctx.db, memberIds, date) : Promise.resolve([]),
    partnerIds.length
      ? ctx.db
          .select({ id: partners.id, name: partners.name })
          .from(partners)
          .where(inArray(partners.id, partnerIds))
      : Promise.resolve([]),
    partnerIds.length
      ? ctx.db
          .select({
            partnerId: partnerContacts.partnerId,
            name: people.name,
            email: people.email,
            validFrom: partnerContacts.validFrom,
            validTo: partnerContacts.validTo,
          })
          .from(partnerContacts)
          .innerJoin(people, eq(people.id, partnerContacts.personId))
          .where(inArray(partnerContacts.partnerId, partnerIds))
      : Promise.resolve([]),
  ]);
  const lines: MailingListRow[] = persons.map((p) => ({
    name: p.name,
    email: p.email ?? '',
    organisation: p.organisation,
  }));
  for (const partner of partnerList) {
    const current = contacts.filter(
      (c) => c.partnerId === partner.id && within(date, c.validFrom, c.validTo),
    );
    if (!current.length) lines.push({ name: partner.name, email: '', organisation: partner.name });
    for (const c of current) lines.push({ name: c.name, email: c.email ?? '', organisation: partner.name });
  }
  for (const member of memberList) {
    if (!persons.some((p) => p.memberId === member.id))
      lines.push({ name: member.name, email: '', organisation: member.name });
  }
  // One line per address; a person without an organisation of their own takes the partner's.
  const seen = new Map<string, MailingListRow>();
  const unique = lines.filter((line) => {
    if (!line.email) return true;
    const key = line.email.toLowerCase();
    const kept = seen.get(key);
    if (kept) {
      kept.organisation ||= line.organisation;
      return false;
    }
    seen.set(key, line);
    return true;
  });
  return {
    network,
    date,
    rows: unique.sort((a, b) => compareNb(a.organisation, b.organisation) || compareNb(a.name, b.name)),
  };
}
