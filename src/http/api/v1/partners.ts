import { z } from 'zod';
import { AddPartnerInput, addPartner } from '../../../domain/partners/add-partner';
import { addPartnerContact } from '../../../domain/partners/add-partner-contact';
import { PartnerFields } from '../../../domain/partners/fields';
import { MergePartnersInput, mergePartners } from '../../../domain/partners/merge-partners';
import { getPartner, ListPartnersParams, listPartners } from '../../../domain/partners/queries';
import { removePartnerContact } from '../../../domain/partners/remove-partner-contact';
import { updatePartner } from '../../../domain/partners/update-partner';
import { defineOperation, listBody } from './operation';

const tag = 'Partners';
const IdParams = z.object({ id: z.string() });

export const partnerOperations = [
  defineOperation({
    method: 'get',
    path: '/partners',
    operationId: 'listPartners',
    summary: 'Partner organisations (merged duplicates left out), searchable by name and alias',
    tag,
    access: 'signed-in',
    query: ListPartnersParams,
    response: { status: 200, description: 'A page of partners', list: true },
    handle: async ({ ctx, c, query }) => listBody(c, await listPartners(ctx, query)),
  }),
  defineOperation({
    method: 'get',
    path: '/partners/{id}',
    operationId: 'getPartner',
    summary:
      'A partner with its contacts and the programme activities that name it (a merged one names the partner it became)',
    tag,
    access: 'signed-in',
    params: IdParams,
    response: { status: 200, description: 'The partner' },
    handle: ({ ctx, params }) => getPartner(ctx, params.id),
  }),
  defineOperation({
    method: 'post',
    path: '/partners',
    operationId: 'addPartner',
    summary: 'Add a partner organisation',
    tag,
    access: 'editor',
    body: AddPartnerInput,
    response: { status: 201, description: 'The partner' },
    handle: ({ ctx, body }) => addPartner({ ctx, input: body as never }),
  }),
  defineOperation({
    method: 'patch',
    path: '/partners/{id}',
    operationId: 'updatePartner',
    summary: 'Change a partner',
    tag,
    access: 'editor',
    params: IdParams,
    body: PartnerFields.extend({ version: z.int() }),
    response: { status: 200, description: 'The partner' },
    handle: ({ ctx, params, body }) =>
      updatePartner({ ctx, input: { ...(body as object), id: params.id } as never }),
  }),
  defineOperation({
    method: 'post',
    path: '/partners/{id}/merge',
    operationId: 'mergePartners',
    summary: 'Merge duplicates into this partner (contacts move, names become aliases)',
    tag,
    access: 'editor',
    params: IdParams,
    body: MergePartnersInput.omit({ keepId: true }),
    response: { status: 200, description: 'The partner kept' },
    handle: ({ ctx, params, body }) =>
      mergePartners({ ctx, input: { ...(body as object), keepId: params.id } as never }),
  }),
  defineOperation({
    method: 'post',
    path: '/partners/{id}/contacts',
    operationId: 'addPartnerContact',
    summary: 'Add a person from the people register as a contact',
    tag,
    access: 'editor',
    params: IdParams,
    body: z.object({
      personId: z.uuid(),
      role: z.string().optional(),
      validFrom: z.iso.date(),
      validTo: z.iso.date().nullable().optional(),
    }),
    response: { status: 201, description: 'The contact' },
    handle: ({ ctx, params, body }) =>
      addPartnerContact({ ctx, input: { ...(body as object), partnerId: params.id } as never }),
  }),
  defineOperation({
    method: 'delete',
    path: '/partner-contacts/{id}',
    operationId: 'removePartnerContact',
    summary: 'Remove a contact',
    tag,
    access: 'editor',
    params: IdParams,
    response: { status: 204, description: 'Removed' },
    handle: ({ ctx, params }) => removePartnerContact({ ctx, input: { id: params.id } }),
  }),
];
