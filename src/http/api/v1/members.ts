import { z } from 'zod';
import { populationOf } from '../../../domain/knowledge/queries';
import { RecordPopulationInput, recordPopulation } from '../../../domain/knowledge/record-population';
import { AddMemberInput, addMember } from '../../../domain/members/add-member';
import { AssignSubregionInput, assignSubregion } from '../../../domain/members/assign-subregion';
import {
  ChangeMemberIdentityInput,
  changeMemberIdentity,
} from '../../../domain/members/change-member-identity';
import { ImportMembersInput, importMembers } from '../../../domain/members/import-members';
import { checkMemberImport } from '../../../domain/members/import-rows';
import { MergeMembersInput, mergeMembers } from '../../../domain/members/merge-members';
import { can } from '../../../domain/members/permissions';
import { MemberView, presentMember } from '../../../domain/members/present';
import {
  getMemberHistory,
  getMemberOn,
  ListMembersParams,
  listMembers,
} from '../../../domain/members/queries';
import { RegisterExitNoticeInput, registerExitNotice } from '../../../domain/members/register-exit-notice';
import { UpdateMemberInput, updateMember } from '../../../domain/members/update-member';
import { withdrawExitNotice } from '../../../domain/members/withdraw-exit-notice';
import { memberTable } from '../../../exports/member-table';
import { CONTENT_TYPES, writeCsv, writeXlsx } from '../../../exports/table';
import type { Ctx } from '../../../kernel/ctx';
import { parseInput } from '../../../kernel/validate';
import { defineOperation, fileResponse, listBody } from './operation';

const tag = 'Members';
const IdParams = z.object({
  id: z.string().describe('The member id (UUID); official numbers change, ids do not'),
});
const AsOfQuery = z.object({
  asOf: z.iso.date().optional().describe('The date to describe the member on (default today)'),
});
const internal = (ctx: Ctx) => can(ctx.actor, 'members.readInternal');
const present = async (ctx: Ctx, id: string, asOf?: string) =>
  presentMember(await getMemberOn(ctx, id, asOf), internal(ctx));

