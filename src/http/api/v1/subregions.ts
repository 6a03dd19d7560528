import { z } from 'zod';
import { addSubregion, SubregionBase, SubregionFields } from '../../../domain/members/add-subregion';
import { can } from '../../../domain/members/permissions';
import { presentMember } from '../../../domain/members/present';
import { getSubregion, listCounties, listSubregions } from '../../../domain/members/queries';
import { updateSubregion } from '../../../domain/members/update-subregion';
import { PageParams, paginate } from '../../../kernel/pagination';
import { defineOperation, listBody } from './operation';

const tag = 'Sub-regions and counties';
const SubregionView = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  validFrom: z.iso.date(),
  validTo: z.iso.date().nullable(),
  memberCount: z.int().optional().describe('Members on the date asked for'),
  version: z.int(),
});
const AsOf = z.object({ asOf: z.iso.date().optional() });
const view = (s: z.input<typeof SubregionView> & { createdAt?: Date; updatedAt?: Date }) => {
  const { createdAt: _c, updatedAt: _u, ...rest } = s;
  return { ...rest, links: { self: `/api/v1/subregions/${s.id}` } };
};

export const subregionOperations = [
  defineOperation({
    method: 'get',
    path: '/subregions',
    operationId: 'listSubregions',
    summary: 'Sub-regions on a date, with their member counts',
    tag,
    access: 'public',
    query: PageParams.extend(AsOf.shape),
    response: { status: 200, description: 'Sub-regions', schema: SubregionView, list: true },
    handle: async ({ ctx, c, query }) => {
      const { items } = await listSubregions(ctx, query.asOf);
      return listBody(c, paginate(items.map(view), query, ctx.locale));
    },
  }),
  defineOperation({
    method: 'get',
    path: '/subregions/{id}',
    operationId: 'getSubregion',
    summary: 'A sub-region and its members on a date',
    tag,
    access: 'public',
    params: z.object({ id: z.string() }),
    query: AsOf,
    response: { status: 200, description: 'The sub-region' },
    handle: async ({ ctx, params, query }) => {
      const { subregion, asOf, members } = await getSubregion(ctx, params.id, query.asOf);
      const internal = can(ctx.actor, 'members.readInternal');
      return { ...view(subregion), asOf, members: members.map((m) => presentMember(m, internal)) };
    },
  }),
  defineOperation({
    method: 'post',
    path: '/subregions',
    operationId: 'addSubregion',
    summary: 'Add a sub-region',
    tag,
    access: 'editor',
    body: SubregionFields,
    response: { status: 201, description: 'The sub-region', schema: SubregionView },
    handle: async ({ ctx, body }) => view(await addSubregion({ ctx, input: body as never })),
  }),
  defineOperation({
    method: 'put',
    path: '/subregions/{id}',
    operationId: 'updateSubregion',
    summary: 'Change or dissolve a sub-region',
    tag,
    access: 'editor',
    params: z.object({ id: z.string() }),
    body: SubregionBase.extend({ version: z.int() }),
    response: { status: 200, description: 'The sub-region', schema: SubregionView },
    handle: async ({ ctx, params, body }) =>
      view(await updateSubregion({ ctx, input: { ...(body as object), id: params.id } as never })),
  }),
  defineOperation({
    method: 'get',
    path: '/counties',
    operationId: 'listCounties',
    summary: "Norway's counties on a date",
    tag,
    access: 'public',
    query: PageParams.extend(AsOf.shape),
    response: {
      status: 200,
      description: 'Counties',
      schema: z.object({
        id: z.uuid(),
        number: z.string(),
        name: z.string(),
        validFrom: z.iso.date(),
        validTo: z.iso.date().nullable(),
      }),
      list: true,
    },
    handle: async ({ ctx, c, query }) =>
      listBody(c, paginate(await listCounties(ctx, query.asOf), query, ctx.locale)),
  }),
];
