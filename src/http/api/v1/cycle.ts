import { z } from 'zod';
import { MILESTONE_KINDS } from '../../../domain/cycle/fields';
import { planCycle } from '../../../domain/cycle/plan-cycle';
import { MilestoneView } from '../../../domain/cycle/present';
import { cycleCalendar, getCycle } from '../../../domain/cycle/queries';
import { updateMilestone } from '../../../domain/cycle/update-milestone';
import { NotFound } from '../../../kernel/errors';
import { defineOperation } from './operation';

const tag = 'Annual cycle';
const YearParams = z.object({ year: z.coerce.number().int().min(1900).max(2200) });
const CycleView = z.object({
  year: z.int(),
  planned: z.boolean(),
  milestones: z.array(MilestoneView),
  unplanned: z
    .array(z.object({ kind: z.enum(MILESTONE_KINDS), windowFrom: z.iso.date(), windowTo: z.iso.date() }))
    .describe('The milestones not yet planned, with the windows the settings would give them'),
});
const CalendarView = z.object({
  year: z.int(),
  milestones: z.array(MilestoneView),
  meetings: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      bodyName: z.string(),
      day: z.iso.date(),
      status: z.string(),
    }),
  ),
});

export const cycleOperations = [
  defineOperation({
    method: 'get',
    path: '/cycle/{year}',
    operationId: 'getCycle',
    summary: 'The annual cycle of a plan year: its milestones, each with its window, state, meeting and case',
    description: 'The fee and the programme fall in the year before, the annual report in the year after.',
    tag,
    access: 'public',
    params: YearParams,
    response: { status: 200, description: 'The cycle', schema: CycleView },
    handle: async ({ ctx, params }) => getCycle(ctx, params.year),
  }),
  defineOperation({
    method: 'post',
    path: '/cycle/{year}',
    operationId: 'planCycle',
    summary: 'Plan a year’s milestones with the windows of the settings',
    tag,
    access: 'editor',
    params: YearParams,
    response: { status: 201, description: 'The cycle', schema: CycleView },
    handle: async ({ ctx, params }) => {
      await planCycle({ ctx, input: { year: params.year } });
      return getCycle(ctx, params.year);
    },
  }),
  defineOperation({
    method: 'get',
    path: '/cycle/{year}/calendar',
    operationId: 'getCycleCalendar',
    summary: 'A calendar year as the wheel draws it: the milestones that fall in it and its meetings',
    tag,
    access: 'public',
    params: YearParams,
    response: { status: 200, description: 'The year', schema: CalendarView },
    handle: async ({ ctx, params }) => cycleCalendar(ctx, params.year),
  }),
  defineOperation({
    method: 'put',
    path: '/milestones/{id}',
    operationId: 'updateMilestone',
    summary: 'Replace a milestone: its window, and where and when it happened (send the version you read)',
    description:
      'Fields left out are cleared: send doneOn, meetingId, caseId and notes as you read them to keep them.',
    tag,
    access: 'editor',
    params: z.object({ id: z.string() }),
    body: z.object({
      version: z.int(),
      windowFrom: z.iso.date(),
      windowTo: z.iso.date(),
      doneOn: z.iso.date().nullable().optional(),
      meetingId: z.uuid().nullable().optional(),
      caseId: z.uuid().nullable().optional(),
      notes: z.string().optional(),
    }),
    response: { status: 200, description: 'The milestone', schema: MilestoneView },
    handle: async ({ ctx, params, body }) => {
      const row = await updateMilestone({ ctx, input: { ...(body as object), id: params.id } as never });
      const found = (await getCycle(ctx, row.year)).milestones.find((m) => m.id === row.id);
      if (!found) throw new NotFound('milestone');
      return found;
    },
  }),
];
