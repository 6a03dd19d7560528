import { and, eq, gte, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../kernel/ctx';
import { Conflict, Validation } from '../../kernel/errors';
import { translate } from '../../kernel/i18n';
import { COUNTY_NUMBER, isValidOrgNumber, MUNICIPALITY_NUMBER, normalizeOrgNumber } from './numbers';
import { counties, memberIdentities, members } from './schema';

export const MemberKind = z.enum(['municipality', 'county', 'other']);
export const OrgNumber = z
  .string()
  .transform(normalizeOrgNumber)
  .refine(isValidOrgNumber, { message: 'members.orgNumberInvalid' });
export const MemberName = z.string().trim().min(1).max(200);
// The length rule is checkIdentity's, which says what a number of each kind looks like.
export const OfficialNumber = z.string().trim().max(10);

export interface IdentityInput {
  kind: 'municipality' | 'county' | 'other';
  name: string;
  number?: string | undefined;
  countyId?: string | undefined;
  /** The first day the identity is in force. */
  from: string;
  /** The member it belongs to, when changing an existing one (its own number is not a clash). */
  memberId?: string;
}

/**
 * The rules an identity must follow on the date it takes effect: a municipality has a 4-digit
 * kommunenummer that starts with its county's number; a county member has its county's 2-digit
 * number; the county must exist on that date; no other member may hold the number then.
 * Returns the county id to store (a county member is its own county).
 */
export async function checkIdentity(ctx: Ctx, input: IdentityInput): Promise<string | null> {
  const t = (key: string, params?: Record<string, string | number>) => translate(ctx.locale, key, params);
  const fail = (field: string, key: string, params?: Record<string, string | number>) => {
    throw new Validation({ [field]: [t(key, params)] });
  };
  const number = input.number?.trim() || undefined;
  if (input.kind === 'other') {
    if (number) fail('number', 'members.numberForOther');
    return input.countyId ? await countyOn(ctx, input.countyId, input.from, fail) : null;
  }
  if (!number) return fail('number', 'validation.required');
  if (input.kind === 'municipality' && !MUNICIPALITY_NUMBER.test(number))
    fail('number', 'members.municipalityNumber');
  if (input.kind === 'county' && !COUNTY_NUMBER.test(number)) fail('number', 'members.countyNumber');

  let countyId = input.countyId;
  if (input.kind === 'county') {
    const [own] = await ctx.db
      .select({ id: counties.id })
      .from(counties)
      .where(
        and(
          eq(counties.number, number!),
          lte(counties.validFrom, input.from),
          or(isNull(counties.validTo), gte(counties.validTo, input.from)),
        ),
      );
    if (!own) fail('number', 'members.unknownCountyNumber', { number: number!, date: input.from });
    countyId = own!.id;
  }
  if (!countyId) return fail('countyId', 'validation.required');
  const county = await countyRow(ctx, countyId, input.from, fail);
  if (input.kind === 'municipality' && !number!.startsWith(county.number)) {
    fail('number', 'members.numberNotInCounty', {
      number: number!,
      county: county.name,
      prefix: county.number,
    });
  }

  // Nobody else may hold the number while this identity is in force.
  const clash = await ctx.db
    .select({ name: memberIdentities.name })
    .from(memberIdentities)
    .innerJoin(members, eq(members.id, memberIdentities.memberId))
    .where(
      and(
        eq(memberIdentities.number, number!),
        input.memberId ? ne(memberIdentities.memberId, input.memberId) : sql`true`,
        or(isNull(memberIdentities.validTo), gte(memberIdentities.validTo, input.from)),
        or(isNull(members.leftOn), gte(members.leftOn, input.from)),
      ),
    )
    .limit(1);
  if (clash[0]) throw new Conflict('members.numberTaken', { number: number!, name: clash[0].name });
  return countyId;
}

type Fail = (field: string, key: string, params?: Record<string, string | number>) => never;

async function countyRow(ctx: Ctx, countyId: string, date: string, fail: Fail) {
  const [county] = await ctx.db.select().from(counties).where(eq(counties.id, countyId));
  if (!county) return fail('countyId', 'members.unknownCounty');
  if (county.validFrom > date || (county.validTo !== null && county.validTo < date)) {
    fail('countyId', 'members.countyNotInForce', { county: county.name, date });
  }
  return county;
}

async function countyOn(ctx: Ctx, countyId: string, date: string, fail: Fail) {
  return (await countyRow(ctx, countyId, date, fail)).id;
}
