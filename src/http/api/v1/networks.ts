import { z } from 'zod';
import { AddNetworkInput, addNetwork } from '../../../domain/networks/add-network';
import { addNetworkMember } from '../../../domain/networks/add-network-member';
import { endNetworkMembership } from '../../../domain/networks/end-network-membership';
import { NetworkFields } from '../../../domain/networks/fields';
import { getNetwork, ListNetworksParams, listNetworks, mailingList } from '../../../domain/networks/queries';
import { updateNetwork } from '../../../domain/networks/update-network';
import { mailingListTable } from '../../../exports/mailing-list';
import { CONTENT_TYPES, writeCsv, writeXlsx } from '../../../exports/table';
import { fileSlug } from '../../../kernel/file-names';
import { defineOperation, fileResponse, listBody } from './operation';

const tag = 'Networks';
const IdParams = z.object({ id: z.string() });

export const networkOperations = [
  defineOperation({
    method: 'get',
    path: '/networks',
    operationId: 'listNetworks',
    summary: 'Networks in Norwegian order, each with how many are in it today',
    tag,
    access: 'signed-in',
    query: ListNetworksParams,
    response: { status: 200, description: 'A page of networks', list: true },
    handle: async ({ ctx, c, query }) => listBody(c, await listNetworks(ctx, query)),
  }),
  defineOperation({
    method: 'get',
    path: '/networks/{id}',
    operationId: 'getNetwork',
    summary: 'A network with its members over time (current and former, names resolved) and its events',
    tag,
    access: 'signed-in',
    params: IdParams,
    response: { status: 200, description: 'The network' },
    handle: ({ ctx, params }) => getNetwork(ctx, params.id),
  }),
  defineOperation({
    method: 'post',
    path: '/networks',
    operationId: 'addNetwork',
    summary: 'Add a network',
    tag,
    access: 'editor',
    body: AddNetworkInput,
    response: { status: 201, description: 'The network' },
    handle: ({ ctx, body }) => addNetwork({ ctx, input: body as never }),
  }),
  defineOperation({
    method: 'patch',
    path: '/networks/{id}',
    operationId: 'updateNetwork',
    summary: 'Change a network',
    tag,
    access: 'editor',
    params: IdParams,
    body: NetworkFields.extend({ version: z.int() }),
    response: { status: 200, description: 'The network' },
    handle: ({ ctx, params, body }) =>
      updateNetwork({ ctx, input: { ...(body as object), id: params.id } as never }),
  }),
  defineOperation({
    method: 'post',
    path: '/networks/{id}/members',
    operationId: 'addNetworkMember',
    summary: 'Add a person, a member or a partner to a network from a date',
    description:
      'Exactly one of `personId`, `memberId`, `partnerId`. The same one twice in periods that share a day is a 409.',
    tag,
    access: 'editor',
    params: IdParams,
    body: z.object({
      personId: z.uuid().nullable().optional(),
      memberId: z.uuid().nullable().optional(),
      partnerId: z.uuid().nullable().optional(),
      role: z.string().optional(),
      validFrom: z.iso.date(),
      validTo: z.iso.date().nullable().optional(),
    }),
    response: { status: 201, description: 'The membership' },
    handle: ({ ctx, params, body }) =>
      addNetworkMember({ ctx, input: { ...(body as object), networkId: params.id } as never }),
  }),
  defineOperation({
    method: 'post',
    path: '/network-members/{id}/end',
    operationId: 'endNetworkMembership',
    summary: 'End a network membership on a day (its last day, not before its first)',
    tag,
    access: 'editor',
    params: IdParams,
    body: z.object({ validTo: z.iso.date() }),
    response: { status: 200, description: 'The membership' },
    handle: ({ ctx, params, body }) =>
      endNetworkMembership({ ctx, input: { ...(body as object), id: params.id } as never }),
  }),
  defineOperation({
    method: 'get',
    path: '/networks/{id}/mailing-list',
    operationId: 'getNetworkMailingList',
    summary:
      "Who to write to in a network on a date (default today): people, partners' contacts, and members without an address; JSON, CSV or XLSX",
    tag,
    access: 'signed-in',
    params: IdParams,
    query: z.object({
      format: z.enum(['json', 'csv', 'xlsx']).default('json'),
      on: z.iso.date().optional(),
    }),
    response: { status: 200, description: 'The list', files: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx] },
    handle: async ({ ctx, params, query }) => {
      const list = await mailingList(ctx, params.id, query.on);
      if (query.format === 'json') return { date: list.date, rows: list.rows };
      const table = mailingListTable(list.rows, ctx.locale);
      const bytes = query.format === 'csv' ? writeCsv(table) : await writeXlsx(list.network.name, table);
      return fileResponse(
        bytes,
        CONTENT_TYPES[query.format],
        `adresseliste-${fileSlug(list.network.name)}-${list.date}.${query.format}`,
      );
    },
  }),
];
