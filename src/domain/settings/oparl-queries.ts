import { sql } from 'drizzle-orm';
import { isoUtc } from '../../kernel/change-window';
import type { Ctx } from '../../kernel/ctx';
import { fromOsloLocal, todayInOslo } from '../../kernel/dates';
import { auditEvents } from '../../kernel/schema';
import { queryRows } from '../../kernel/sql';
import { bodies } from '../bodies/schema';
import { meetings } from '../meetings/schema';
import { getOrganisationProfile } from './queries';
import { settings } from './schema';

/**
 * When the alliance itself (OParl's System and Body, which have no row of their own) came into
 * Samråd and last changed: its profile's first and last save, else its first body. Also the first
 * meeting's start, where the list of legislative terms begins when no founding date is set.
 */
export async function oparlAllianceTimes(ctx: Pick<Ctx, 'db'>) {
  const [row] = await queryRows<{
    profile_first: string | null;
    profile_saved: string | null;
    first_body: string | null;
    first_meeting: string | null;
  }>(
    ctx.db,
    sql`select
      ${isoUtc(sql`(select min(e.at) from ${auditEvents} e where e.entity_type = 'settings' and e.entity_id = 'organisation.profile')`)} as profile_first,
      ${isoUtc(sql`(select s.updated_at from ${settings} s where s.key = 'organisation.profile')`)} as profile_saved,
      ${isoUtc(sql`(select min(b.created_at) from ${bodies} b)`)} as first_body,
      ${isoUtc(sql`(select min(m.starts_at) from ${meetings} m)`)} as first_meeting`,
  );
  return {
    created: row?.profile_first ?? row?.profile_saved ?? row?.first_body ?? null,
    modified: row?.profile_saved ?? row?.first_body ?? null,
    firstMeeting: row?.first_meeting ?? null,
  };
}

/** A four-year term of the municipal councils that appoint the alliance's representatives. */
export interface ElectionPeriod {
  key: string;
  name: string;
  startDate: string;
  endDate: string;
  /** When it began (00:00 in Oslo): a term exists from its first day and never changes. */
  began: string;
}

/**
 * The municipal election periods (kommunestyreperioder) from the one that covers `from` to the one
 * that covers `today`: Norway elects its municipal councils every four years (…, 2015, 2019, 2023,
 * …) and a period runs from 1 October of the election year to 30 September four years on.
 * Representatives to an intermunicipal political council are appointed for that period, so it
 * is the alliance's legislative term; Samråd has no table of terms.
 */
export function electionPeriods(from: string, today: string): ElectionPeriod[] {
  const startOf = (date: string) => {
    const year = Number(date.slice(0, 4));
    let start = year - ((((year - 2019) % 4) + 4) % 4);
    if (date < `${start}-10-01`) start -= 4;
    return start;
  };
  const periods: ElectionPeriod[] = [];
  for (let start = startOf(from); start <= startOf(today); start += 4) {
    periods.push({
      key: `${start}-${start + 4}`,
      name: `Valgperioden ${start}–${start + 4}`,
      startDate: `${start}-10-01`,
      endDate: `${start + 4}-09-30`,
      began: fromOsloLocal(`${start}-10-01T00:00`).toISOString(),
    });
  }
  return periods;
}

/**
 * The alliance as OParl's System and Body: its public profile, the terms from its founding (or
 * its first meeting) to today, and its times — modified also when a new term begins, since the
 * Body carries its terms.
 */
export async function oparlAlliance(ctx: Pick<Ctx, 'db' | 'now'>) {
  const [profile, times] = await Promise.all([getOrganisationProfile(ctx), oparlAllianceTimes(ctx)]);
  const today = todayInOslo(ctx.now);
  const terms = electionPeriods(
    profile.foundedOn ?? (times.firstMeeting ? todayInOslo(new Date(times.firstMeeting)) : today),
    today,
  );
  const newestTerm = terms.at(-1)!.began;
  const created = times.created ?? terms[0]!.began;
  const modified = [times.modified ?? created, newestTerm].sort().at(-1)!;
  return {
    name: profile.name,
    contactEmail: profile.contactEmail,
    terms,
    created,
    modified,
  };
}
