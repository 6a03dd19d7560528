import { z } from 'zod';
import { addActivity } from '../../../domain/programme/add-activity';
import { addFocusArea } from '../../../domain/programme/add-focus-area';
import { addProgressNote } from '../../../domain/programme/add-progress-note';
import { addRole } from '../../../domain/programme/add-role';
import { adoptProgramme } from '../../../domain/programme/adopt-programme';
import { copyProgramme } from '../../../domain/programme/copy-programme';
import { createProgramme } from '../../../domain/programme/create-programme';
import {
  ActivityFields,
  ActivityStatus,
  Cell,
  FocusAreaFields,
  Position,
  ProgrammeTexts,
  RoleFields,
} from '../../../domain/programme/fields';
import { linkActivity } from '../../../domain/programme/link-activity';
import { moveActivity } from '../../../domain/programme/move-activity';
import { can } from '../../../domain/programme/permissions';
import {
  ActivityDetailView,
  FocusAreaFieldsView,
  ProgrammeModelView,
  presentFocusAreaFields,
  presentRole,
  RoleView,
} from '../../../domain/programme/present';
import { getActivity, getProgramme, listProgrammes } from '../../../domain/programme/queries';
import { removeActivity } from '../../../domain/programme/remove-activity';
import { removeFocusArea } from '../../../domain/programme/remove-focus-area';
import { removeRole } from '../../../domain/programme/remove-role';
import { reopenProgramme } from '../../../domain/programme/reopen-programme';
import { setActivityStatus } from '../../../domain/programme/set-activity-status';
import { unlinkActivity } from '../../../domain/programme/unlink-activity';
import { updateActivity } from '../../../domain/programme/update-activity';
import { updateFocusArea } from '../../../domain/programme/update-focus-area';
import { updateProgramme } from '../../../domain/programme/update-programme';
import { updateRole } from '../../../domain/programme/update-role';
import { DocumentFormat, programmeFile } from '../../../exports/programme-files';
import type { Ctx } from '../../../kernel/ctx';
import { requirePermission } from '../../../kernel/guards';
import { PageParams, paginate } from '../../../kernel/pagination';
import { defineOperation, fileResponse, listBody } from './operation';

const tag = 'Programmes';
const YearParams = z.object({ year: z.coerce.number().int().min(1900).max(2200) });
const IdParams = z.object({ id: z.string() });
const Versioned = z.object({ version: z.int() });
/** A removal names the version the caller read, so nobody's change since is thrown away unseen. */
const VersionQuery = z.object({ version: z.coerce.number().int().min(1) });
const ProgrammeListItem = z.object({
  id: z.uuid(),
  year: z.int(),
  title: z.string(),
  status: z.enum(['draft', 'adopted']),
  adoptedOn: z.iso.date().nullable(),
  activities: z.int(),
});
const DOCUMENT_TYPES = [
  'text/html',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/markdown',
];

/** The programme a write goes to: who may write is asked first (401/403), then which year it is (404). */
async function programmeId(ctx: Ctx, year: number): Promise<string> {
  requirePermission(ctx, can(ctx.actor, 'programme.manage'));
  return (await getProgramme(ctx, year)).programme.id;
}
const documentOperation = (kind: 'programme' | 'report') =>
  defineOperation({
    method: 'get',
    path: `/programmes/{year}/${kind === 'programme' ? 'document' : 'report'}`,
    operationId: kind === 'programme' ? 'getProgrammeDocument' : 'getAnnualReport',
    summary:
      kind === 'programme'
        ? 'The action programme as a document: HTML, tagged PDF, DOCX or Markdown'
        : 'The annual report of the year: the programme with each activity’s status, notes and links, and key figures',
    description:
      kind === 'programme'
        ? 'In the structure of the customer’s document: title page, contents, chapters 1–3 from the register, chapter 4 with one table per focus area.'
        : 'Public once the board has approved it (the cycle’s milestone is done); before that, for signed-in users.',
    tag,
    access: 'public',
    params: YearParams,
    query: z.object({ format: DocumentFormat.default('html') }),
    response: { status: 200, description: 'The document', files: DOCUMENT_TYPES },
    handle: async ({ ctx, params, query }) => {
      const file = await programmeFile(ctx, params.year, kind, query.format);
      return fileResponse(
        typeof file.body === 'string' ? new TextEncoder().encode(file.body) : file.body,
        file.contentType,
        file.filename,
        query.format === 'html' ? 'inline' : 'attachment',
      );
    },
  });

