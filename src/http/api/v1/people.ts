import { z } from 'zod';
import { AppointmentView, presentAppointment } from '../../../domain/bodies/present';
import { listAppointments } from '../../../domain/bodies/queries';
import { AddPersonInput, addPerson } from '../../../domain/people/add-person';
import { ImportPeopleInput, importPeople } from '../../../domain/people/import-people';
import { checkPeopleImport } from '../../../domain/people/import-rows';
import { PersonView } from '../../../domain/people/present';
import { getPerson, ListPeopleParams, listPeople } from '../../../domain/people/queries';
import { UpdatePersonInput, updatePerson } from '../../../domain/people/update-person';
import { peopleTable } from '../../../exports/member-table';
import { CONTENT_TYPES, writeCsv, writeXlsx } from '../../../exports/table';
import { requireUser } from '../../../kernel/guards';
import { parseInput } from '../../../kernel/validate';
import { defineOperation, fileResponse, listBody } from './operation';

const tag = 'People';
const IdParams = z.object({ id: z.string() });

export const peopleOperations = [
  defineOperation({
    method: 'get',
    path: '/people',
    operationId: 'listPeople',
    summary: 'People',
    description: 'In Norwegian order. E-mail, phone, gender and notes only to signed-in callers.',
    tag,
    access: 'public',
    query: ListPeopleParams,
    response: { status: 200, description: 'A page of people', schema: PersonView, list: true },
    handle: async ({ ctx, c, query }) => listBody(c, await listPeople(ctx, query)),
  }),
  defineOperation({
    method: 'get',
    path: '/people/export',
    operationId: 'exportPeople',
    summary: 'The people register as CSV or XLSX (signed-in users)',
    tag,
    access: 'signed-in',
    query: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
    response: { status: 200, description: 'The file', files: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx] },
    handle: async ({ ctx, query }) => {
      requireUser(ctx);
      const all = [];
      let cursor: string | undefined;
      do {
        const page = await listPeople(ctx, { limit: 500, cursor });
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const table = peopleTable(all);
      const bytes = query.format === 'csv' ? writeCsv(table) : await writeXlsx('Personer', table);
      return fileResponse(bytes, CONTENT_TYPES[query.format], `personer.${query.format}`);
    },
  }),
  defineOperation({
    method: 'get',
    path: '/people/{id}',
    operationId: 'getPerson',
    summary: 'A person',
    tag,
    access: 'public',
    params: IdParams,
    response: { status: 200, description: 'The person', schema: PersonView },
    handle: ({ ctx, params }) => getPerson(ctx, params.id),
  }),
  defineOperation({
    method: 'get',
    path: '/people/{id}/appointments',
    operationId: 'listPersonAppointments',
    summary: "A person's appointments over time",
    tag,
    access: 'public',
    params: IdParams,
    response: {
      status: 200,
      description: 'Appointments',
      schema: z.object({ data: z.array(AppointmentView) }),
    },
    handle: async ({ ctx, params }) => {
      await getPerson(ctx, params.id);
      return { data: (await listAppointments(ctx, { personId: params.id })).map(presentAppointment) };
    },
  }),
  defineOperation({
    method: 'post',
    path: '/people',
    operationId: 'addPerson',
    summary: 'Add a person',
    tag,
    access: 'editor',
    body: AddPersonInput,
    response: { status: 201, description: 'The person', schema: PersonView },
    handle: ({ ctx, body }) => addPerson({ ctx, input: body as never }),
  }),
  defineOperation({
    method: 'put',
    path: '/people/{id}',
    operationId: 'updatePerson',
    summary: "Replace a person's details",
    description: 'Fields left out are cleared. Send the `version` you read.',
    tag,
    access: 'editor',
    params: IdParams,
    body: UpdatePersonInput.omit({ id: true }),
    response: { status: 200, description: 'The person', schema: PersonView },
    handle: ({ ctx, params, body }) =>
      updatePerson({ ctx, input: { ...(body as object), id: params.id } as never }),
  }),
  defineOperation({
    method: 'post',
    path: '/people/import',
    operationId: 'importPeople',
    summary: 'Import people from a table (all or none; `dryRun=true` previews)',
    tag,
    access: 'editor',
    query: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
    body: ImportPeopleInput,
    response: { status: 201, description: 'The new people, or the preview' },
    handle: async ({ ctx, c, query, body }) => {
      if (query.dryRun === 'true') {
        const preview = checkPeopleImport(ctx, parseInput(ImportPeopleInput, body, ctx.locale));
        return c.json(
          {
            valid: preview.valid,
            fileErrors: preview.fileErrors,
            rows: preview.rows.map(({ input: _, ...r }) => r),
          },
          200,
        );
      }
      return importPeople({ ctx, input: body as never });
    },
  }),
];
