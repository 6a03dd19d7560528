import { z } from 'zod';
import { addCaseDocument } from '../../../domain/cases/add-case-document';
import { AddFollowUpInput, addFollowUp, FollowUpFields } from '../../../domain/cases/add-follow-up';
import { Access, CaseBase } from '../../../domain/cases/fields';
import { CaseView, DocumentView, FollowUpView, presentCase } from '../../../domain/cases/present';
import {
  getCase,
  getDocumentFile,
  getFollowUp,
  ListCasesParams,
  ListFollowUpsParams,
  listCases,
  listFollowUps,
} from '../../../domain/cases/queries';
import { registerCase } from '../../../domain/cases/register-case';
import { removeCaseDocument } from '../../../domain/cases/remove-case-document';
import { updateCase } from '../../../domain/cases/update-case';
import { updateCaseDocument } from '../../../domain/cases/update-case-document';
import { updateFollowUp } from '../../../domain/cases/update-follow-up';
import type { Ctx } from '../../../kernel/ctx';
import { NotFound } from '../../../kernel/errors';
import { PageParams, paginate } from '../../../kernel/pagination';
import { defineOperation, fileResponse, listBody } from './operation';

const tag = 'Cases';
const IdParams = z.object({ id: z.string() });
const CaseListItem = CaseView.extend({ bodyName: z.string() });
const CaseDetail = z.object({
  case: CaseView,
  bodyName: z.string(),
  documents: z.array(DocumentView),
  route: z.array(z.object({ bodyId: z.uuid(), name: z.string() })),
  followUps: z.array(FollowUpView).describe('Empty for callers who may not see the case content'),
});
const Status = z.enum(['registered', 'in_progress', 'decided', 'closed', 'withdrawn']);
const present = (row: Awaited<ReturnType<typeof registerCase>>) => presentCase(row, true);

/** An attachment as its case presents it (exempt when the case is). */
async function document(ctx: Ctx, caseId: string, id: string) {
  const found = (await getCase(ctx, caseId)).documents.find((d) => d.id === id);
  if (!found) throw new NotFound('document');
  return found;
}

const EXEMPT =
  'An exempt case (with its legal basis, e.g. "Offl. § 14") shows anyone without access to its body only its number, ' +
  'legal basis and — unless the title itself is exempt — its title.';

