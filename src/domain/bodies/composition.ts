import { z } from 'zod';

/**
 * How a body is composed, as data, so the check can count seats on any date:
 * - `one_per_member`: every member has a seat (the cooperation council, the representantskap);
 * - `named_counties_subregions`: named members (Oslo), each county municipality and each sub-region
 *   have one seat each (the board, the coordination group);
 * - `participants`: one seat per member taking part in a scheme (the brand-partnership contributors);
 * - `fixed`: a fixed number of seats (the secretariat of 5);
 * - `open`: no rule (project and ad hoc groups).
 * `deputies`: every seat should also have a deputy member.
 */
export const CompositionRule = z.discriminatedUnion('type', [
  z.object({ type: z.literal('one_per_member'), deputies: z.boolean().default(false) }),
  z.object({
    type: z.literal('named_counties_subregions'),
    namedMemberIds: z.array(z.uuid()).max(20).default([]),
    deputies: z.boolean().default(false),
  }),
  z.object({
    type: z.literal('participants'),
    scheme: z.string().trim().min(1).max(100),
    deputies: z.boolean().default(false),
  }),
  z.object({
    type: z.literal('fixed'),
    seats: z.int().min(1).max(500),
    deputies: z.boolean().default(false),
  }),
  z.object({ type: z.literal('open') }),
]);
export type CompositionRule = z.output<typeof CompositionRule>;

export const COMPOSITION_TYPES = [
  'one_per_member',
  'named_counties_subregions',
  'participants',
  'fixed',
  'open',
] as const;

/** The brand partnership of Oslo Brand Partner Arena; other schemes are free text. */
export const BRAND_PARTNERSHIP = 'brand-partnership';

/** A seat the rule requires on a date: for a member, for a sub-region, or the n-th of a fixed number. */
export type Seat =
  | { kind: 'member'; memberId: string; label: string }
  | { kind: 'subregion'; subregionId: string; label: string }
  | { kind: 'fixed'; index: number };

export interface SeatFacts {
  members: { id: string; name: string; kind: 'municipality' | 'county' | 'other' }[];
  subregions: { id: string; name: string }[];
  participants: (scheme: string) => { id: string; name: string }[];
}

/** The seats a rule asks for, given who the members, sub-regions and participants are on the date. */
export function requiredSeats(rule: CompositionRule, facts: SeatFacts): Seat[] | null {
  switch (rule.type) {
    case 'open':
      return null;
    case 'fixed':
      return Array.from({ length: rule.seats }, (_, index) => ({ kind: 'fixed' as const, index }));
    case 'one_per_member':
      return facts.members.map((m) => ({ kind: 'member' as const, memberId: m.id, label: m.name }));
    case 'participants':
      return facts
        .participants(rule.scheme)
        .map((m) => ({ kind: 'member' as const, memberId: m.id, label: m.name }));
    case 'named_counties_subregions': {
      const current = new Set(facts.members.map((m) => m.id));
      const named = rule.namedMemberIds.filter((id) => current.has(id));
      const counties = facts.members.filter((m) => m.kind === 'county' && !named.includes(m.id));
      return [
        ...named.map((id) => ({
          kind: 'member' as const,
          memberId: id,
          label: facts.members.find((m) => m.id === id)!.name,
        })),
        ...counties.map((m) => ({ kind: 'member' as const, memberId: m.id, label: m.name })),
        ...facts.subregions.map((s) => ({ kind: 'subregion' as const, subregionId: s.id, label: s.name })),
      ];
    }
  }
}
