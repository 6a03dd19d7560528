import { z } from 'zod';
import type { CaseReference } from '../cases/references';
import type { MeetingReference } from '../meetings/references';
import { MILESTONE_BODY_KIND, MILESTONE_KINDS } from './fields';
import type { MilestoneRow } from './rows';
import { milestoneState } from './windows';

export const MilestoneView = z.object({
  id: z.uuid(),
  year: z.int().describe('The plan year the milestone belongs to'),
  kind: z.enum(MILESTONE_KINDS),
  bodyKind: z.enum(['council', 'board']).describe('The body whose meeting completes it'),
  windowFrom: z.iso.date(),
  windowTo: z.iso.date(),
  doneOn: z.iso.date().nullable(),
  state: z.enum(['upcoming', 'due', 'late', 'done']),
  doneLate: z.boolean().describe('Done after its window closed'),
  meeting: z.object({ id: z.uuid(), title: z.string(), bodyName: z.string(), day: z.iso.date() }).nullable(),
  case: z
    .object({ id: z.uuid(), number: z.string(), title: z.string().nullable(), withheld: z.boolean() })
    .nullable(),
  notes: z.string().nullable().describe("The secretariat's notes; null for the public"),
  version: z.int(),
});
export type MilestoneView = z.output<typeof MilestoneView>;

/** A milestone as it may leave: linked cases withheld as their pages withhold them, notes only for signed-in users. */
export function presentMilestone(
  row: MilestoneRow,
  today: string,
  refs: { meeting: MeetingReference | undefined; case: CaseReference | undefined; internal: boolean },
): MilestoneView {
  return {
    id: row.id,
    year: row.year,
    kind: row.kind,
    bodyKind: MILESTONE_BODY_KIND[row.kind],
    windowFrom: row.windowFrom,
    windowTo: row.windowTo,
    doneOn: row.doneOn,
    state: milestoneState(row, today),
    doneLate: row.doneOn !== null && row.doneOn > row.windowTo,
    meeting: refs.meeting
      ? {
          id: refs.meeting.id,
          title: refs.meeting.title,
          bodyName: refs.meeting.bodyName,
          day: refs.meeting.day,
        }
      : null,
    case: refs.case
      ? { id: refs.case.id, number: refs.case.number, title: refs.case.title, withheld: refs.case.withheld }
      : null,
    notes: refs.internal ? row.notes : null,
    version: row.version,
  };
}