export const caseOperations = [
  defineOperation({
    method: 'get',
    path: '/cases',
    operationId: 'listCases',
    summary: 'Cases, newest number first',
    description: `Filter by body, year, status, open (not yet decided) or \`q\` (a title word or a number like 39/19). ${EXEMPT}`,
    tag,
    access: 'public',
    query: ListCasesParams,
    response: { status: 200, description: 'A page of cases', schema: CaseListItem, list: true },
    handle: async ({ ctx, c, query }) => listBody(c, await listCases(ctx, query)),
  }),
  defineOperation({
    method: 'get',
    path: '/cases/{id}',
    operationId: 'getCase',
    summary: 'A case with its attachments, route and follow-ups',
    description: EXEMPT,
    tag,
    access: 'public',
    params: IdParams,
    response: { status: 200, description: 'The case', schema: CaseDetail },
    handle: async ({ ctx, params }) => {
      const { canSeeExempt: _, ...detail } = await getCase(ctx, params.id);
      return detail;
    },
  }),
  defineOperation({
    method: 'post',
    path: '/cases',
    operationId: 'registerCase',
    summary: 'Register a case; it gets the next number of its body and year',
    tag,
    access: 'editor',
    body: CaseBase.extend({
      bodyId: z.uuid(),
      registeredOn: z.iso.date().optional(),
      number: z.string().optional(),
    }),
    response: { status: 201, description: 'The case', schema: CaseView },
    handle: async ({ ctx, body }) => present(await registerCase({ ctx, input: body as never })),
  }),
  defineOperation({
    method: 'put',
    path: '/cases/{id}',
    operationId: 'updateCase',
    summary: 'Replace a case (send the version you read)',
    tag,
    access: 'editor',
    params: IdParams,
    body: CaseBase.extend({ version: z.int(), status: Status.optional() }),
    response: { status: 200, description: 'The case', schema: CaseView },
    handle: async ({ ctx, params, body }) =>
      present(await updateCase({ ctx, input: { ...(body as object), id: params.id } as never })),
  }),
  defineOperation({
    method: 'get',
    path: '/cases/{id}/documents',
    operationId: 'listCaseDocuments',
    summary: "A case's attachments",
    description:
      'An exempt attachment shows only that it exists, its type, size and legal basis to callers without access.',
    tag,
    access: 'public',
    params: IdParams,
    query: PageParams,
    response: { status: 200, description: 'The attachments', schema: DocumentView, list: true },
    handle: async ({ ctx, c, params, query }) =>
      listBody(c, paginate((await getCase(ctx, params.id)).documents, query, ctx.locale)),
  }),
  defineOperation({
    method: 'post',
    path: '/cases/{id}/documents',
    operationId: 'addCaseDocument',
    summary: 'Attach a file (PDF, DOCX, XLSX, PNG, JPEG; at most 20 MB; the type is read from the content)',
    tag,
    access: 'editor',
    params: IdParams,
    upload: true,
    body: Access.extend({ title: z.string() }),
    response: { status: 201, description: 'The attachment', schema: DocumentView },
    handle: async ({ ctx, params, body }) => {
      const meta = await addCaseDocument({ ctx, input: { ...(body as object), caseId: params.id } as never });
      return document(ctx, meta.caseId, meta.id);
    },
  }),
  defineOperation({
    method: 'get',
    path: '/documents/{id}/content',
    operationId: 'downloadDocument',
    summary: "An attachment's file",
    description:
      'A withheld attachment is 404 to anonymous callers and 403 to signed-in callers without access.',
    tag,
    access: 'public',
    params: IdParams,
    response: { status: 200, description: 'The file', files: ['application/octet-stream'] },
    handle: async ({ ctx, params }) => {
      const file = await getDocumentFile(ctx, params.id);
      return fileResponse(new Uint8Array(file.content), file.contentType, file.filename);
    },
  }),
  defineOperation({
    method: 'put',
    path: '/documents/{id}',
    operationId: 'updateCaseDocument',
    summary: 'Rename an attachment or change its access (send the version you read)',
    tag,
    access: 'editor',
    params: IdParams,
    body: Access.extend({ title: z.string(), version: z.int() }),
    response: { status: 200, description: 'The attachment', schema: DocumentView },
    handle: async ({ ctx, params, body }) => {
      const after = await updateCaseDocument({ ctx, input: { ...(body as object), id: params.id } as never });
      return document(ctx, after.caseId, after.id);
    },
  }),
  defineOperation({
    method: 'delete',
    path: '/documents/{id}',
    operationId: 'removeCaseDocument',
    summary: 'Remove an attachment',
    tag,
    access: 'editor',
    params: IdParams,
    response: { status: 204, description: 'Removed' },
    handle: async ({ ctx, params }) => removeCaseDocument({ ctx, input: { id: params.id } }),
  }),
];

export const followUpOperations = [
  defineOperation({
    method: 'get',
    path: '/follow-ups',
    operationId: 'listFollowUps',
    summary: 'Follow-up tasks per body, overdue first',
    description:
      'Open and in-progress tasks unless `all=true`. Tasks of exempt cases only for callers with access.',
    tag: 'Follow-ups',
    access: 'signed-in',
    query: ListFollowUpsParams.extend(PageParams.shape),
    response: {
      status: 200,
      description: 'A page of tasks',
      schema: FollowUpView.extend({
        bodyId: z.uuid(),
        bodyName: z.string(),
        caseNumber: z.string(),
        caseTitle: z.string(),
      }),
      list: true,
    },
    handle: async ({ ctx, c, query }) =>
      listBody(c, paginate(await listFollowUps(ctx, query), query, ctx.locale)),
  }),
  defineOperation({
    method: 'post',
    path: '/follow-ups',
    operationId: 'addFollowUp',
    summary: 'Add a follow-up task to a case',
    tag: 'Follow-ups',
    access: 'editor',
    body: AddFollowUpInput,
    response: { status: 201, description: 'The task', schema: FollowUpView },
    handle: async ({ ctx, body }) => getFollowUp(ctx, (await addFollowUp({ ctx, input: body as never })).id),
  }),
  defineOperation({
    method: 'put',
    path: '/follow-ups/{id}',
    operationId: 'updateFollowUp',
    summary: 'Replace a follow-up task (send the version you read)',
    tag: 'Follow-ups',
    access: 'editor',
    params: IdParams,
    body: FollowUpFields.extend({ version: z.int() }),
    response: { status: 200, description: 'The task', schema: FollowUpView },
    handle: async ({ ctx, params, body }) =>
      getFollowUp(
        ctx,
        (await updateFollowUp({ ctx, input: { ...(body as object), id: params.id } as never })).id,
      ),
  }),
];