export const memberOperations = [
  defineOperation({
    method: 'get',
    path: '/members',
    operationId: 'listMembers',
    summary: 'Members on a date',
    description:
      'Members whose membership covers `asOf` (default today), with the name, number, county and sub-region in force then, in Norwegian alphabetical order.',
    tag,
    access: 'public',
    query: ListMembersParams,
    response: { status: 200, description: 'A page of members', schema: MemberView, list: true },
    handle: async ({ ctx, c, query }) => {
      const page = await listMembers(ctx, query);
      return listBody(c, { ...page, items: page.items.map((m) => presentMember(m, internal(ctx))) });
    },
  }),
  defineOperation({
    method: 'get',
    path: '/members/export',
    operationId: 'exportMembers',
    summary: 'The members on a date as CSV or XLSX',
    description: 'The same columns the import reads.',
    tag,
    access: 'public',
    query: AsOfQuery.extend({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
    response: { status: 200, description: 'The file', files: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx] },
    handle: async ({ ctx, query }) => {
      const page = await listMembers(ctx, { asOf: query.asOf, limit: 500 });
      const table = memberTable(page.items);
      const bytes = query.format === 'csv' ? writeCsv(table) : await writeXlsx('Medlemmer', table);
      return fileResponse(bytes, CONTENT_TYPES[query.format], `medlemmer-${page.asOf}.${query.format}`);
    },
  }),
  defineOperation({
    method: 'get',
    path: '/members/{id}',
    operationId: 'getMember',
    summary: 'A member on a date',
    tag,
    access: 'public',
    params: IdParams,
    query: AsOfQuery,
    response: { status: 200, description: 'The member', schema: MemberView },
    handle: ({ ctx, params, query }) => present(ctx, params.id, query.asOf),
  }),
  defineOperation({
    method: 'get',
    path: '/members/{id}/history',
    operationId: 'getMemberHistory',
    summary: "A member's history",
    description:
      'Names, numbers and counties over time, sub-regions over time, predecessors and successors, population by year, scheme participation.',
    tag,
    access: 'public',
    params: IdParams,
    response: { status: 200, description: 'The history' },
    handle: async ({ ctx, params }) => {
      const [{ member, internal: isInternal, ...history }, population] = await Promise.all([
        getMemberHistory(ctx, params.id),
        populationOf(ctx, params.id),
      ]);
      return { member: presentMember(member, isInternal), ...history, population };
    },
  }),
  defineOperation({
    method: 'post',
    path: '/members',
    operationId: 'addMember',
    summary: 'Admit a member',
    tag,
    access: 'editor',
    body: AddMemberInput,
    response: { status: 201, description: 'The new member', schema: MemberView },
    handle: async ({ ctx, body }) => presentMember(await addMember({ ctx, input: body as never }), true),
  }),
  defineOperation({
    method: 'patch',
    path: '/members/{id}',
    operationId: 'updateMember',
    summary: 'Correct organisation number, notes or evidence',
    tag,
    access: 'editor',
    params: IdParams,
    body: UpdateMemberInput.omit({ id: true }),
    response: { status: 200, description: 'The member', schema: MemberView },
    handle: async ({ ctx, params, body }) =>
      presentMember(
        await updateMember({ ctx, input: { ...(body as object), id: params.id } as never }),
        true,
      ),
  }),
  defineOperation({
    method: 'post',
    path: '/members/{id}/identities',
    operationId: 'changeMemberIdentity',
    summary: 'Rename, renumber or move a member to another county from a date',
    tag,
    access: 'editor',
    params: IdParams,
    body: ChangeMemberIdentityInput.omit({ id: true }),
    response: { status: 201, description: 'The member from that date', schema: MemberView },
    handle: async ({ ctx, params, body }) =>
      presentMember(
        await changeMemberIdentity({ ctx, input: { ...(body as object), id: params.id } as never }),
        true,
      ),
  }),
  defineOperation({
    method: 'post',
    path: '/members/{id}/exit-notice',
    operationId: 'registerExitNotice',
    summary: 'Register notice of exit',
    description:
      "The last day of membership follows from the statutes' rule (a setting: 6 months before a year end).",
    tag,
    access: 'editor',
    params: IdParams,
    body: RegisterExitNoticeInput.omit({ id: true }),
    response: { status: 201, description: 'The member with its exit date', schema: MemberView },
    handle: async ({ ctx, params, body }) =>
      presentMember(
        await registerExitNotice({ ctx, input: { ...(body as object), id: params.id } as never }),
        true,
      ),
  }),
  defineOperation({
    method: 'delete',
    path: '/members/{id}/exit-notice',
    operationId: 'withdrawExitNotice',
    summary: 'Withdraw a notice of exit',
    tag,
    access: 'editor',
    params: IdParams,
    query: z.object({ version: z.coerce.number().int().min(1) }),
    response: { status: 200, description: 'The member, staying', schema: MemberView },
    handle: async ({ ctx, params, query }) =>
      presentMember(
        await withdrawExitNotice({ ctx, input: { id: params.id, version: query.version } }),
        true,
      ),
  }),
  defineOperation({
    method: 'post',
    path: '/members/{id}/subregion',
    operationId: 'assignSubregion',
    summary: 'Move a member to a sub-region (or none) from a date',
    tag,
    access: 'editor',
    params: IdParams,
    body: AssignSubregionInput.omit({ memberId: true }),
    response: { status: 201, description: 'The member from that date', schema: MemberView },
    handle: async ({ ctx, params, body }) =>
      presentMember(
        await assignSubregion({ ctx, input: { ...(body as object), memberId: params.id } as never }),
        true,
      ),
  }),
  defineOperation({
    method: 'post',
    path: '/members/merges',
    operationId: 'mergeMembers',
    summary: 'Merge members into a new one',
    tag,
    access: 'editor',
    body: MergeMembersInput,
    response: { status: 201, description: 'The new member', schema: MemberView },
    handle: async ({ ctx, body }) => presentMember(await mergeMembers({ ctx, input: body as never }), true),
  }),
  defineOperation({
    method: 'post',
    path: '/members/population',
    operationId: 'recordPopulation',
    summary: 'Record population on 1 January (one figure or a series)',
    tag,
    access: 'editor',
    body: RecordPopulationInput,
    response: { status: 201, description: 'How many figures were recorded' },
    handle: ({ ctx, body }) => recordPopulation({ ctx, input: body as never }),
  }),
  defineOperation({
    method: 'post',
    path: '/members/import',
    operationId: 'importMembers',
    summary: 'Import members from a table',
    description:
      'All rows or none. With `dryRun=true` nothing is written and each row comes back with its errors.',
    tag,
    access: 'editor',
    query: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
    body: ImportMembersInput,
    response: { status: 201, description: 'The new members, or the preview' },
    handle: async ({ ctx, c, query, body }) => {
      if (query.dryRun === 'true') {
        const preview = await checkMemberImport(ctx, parseInput(ImportMembersInput, body, ctx.locale));
        return c.json(
          {
            valid: preview.valid,
            fileErrors: preview.fileErrors,
            rows: preview.rows.map(({ input: _, ...r }) => r),
          },
          200,
        );
      }
      return (await importMembers({ ctx, input: body as never })).map((m) => presentMember(m, true));
    },
  }),
];
