import { z } from 'zod';
import { addAgendaItem } from '../../../domain/meetings/add-agenda-item';
import { approveMinutes } from '../../../domain/meetings/approve-minutes';
import { cancelMeeting } from '../../../domain/meetings/cancel-meeting';
import { MeetingBase } from '../../../domain/meetings/fields';
import { moveAgendaItem } from '../../../domain/meetings/move-agenda-item';
import {
  AgendaItemView,
  MeetingDetailView,
  MeetingView,
  presentMeeting,
  presentMeetingDetail,
} from '../../../domain/meetings/present';
import { getMeeting, ListMeetingsParams, listMeetingsPage } from '../../../domain/meetings/queries';
import { RecordAttendanceInput, recordAttendance } from '../../../domain/meetings/record-attendance';
import { RecordDecisionInput, recordDecision } from '../../../domain/meetings/record-decision';
import { removeAgendaItem } from '../../../domain/meetings/remove-agenda-item';
import { scheduleMeeting } from '../../../domain/meetings/schedule-meeting';
import { sendNotice } from '../../../domain/meetings/send-notice';
import { updateMeeting } from '../../../domain/meetings/update-meeting';
import type { Ctx } from '../../../kernel/ctx';
import { NotFound } from '../../../kernel/errors';
import { PageParams, paginate } from '../../../kernel/pagination';
import { defineOperation, listBody } from './operation';

const tag = 'Meetings';
const IdParams = z.object({ id: z.string() });
const Versioned = z.object({ version: z.int() });
const detail = async (ctx: Ctx, id: string) => presentMeetingDetail(await getMeeting(ctx, id));
const item = async (ctx: Ctx, meetingId: string, itemId: string) => {
  const found = (await detail(ctx, meetingId)).agenda.find((i) => i.id === itemId);
  if (!found) throw new NotFound('agendaItem');
  return found;
};

export const meetingOperations = [
  defineOperation({
    method: 'get',
    path: '/meetings',
    operationId: 'listMeetings',
    summary: 'Meetings in a period, earliest first',
    description: '`from` and `to` are dates in Oslo, inclusive.',
    tag,
    access: 'public',
    query: ListMeetingsParams.extend(PageParams.shape),
    response: { status: 200, description: 'A page of meetings', schema: MeetingView, list: true },
    handle: async ({ ctx, c, query }) => {
      const page = await listMeetingsPage(ctx, query);
      return listBody(c, { ...page, items: page.items.map(presentMeeting) });
    },
  }),
  defineOperation({
    method: 'get',
    path: '/meetings/{id}',
    operationId: 'getMeeting',
    summary: 'A meeting with its agenda, attendance and votes',
    description:
      'The public reads the agenda once the notice is sent, and decisions, attendance and votes once the minutes are approved. ' +
      'Exempt items show their case number and legal basis only, to callers without access to the body.',
    tag,
    access: 'public',
    params: IdParams,
    response: { status: 200, description: 'The meeting', schema: MeetingDetailView },
    handle: ({ ctx, params }) => detail(ctx, params.id),
  }),
  defineOperation({
    method: 'post',
    path: '/meetings',
    operationId: 'scheduleMeeting',
    summary: 'Plan a meeting of a body',
    tag,
    access: 'editor',
    body: MeetingBase.extend({ bodyId: z.uuid() }),
    response: { status: 201, description: 'The meeting', schema: MeetingDetailView },
    handle: async ({ ctx, body }) => detail(ctx, (await scheduleMeeting({ ctx, input: body as never })).id),
  }),
  defineOperation({
    method: 'put',
    path: '/meetings/{id}',
    operationId: 'updateMeeting',
    summary: 'Replace when, where and whether a meeting is open (send the version you read)',
    tag,
    access: 'editor',
    params: IdParams,
    body: MeetingBase.extend({ version: z.int() }),
    response: { status: 200, description: 'The meeting', schema: MeetingDetailView },
    handle: async ({ ctx, params, body }) =>
      detail(ctx, (await updateMeeting({ ctx, input: { ...(body as object), id: params.id } as never })).id),
  }),
  defineOperation({
    method: 'post',
    path: '/meetings/{id}/cancellation',
    operationId: 'cancelMeeting',
    summary: 'Cancel a meeting',
    tag,
    access: 'editor',
    params: IdParams,
    body: Versioned,
    response: { status: 200, description: 'The cancelled meeting', schema: MeetingDetailView },
    handle: async ({ ctx, params, body }) =>
      detail(ctx, (await cancelMeeting({ ctx, input: { ...(body as object), id: params.id } as never })).id),
  }),
  defineOperation({
    method: 'post',
    path: '/meetings/{id}/agenda-items',
    operationId: 'addAgendaItem',
    summary: 'Put a case (or an information item with a title) last on the agenda',
    tag,
    access: 'editor',
    params: IdParams,
    body: z.object({
      caseId: z.uuid().optional(),
      title: z.string().optional(),
      election: z.boolean().optional(),
    }),
    response: { status: 201, description: 'The item', schema: AgendaItemView },
    handle: async ({ ctx, params, body }) => {
      const row = await addAgendaItem({ ctx, input: { ...(body as object), meetingId: params.id } as never });
      return item(ctx, params.id, row.id);
    },
  }),
  defineOperation({
    method: 'patch',
    path: '/agenda-items/{id}',
    operationId: 'moveAgendaItem',
    summary: 'Move an agenda item to another place (1 = first)',
    tag,
    access: 'editor',
    params: IdParams,
    body: z.object({ position: z.int().min(1) }),
    response: { status: 200, description: 'The agenda item ids in their new order' },
    handle: async ({ ctx, params, body }) => ({
      order: await moveAgendaItem({ ctx, input: { ...(body as object), id: params.id } as never }),
    }),
  }),
  defineOperation({
    method: 'delete',
    path: '/agenda-items/{id}',
    operationId: 'removeAgendaItem',
    summary: 'Take an item off the agenda',
    tag,
    access: 'editor',
    params: IdParams,
    response: { status: 204, description: 'Removed' },
    handle: async ({ ctx, params }) => removeAgendaItem({ ctx, input: { id: params.id } }),
  }),
  defineOperation({
    method: 'post',
    path: '/meetings/{id}/notice',
    operationId: 'sendNotice',
    summary: 'Send the notice to everyone appointed to the body',
    description:
      'At least the configured number of days ahead (default 7) unless `urgentReason` says why not. ' +
      'Without SMTP the mail waits in the outbox.',
    tag,
    access: 'editor',
    params: IdParams,
    body: Versioned.extend({ urgentReason: z.string().optional() }),
    response: { status: 200, description: 'How many got it, and the meeting' },
    handle: async ({ ctx, c, params, body }) => {
      const baseUrl = c.get('publicUrl');
      const result = await sendNotice({
        ctx,
        input: { ...(body as object), id: params.id, baseUrl } as never,
      });
      return { recipients: result.recipients, meeting: await detail(ctx, params.id) };
    },
  }),
  defineOperation({
    method: 'put',
    path: '/meetings/{id}/attendance',
    operationId: 'recordAttendance',
    summary: 'Record who came (present, absent, or which deputy met); the meeting is then held',
    tag,
    access: 'editor',
    params: IdParams,
    body: RecordAttendanceInput.omit({ meetingId: true }),
    response: { status: 200, description: 'The meeting', schema: MeetingDetailView },
    handle: async ({ ctx, params, body }) => {
      await recordAttendance({ ctx, input: { ...(body as object), meetingId: params.id } as never });
      return detail(ctx, params.id);
    },
  }),
  defineOperation({
    method: 'post',
    path: '/meetings/{id}/minutes-approval',
    operationId: 'approveMinutes',
    summary: 'Approve the minutes; the meeting is published and no longer changes',
    tag,
    access: 'editor',
    params: IdParams,
    body: Versioned.extend({ minutesNotes: z.string().optional() }),
    response: { status: 200, description: 'The meeting', schema: MeetingDetailView },
    handle: async ({ ctx, params, body }) =>
      detail(ctx, (await approveMinutes({ ctx, input: { ...(body as object), id: params.id } as never })).id),
  }),
];

