import { z } from 'zod';
import { addDeliverable } from '../../../domain/projects/add-deliverable';
import { AddProjectInput, addProject } from '../../../domain/projects/add-project';
import { addProjectPartner } from '../../../domain/projects/add-project-partner';
import { DELIVERABLE_STATUSES, PROJECT_PARTNER_ROLES, ProjectBase } from '../../../domain/projects/fields';
import { getProject, ListProjectsParams, listProjects } from '../../../domain/projects/queries';
import { removeProjectPartner } from '../../../domain/projects/remove-project-partner';
import { updateDeliverable } from '../../../domain/projects/update-deliverable';
import { updateProject } from '../../../domain/projects/update-project';
import { defineOperation, listBody } from './operation';

const tag = 'Projects';
const IdParams = z.object({ id: z.string() });

export const projectOperations = [
  defineOperation({
    method: 'get',
    path: '/projects',
    operationId: 'listProjects',
    summary: 'Projects in Norwegian order with funder, programme, period, amount granted (øre) and lead',
    tag,
    access: 'signed-in',
    query: ListProjectsParams,
    response: { status: 200, description: 'A page of projects', list: true },
    handle: async ({ ctx, c, query }) => listBody(c, await listProjects(ctx, query)),
  }),
  defineOperation({
    method: 'get',
    path: '/projects/{id}',
    operationId: 'getProject',
    summary: "A project with its partners, deliverables (with an `overdue` flag) and its case's documents",
    tag,
    access: 'signed-in',
    params: IdParams,
    response: { status: 200, description: 'The project' },
    handle: ({ ctx, params }) => getProject(ctx, params.id),
  }),
  defineOperation({
    method: 'post',
    path: '/projects',
    operationId: 'addProject',
    summary: 'Add a project',
    description: 'The amount granted in kroner ("1 250 000" or 1250000); it is kept and answered in øre.',
    tag,
    access: 'editor',
    body: AddProjectInput,
    response: { status: 201, description: 'The project' },
    handle: ({ ctx, body }) => addProject({ ctx, input: body as never }),
  }),
  defineOperation({
    method: 'patch',
    path: '/projects/{id}',
    operationId: 'updateProject',
    summary: 'Change a project',
    tag,
    access: 'editor',
    params: IdParams,
    body: ProjectBase.extend({ version: z.int() }),
    response: { status: 200, description: 'The project' },
    handle: ({ ctx, params, body }) =>
      updateProject({ ctx, input: { ...(body as object), id: params.id } as never }),
  }),
  defineOperation({
    method: 'post',
    path: '/projects/{id}/partners',
    operationId: 'addProjectPartner',
    summary: 'Add a partner organisation or a member to a project, as lead (at most one) or partner',
    description: 'Exactly one of `partnerId`, `memberId`.',
    tag,
    access: 'editor',
    params: IdParams,
    body: z.object({
      partnerId: z.uuid().nullable().optional(),
      memberId: z.uuid().nullable().optional(),
      role: z.enum(PROJECT_PARTNER_ROLES).optional(),
    }),
    response: { status: 201, description: 'The project partner' },
    handle: ({ ctx, params, body }) =>
      addProjectPartner({ ctx, input: { ...(body as object), projectId: params.id } as never }),
  }),
  defineOperation({
    method: 'delete',
    path: '/project-partners/{id}',
    operationId: 'removeProjectPartner',
    summary: 'Remove a partner from a project',
    tag,
    access: 'editor',
    params: IdParams,
    response: { status: 204, description: 'Removed' },
    handle: ({ ctx, params }) => removeProjectPartner({ ctx, input: { id: params.id } }),
  }),
  defineOperation({
    method: 'post',
    path: '/projects/{id}/deliverables',
    operationId: 'addDeliverable',
    summary: 'Add a deliverable with its due date',
    tag,
    access: 'editor',
    params: IdParams,
    body: z.object({
      title: z.string(),
      dueOn: z.iso.date(),
      status: z.enum(DELIVERABLE_STATUSES).optional(),
      deliveredOn: z.iso.date().nullable().optional(),
    }),
    response: { status: 201, description: 'The deliverable' },
    handle: ({ ctx, params, body }) =>
      addDeliverable({ ctx, input: { ...(body as object), projectId: params.id } as never }),
  }),
  defineOperation({
    method: 'patch',
    path: '/deliverables/{id}',
    operationId: 'updateDeliverable',
    summary: 'Change a deliverable: its status (delivered records the day, default today), title or due date',
    tag,
    access: 'editor',
    params: IdParams,
    body: z.object({
      version: z.int(),
      status: z.enum(DELIVERABLE_STATUSES),
      title: z.string().optional(),
      dueOn: z.iso.date().optional(),
      deliveredOn: z.iso.date().nullable().optional(),
    }),
    response: { status: 200, description: 'The deliverable' },
    handle: ({ ctx, params, body }) =>
      updateDeliverable({ ctx, input: { ...(body as object), id: params.id } as never }),
  }),
];
