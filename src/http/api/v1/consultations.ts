import { z } from 'zod';
import { DocumentView } from '../../../domain/cases/present';
import { ConsultationBase } from '../../../domain/consultations/fields';
import {
  ConsultationView,
  PublicResponseView,
  presentConsultation,
} from '../../../domain/consultations/present';
import {
  consultationOverview,
  getConsultation,
  getPublicResponse,
  ListConsultationsParams,
  listConsultations,
  publicResponses,
} from '../../../domain/consultations/queries';
import {
  RegisterConsultationInput,
  registerConsultation,
} from '../../../domain/consultations/register-consultation';
import {
  SetConsultationResponseInput,
  setConsultationResponse,
} from '../../../domain/consultations/set-consultation-response';
import {
  SetConsultationStatusInput,
  setConsultationStatus,
} from '../../../domain/consultations/set-consultation-status';
import { updateConsultation } from '../../../domain/consultations/update-consultation';
import { todayInOslo } from '../../../kernel/dates';
import { paginate } from '../../../kernel/pagination';
import { defineOperation, listBody } from './operation';

const tag = 'Consultations';
const IdParams = z.object({ id: z.string() });
const PUBLIC =
  'Anonymous callers read only the answered (submitted) consultations, with the public fields: title, authority, ' +
  'reference, deadline, submission day, the adopting body and case number, and the response document when it is ' +
  'public (an exempt one is never named). Signed-in callers read the register.';
const Detail = z.object({
  consultation: ConsultationView,
  focusArea: z.object({ id: z.uuid(), name: z.string(), year: z.int().nullable() }).nullable(),
  responsible: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  case: z
    .object({
      id: z.uuid(),
      number: z.string(),
      title: z.string().nullable(),
      bodyName: z.string(),
      status: z.string(),
      decidedOn: z.iso.date().nullable(),
      withheld: z.boolean(),
    })
    .nullable(),
  responseDocument: DocumentView.extend({ caseNumber: z.string() }).nullable(),
});
const present = (row: Parameters<typeof presentConsultation>[0], now: Date) =>
  presentConsultation(row, todayInOslo(now));

export const consultationOperations = [
  defineOperation({
    method: 'get',
    path: '/consultations',
    operationId: 'listConsultations',
    summary: 'Consultations (høringer), latest deadline first',
    description: `Filter by \`status\`, \`year\` (of the deadline) and \`q\` (a word of the title, authority or reference). ${PUBLIC}`,
    tag,
    access: 'public',
    query: ListConsultationsParams,
    response: {
      status: 200,
      description: 'A page of consultations',
      schema: z.union([ConsultationView, PublicResponseView]),
      list: true,
    },
    handle: async ({ ctx, c, query }) =>
      ctx.actor.kind === 'anonymous'
        ? listBody(
            c,
            paginate(await publicResponses(ctx, { year: query.year, q: query.q }), query, ctx.locale),
          )
        : listBody(c, await listConsultations(ctx, query)),
  }),
  defineOperation({
    method: 'get',
    path: '/consultations/overview',
    operationId: 'consultationOverview',
    summary: "The secretariat's overview: due next (30 days, overdue first), later, answered late, closed",
    tag,
    access: 'signed-in',
    response: {
      status: 200,
      description: 'The overview',
      schema: z.object({
        today: z.iso.date(),
        dueNext: z.array(ConsultationView),
        later: z.array(ConsultationView),
        answeredLate: z.array(ConsultationView),
        closed: z.array(ConsultationView),
      }),
    },
    handle: async ({ ctx }) => {
      const o = await consultationOverview(ctx);
      const all = (rows: typeof o.dueNext) => rows.map((r) => present(r, ctx.now));
      return {
        today: o.today,
        dueNext: all(o.dueNext),
        later: all(o.later),
        answeredLate: all(o.answeredLate),
        closed: all(o.closed),
      };
    },
  }),
  defineOperation({
    method: 'get',
    path: '/consultations/{id}',
    operationId: 'getConsultation',
    summary: 'A consultation with its focus area, responsible person, case and response document',
    description: PUBLIC,
    tag,
    access: 'public',
    params: IdParams,
    response: {
      status: 200,
      description: 'The consultation',
      schema: z.union([Detail, PublicResponseView]),
    },
    handle: ({ ctx, params }) =>
      ctx.actor.kind === 'anonymous' ? getPublicResponse(ctx, params.id) : getConsultation(ctx, params.id),
  }),
  defineOperation({
    method: 'post',
    path: '/consultations',
    operationId: 'registerConsultation',
    summary: 'Register a consultation the alliance has received',
    tag,
    access: 'editor',
    body: RegisterConsultationInput,
    response: { status: 201, description: 'The consultation', schema: ConsultationView },
    handle: async ({ ctx, body }) =>
      present(await registerConsultation({ ctx, input: body as never }), ctx.now),
  }),
  defineOperation({
    method: 'patch',
    path: '/consultations/{id}',
    operationId: 'updateConsultation',
    summary: 'Correct what was registered (send the version you read); a moved deadline is reminded anew',
    tag,
    access: 'editor',
    params: IdParams,
    body: ConsultationBase.extend({ version: z.int() }),
    response: { status: 200, description: 'The consultation', schema: ConsultationView },
    handle: async ({ ctx, params, body }) =>
      present(
        await updateConsultation({ ctx, input: { ...(body as object), id: params.id } as never }),
        ctx.now,
      ),
  }),
  defineOperation({
    method: 'post',
    path: '/consultations/{id}/status',
    operationId: 'setConsultationStatus',
    summary:
      'Move it along (assessing, drafting, adopted in a case, submitted on a day) or close it as not answered',
    description:
      '`adopted` and `submitted` need the case (`caseId`) once; `submitted` takes `submittedOn` (today by default); ' +
      '`not_answered` needs a `reason`.',
    tag,
    access: 'editor',
    params: IdParams,
    body: SetConsultationStatusInput.omit({ id: true }),
    response: { status: 200, description: 'The consultation', schema: ConsultationView },
    handle: async ({ ctx, params, body }) =>
      present(
        await setConsultationStatus({ ctx, input: { ...(body as object), id: params.id } as never }),
        ctx.now,
      ),
  }),
  defineOperation({
    method: 'put',
    path: '/consultations/{id}/response',
    operationId: 'setConsultationResponse',
    summary: "Name the response document, a document of the consultation's case (null takes it away)",
    tag,
    access: 'editor',
    params: IdParams,
    body: SetConsultationResponseInput.omit({ id: true }),
    response: { status: 200, description: 'The consultation', schema: ConsultationView },
    handle: async ({ ctx, params, body }) =>
      present(
        await setConsultationResponse({ ctx, input: { ...(body as object), id: params.id } as never }),
        ctx.now,
      ),
  }),
];
