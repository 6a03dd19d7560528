import { z } from 'zod';

/**
 * The milestones of a plan year Y, in the order they fall: the council sets the fee for Y (spring
 * Y−1), the board adopts programme and budget (late autumn Y−1), the board approves the annual
 * report and accounts (March Y+1), which go to the council for information (its next meeting).
 */
export const MILESTONE_KINDS = ['fee', 'programme_budget', 'annual_report', 'report_to_council'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export const MilestoneKind = z.enum(MILESTONE_KINDS);

/** The kind of body whose meeting completes each milestone. */
export const MILESTONE_BODY_KIND: Record<MilestoneKind, 'council' | 'board'> = {
  fee: 'council',
  programme_budget: 'board',
  annual_report: 'board',
  report_to_council: 'council',
};

const Month = z.coerce.number().int().min(1).max(12);

/** When a milestone is due: months of the year before, of, or after the plan year. */
export const MilestoneWindow = z
  .object({
    yearOffset: z.coerce.number().int().min(-1).max(1),
    fromMonth: Month,
    toMonth: Month,
  })
  .refine((v) => v.toMonth >= v.fromMonth, { path: ['toMonth'], message: 'cycle.windowOrder' });
export type MilestoneWindow = z.output<typeof MilestoneWindow>;