export const programmeOperations = [
  defineOperation({
    method: 'get',
    path: '/programmes',
    operationId: 'listProgrammes',
    summary: 'The action programmes, newest year first',
    description: 'The public sees adopted programmes; signed-in users also see drafts.',
    tag,
    access: 'public',
    query: PageParams,
    response: { status: 200, description: 'A page of programmes', schema: ProgrammeListItem, list: true },
    handle: async ({ ctx, c, query }) => listBody(c, paginate(await listProgrammes(ctx), query, ctx.locale)),
  }),
  defineOperation({
    method: 'post',
    path: '/programmes',
    operationId: 'createProgramme',
    summary: 'Start the programme of a year as an empty draft',
    tag,
    access: 'editor',
    body: ProgrammeTexts.partial({ title: true }).extend({ year: z.int() }),
    response: { status: 201, description: 'The programme', schema: ProgrammeModelView },
    handle: async ({ ctx, body }) =>
      getProgramme(ctx, (await createProgramme({ ctx, input: body as never })).year),
  }),
  defineOperation({
    method: 'get',
    path: '/programmes/{year}',
    operationId: 'getProgramme',
    summary: 'A year’s programme: the programme, its roles, focus areas and activities with their cells',
    description: 'A draft is 404 to the public.',
    tag,
    access: 'public',
    params: YearParams,
    response: { status: 200, description: 'The programme', schema: ProgrammeModelView },
    handle: async ({ ctx, params }) => getProgramme(ctx, params.year),
  }),
  defineOperation({
    method: 'put',
    path: '/programmes/{year}',
    operationId: 'updateProgramme',
    summary: 'Replace the title, vision and edited texts of a draft (send the version you read)',
    tag,
    access: 'editor',
    params: YearParams,
    body: ProgrammeTexts.extend({ version: z.int() }),
    response: { status: 200, description: 'The programme', schema: ProgrammeModelView },
    handle: async ({ ctx, params, body }) => {
      const id = await programmeId(ctx, params.year);
      await updateProgramme({ ctx, input: { ...(body as object), id } as never });
      return getProgramme(ctx, params.year);
    },
  }),
  defineOperation({
    method: 'post',
    path: '/programmes/{year}/adoption',
    operationId: 'adoptProgramme',
    summary: 'Record the case in which the programme was adopted; it becomes public and locked',
    description: 'Marks the year’s cycle milestone “programme and budget adopted” done.',
    tag,
    access: 'editor',
    params: YearParams,
    body: z.object({ version: z.int(), caseId: z.uuid(), adoptedOn: z.iso.date().optional() }),
    response: { status: 200, description: 'The programme', schema: ProgrammeModelView },
    handle: async ({ ctx, params, body }) => {
      const id = await programmeId(ctx, params.year);
      await adoptProgramme({ ctx, input: { ...(body as object), id } as never });
      return getProgramme(ctx, params.year);
    },
  }),
  defineOperation({
    method: 'post',
    path: '/programmes/{year}/reopening',
    operationId: 'reopenProgramme',
    summary: 'Make an adopted programme a draft again, with the reason',
    tag,
    access: 'editor',
    params: YearParams,
    body: z.object({ version: z.int(), reason: z.string() }),
    response: { status: 200, description: 'The programme', schema: ProgrammeModelView },
    handle: async ({ ctx, params, body }) => {
      const id = await programmeId(ctx, params.year);
      await reopenProgramme({ ctx, input: { ...(body as object), id } as never });
      return getProgramme(ctx, params.year);
    },
  }),
  defineOperation({
    method: 'post',
    path: '/programmes/{year}/copy',
    operationId: 'copyProgramme',
    summary: 'Start next year’s programme as a copy of this one',
    description:
      'Every activity is copied with a link to the one it continues; those not done or cancelled are marked as carried over.',
    tag,
    access: 'editor',
    params: YearParams,
    body: z.object({ toYear: z.int().optional() }),
    response: { status: 201, description: 'The new draft', schema: ProgrammeModelView },
    handle: async ({ ctx, params, body }) => {
      const copy = await copyProgramme({
        ctx,
        input: { ...(body as object), fromYear: params.year } as never,
      });
      return getProgramme(ctx, copy.year);
    },
  }),
  documentOperation('programme'),
  documentOperation('report'),
  defineOperation({
    method: 'post',
    path: '/programmes/{year}/roles',
    operationId: 'addProgrammeRole',
    summary: 'Add a role and working form (a row of every matrix)',
    tag,
    access: 'editor',
    params: YearParams,
    body: RoleFields.extend({ position: Position.optional() }),
    response: { status: 201, description: 'The role', schema: RoleView },
    handle: async ({ ctx, params, body }) => {
      const role = await addRole({
        ctx,
        input: { ...(body as object), programmeId: await programmeId(ctx, params.year) } as never,
      });
      return presentRole(role);
    },
  }),
  defineOperation({
    method: 'put',
    path: '/programme-roles/{id}',
    operationId: 'updateProgrammeRole',
    summary: 'Rename a role or move it (send the version you read)',
    tag,
    access: 'editor',
    params: IdParams,
    body: RoleFields.extend({ version: z.int(), position: Position.optional() }),
    response: { status: 200, description: 'The role', schema: RoleView },
    handle: async ({ ctx, params, body }) => {
      const role = await updateRole({ ctx, input: { ...(body as object), id: params.id } as never });
      return presentRole(role);
    },
  }),
  defineOperation({
    method: 'delete',
    path: '/programme-roles/{id}',
    operationId: 'removeProgrammeRole',
    summary: 'Remove a role no activity stands under',
    tag,
    access: 'editor',
    params: IdParams,
    response: { status: 204, description: 'Removed' },
    query: VersionQuery,
    handle: async ({ ctx, params, query }) =>
      removeRole({ ctx, input: { id: params.id, version: query.version } }),
  }),
  defineOperation({
    method: 'post',
    path: '/programmes/{year}/focus-areas',
    operationId: 'addFocusArea',
    summary: 'Add a focus area: a matrix of roles × activities, or a list of ongoing tasks',
    tag,
    access: 'editor',
    params: YearParams,
    body: FocusAreaFields.extend({ position: Position.optional() }),
    response: { status: 201, description: 'The focus area', schema: FocusAreaFieldsView },
    handle: async ({ ctx, params, body }) => {
      const area = await addFocusArea({
        ctx,
        input: { ...(body as object), programmeId: await programmeId(ctx, params.year) } as never,
      });
      return presentFocusAreaFields(area);
    },
  }),
  defineOperation({
    method: 'put',
    path: '/focus-areas/{id}',
    operationId: 'updateFocusArea',
    summary: 'Replace a focus area’s name, kind, intro and comments, or move it (send the version you read)',
    tag,
    access: 'editor',
    params: IdParams,
    body: FocusAreaFields.extend({ version: z.int(), position: Position.optional() }),
    response: { status: 200, description: 'The focus area', schema: FocusAreaFieldsView },
    handle: async ({ ctx, params, body }) => {
      const area = await updateFocusArea({ ctx, input: { ...(body as object), id: params.id } as never });
      return presentFocusAreaFields(area);
    },
  }),
  defineOperation({
    method: 'delete',
    path: '/focus-areas/{id}',
    operationId: 'removeFocusArea',
    summary: 'Remove a focus area that holds no activity',
    tag,
    access: 'editor',
    params: IdParams,
    response: { status: 204, description: 'Removed' },
    query: VersionQuery,
    handle: async ({ ctx, params, query }) =>
      removeFocusArea({ ctx, input: { id: params.id, version: query.version } }),
  }),
  defineOperation({
    method: 'post',
    path: '/programmes/{year}/activities',
    operationId: 'addActivity',
    summary: 'Add an activity to a cell (focus area × role; a task list takes no role)',
    tag,
    access: 'editor',
    params: YearParams,
    body: ActivityFields.extend({
      cell: Cell,
      position: Position.optional(),
      status: ActivityStatus.optional(),
    }),
    response: { status: 201, description: 'The activity', schema: ActivityDetailView },
    handle: async ({ ctx, params, body }) => {
      const activity = await addActivity({
        ctx,
        input: { ...(body as object), programmeId: await programmeId(ctx, params.year) } as never,
      });
      return getActivity(ctx, activity.id);
    },
  }),
  defineOperation({
    method: 'get',
    path: '/activities/{id}',
    operationId: 'getActivity',
    summary: 'An activity with its cells, notes, links and the activities it continues and is continued by',
    description: 'Progress notes are for signed-in users.',
    tag,
    access: 'public',
    params: IdParams,
    response: { status: 200, description: 'The activity', schema: ActivityDetailView },
    handle: async ({ ctx, params }) => getActivity(ctx, params.id),
  }),
  defineOperation({
    method: 'put',
    path: '/activities/{id}',
    operationId: 'updateActivity',
    summary: 'Replace an activity’s text, partners, responsible, period and (optionally) cells',
    tag,
    access: 'editor',
    params: IdParams,
    body: ActivityFields.extend({ version: z.int(), cells: z.array(Cell).optional() }),
    response: { status: 200, description: 'The activity', schema: ActivityDetailView },
    handle: async ({ ctx, params, body }) => {
      await updateActivity({ ctx, input: { ...(body as object), id: params.id } as never });
      return getActivity(ctx, params.id);
    },
  }),
  defineOperation({
    method: 'delete',
    path: '/activities/{id}',
    operationId: 'removeActivity',
    summary: 'Remove an activity from a draft, with its notes and links',
    tag,
    access: 'editor',
    params: IdParams,
    response: { status: 204, description: 'Removed' },
    query: VersionQuery,
    handle: async ({ ctx, params, query }) =>
      removeActivity({ ctx, input: { id: params.id, version: query.version } }),
  }),
  defineOperation({
    method: 'post',
    path: '/activities/{id}/moves',
    operationId: 'moveActivity',
    summary: 'Move one of an activity’s places to another cell or position',
    tag,
    access: 'editor',
    params: IdParams,
    body: Cell.extend({ placementId: z.uuid(), position: Position.optional() }),
    response: { status: 200, description: 'The activity', schema: ActivityDetailView },
    handle: async ({ ctx, params, body }) => {
      await moveActivity({ ctx, input: { ...(body as object), activityId: params.id } as never });
      return getActivity(ctx, params.id);
    },
  }),
  defineOperation({
    method: 'put',
    path: '/activities/{id}/status',
    operationId: 'setActivityStatus',
    summary: 'Follow-up: set the status, with an optional note (also on adopted programmes)',
    tag,
    access: 'editor',
    params: IdParams,
    body: Versioned.extend({ status: ActivityStatus, note: z.string().optional() }),
    response: { status: 200, description: 'The activity', schema: ActivityDetailView },
    handle: async ({ ctx, params, body }) => {
      await setActivityStatus({ ctx, input: { ...(body as object), id: params.id } as never });
      return getActivity(ctx, params.id);
    },
  }),
  defineOperation({
    method: 'post',
    path: '/activities/{id}/notes',
    operationId: 'addProgressNote',
    summary: 'Add a dated progress note',
    tag,
    access: 'editor',
    params: IdParams,
    body: z.object({ notedOn: z.iso.date().optional(), text: z.string() }),
    response: { status: 201, description: 'The activity', schema: ActivityDetailView },
    handle: async ({ ctx, params, body }) => {
      await addProgressNote({ ctx, input: { ...(body as object), activityId: params.id } as never });
      return getActivity(ctx, params.id);
    },
  }),
  defineOperation({
    method: 'post',
    path: '/activities/{id}/links',
    operationId: 'linkActivity',
    summary: 'Link an activity to the meeting, case or case document that carried it out (one of them)',
    tag,
    access: 'editor',
    params: IdParams,
    body: z.object({
      meetingId: z.uuid().optional(),
      caseId: z.uuid().optional(),
      documentId: z.uuid().optional(),
    }),
    response: { status: 201, description: 'The activity', schema: ActivityDetailView },
    handle: async ({ ctx, params, body }) => {
      await linkActivity({ ctx, input: { ...(body as object), activityId: params.id } as never });
      return getActivity(ctx, params.id);
    },
  }),
  defineOperation({
    method: 'delete',
    path: '/activity-links/{id}',
    operationId: 'unlinkActivity',
    summary: 'Remove a link from an activity',
    tag,
    access: 'editor',
    params: IdParams,
    response: { status: 204, description: 'Removed' },
    handle: async ({ ctx, params }) => unlinkActivity({ ctx, input: { id: params.id } }),
  }),
];
