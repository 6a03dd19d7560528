import { z } from 'zod';
import type { MemberOnDate } from './queries';

/** A member as the API shows it; `notes` and `evidence` only to signed-in callers. */
export const MemberView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(['municipality', 'county', 'other']),
  number: z
    .string()
    .nullable()
    .describe('Kommunenummer (4 digits) or fylkesnummer (2 digits) on the date asked for'),
  orgNumber: z.string().nullable(),
  county: z.object({ id: z.uuid(), number: z.string(), name: z.string() }).nullable(),
  subregion: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  joinedOn: z.iso.date(),
  leftOn: z.iso.date().nullable().describe('The last day of membership'),
  leftReason: z.enum(['exit', 'merged', 'other']).nullable(),
  exitNoticeOn: z.iso.date().nullable(),
  notes: z.string().optional(),
  evidence: z.string().optional(),
  version: z.int(),
  links: z.object({ self: z.string() }),
});
export type MemberView = z.output<typeof MemberView>;

export function presentMember(member: MemberOnDate, internal: boolean): MemberView {
  const { notes, evidence, ...open } = member;
  return {
    ...open,
    ...(internal ? { notes, evidence } : {}),
    links: { self: `/api/v1/members/${member.id}` },
  };
}
