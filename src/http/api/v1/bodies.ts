import { z } from 'zod';
import { AddBodyInput, addBody } from '../../../domain/bodies/add-body';
import { BodyView, CheckView, presentBody } from '../../../domain/bodies/present';
import { checkBody, getBody, listBodies, orgChart } from '../../../domain/bodies/queries';
import { updateBody } from '../../../domain/bodies/update-body';
import { translate } from '../../../kernel/i18n';
import { PageParams, paginate } from '../../../kernel/pagination';
import { defineOperation, listBody } from './operation';

const tag = 'Bodies';
const IdParams = z.object({ id: z.string() });

export const bodyOperations = [
  defineOperation({
    method: 'get',
    path: '/bodies',
    operationId: 'listBodies',
    summary: 'Bodies active on a date, the highest first',
    tag,
    access: 'public',
    query: PageParams.extend({ asOf: z.iso.date().optional() }),
    response: { status: 200, description: 'Bodies', schema: BodyView, list: true },
    handle: async ({ ctx, c, query }) => {
      const { items } = await listBodies(ctx, { asOf: query.asOf });
      return listBody(c, paginate(items.map(presentBody), query, ctx.locale));
    },
  }),
  defineOperation({
    method: 'get',
    path: '/bodies/{id}',
    operationId: 'getBody',
    summary: 'A body',
    tag,
    access: 'public',
    params: IdParams,
    response: { status: 200, description: 'The body', schema: BodyView },
    handle: async ({ ctx, params }) => presentBody(await getBody(ctx, params.id)),
  }),
  defineOperation({
    method: 'get',
    path: '/bodies/{id}/check',
    operationId: 'checkBody',
    summary: 'Seats required and filled on a date, with warnings',
    description:
      'Empty and over-filled seats, missing deputies, appointments without a seat, the leader, gender balance (Local Government Act § 7-6).',
    tag,
    access: 'public',
    params: IdParams,
    query: z.object({ date: z.iso.date().optional() }),
    response: { status: 200, description: 'The check', schema: CheckView },
    handle: async ({ ctx, params, query }) => {
      const check = await checkBody(ctx, params.id, query.date);
      return {
        date: check.date,
        required: check.required,
        filled: check.filled,
        votingMembers: check.votingMembers,
        gender: check.gender,
        seats: check.seats,
        warnings: check.warnings.map((w) => ({
          code: w.code,
          message: translate(ctx.locale, `check.${w.code}`, w.params),
        })),
      };
    },
  }),
  defineOperation({
    method: 'get',
    path: '/org-chart',
    operationId: 'getOrgChart',
    summary: 'The organisation chart on a date: bodies, who appoints whom, delegations, and a layout',
    tag,
    access: 'public',
    query: z.object({ asOf: z.iso.date().optional() }),
    response: { status: 200, description: 'The chart' },
    handle: async ({ ctx, query }) => {
      const chart = await orgChart(ctx, query.asOf);
      return {
        asOf: chart.asOf,
        bodies: chart.bodies.map(presentBody),
        delegations: chart.delegations,
        layout: chart.layout,
      };
    },
  }),
  defineOperation({
    method: 'post',
    path: '/bodies',
    operationId: 'addBody',
    summary: 'Add a body',
    tag,
    access: 'editor',
    body: AddBodyInput,
    response: { status: 201, description: 'The body', schema: BodyView },
    handle: async ({ ctx, body }) => presentBody(await addBody({ ctx, input: body as never })),
  }),
  defineOperation({
    method: 'put',
    path: '/bodies/{id}',
    operationId: 'updateBody',
    summary: 'Replace a body (send the version you read)',
    tag,
    access: 'editor',
    params: IdParams,
    body: AddBodyInput.safeExtend({ version: z.int() }),
    response: { status: 200, description: 'The body', schema: BodyView },
    handle: async ({ ctx, params, body }) =>
      presentBody(await updateBody({ ctx, input: { ...(body as object), id: params.id } as never })),
  }),
];