const VoteView = z.object({
  meetingId: z.uuid(),
  agendaItemId: z.uuid(),
  caseNumber: z.string().nullable(),
  appointmentId: z.uuid(),
  personName: z.string(),
  onBehalf: z.string().nullable(),
  choice: z.enum(['for', 'against', 'abstain']),
});

export const voteOperations = [
  defineOperation({
    method: 'get',
    path: '/votes',
    operationId: 'listVotes',
    summary: 'Who voted how at a meeting, item by item',
    description:
      'The public sees votes once the minutes are approved; votes on withheld items are never listed.',
    tag: 'Votes',
    access: 'public',
    query: PageParams.extend({ meetingId: z.uuid() }),
    response: { status: 200, description: 'A page of votes', schema: VoteView, list: true },
    handle: async ({ ctx, c, query }) => {
      const meeting = await detail(ctx, query.meetingId);
      const votes = meeting.agenda.flatMap((i) =>
        (i.votes ?? []).map((v) => ({
          meetingId: meeting.id,
          agendaItemId: i.id,
          caseNumber: i.caseNumber,
          ...v,
        })),
      );
      return listBody(c, paginate(votes, query, ctx.locale));
    },
  }),
  defineOperation({
    method: 'post',
    path: '/votes',
    operationId: 'recordDecision',
    summary: "Record an agenda item's votes and decision",
    description:
      'The result is counted from the votes: a tie goes the way of the chair (not in elections). With fewer than half ' +
      'of the voting members present the decision is refused (422). `unanimous` records every voting member present for.',
    tag: 'Votes',
    access: 'editor',
    body: RecordDecisionInput,
    response: { status: 201, description: 'The agenda item with its count', schema: AgendaItemView },
    handle: async ({ ctx, body }) => {
      const row = await recordDecision({ ctx, input: body as never });
      return item(ctx, row.meetingId, row.id);
    },
  }),
];
