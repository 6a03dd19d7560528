import { z } from 'zod';
import { addSession } from '../../../domain/events/add-session';
import { cancelRegistration } from '../../../domain/events/cancel-registration';
import { CreateEventInput, createEvent } from '../../../domain/events/create-event';
import { EventFields, RegistrationFields, SessionFields } from '../../../domain/events/fields';
import { markAttendance } from '../../../domain/events/mark-attendance';
import {
  getEvent,
  ListEventsParams,
  listEvents,
  listRegistrations,
  participantsTable,
} from '../../../domain/events/queries';
import { registerForEvent } from '../../../domain/events/register-for-event';
import { removeSession } from '../../../domain/events/remove-session';
import { updateEvent } from '../../../domain/events/update-event';
import { CONTENT_TYPES, writeCsv, writeXlsx } from '../../../exports/table';
import { NotFound } from '../../../kernel/errors';
import { fileSlug } from '../../../kernel/file-names';
import { defineOperation, fileResponse, listBody } from './operation';

const tag = 'Events';
const IdParams = z.object({ id: z.string() });

export const eventOperations = [
  defineOperation({
    method: 'get',
    path: '/events',
    operationId: 'listEvents',
    summary: 'Events: upcoming soonest first, or past/all latest first (the public sees published ones)',
    tag,
    access: 'public',
    query: ListEventsParams,
    response: { status: 200, description: 'A page of events', list: true },
    handle: async ({ ctx, c, query }) => listBody(c, await listEvents(ctx, query)),
  }),
  defineOperation({
    method: 'get',
    path: '/events/{id}',
    operationId: 'getEvent',
    summary: 'An event with its programme and seats left; signed-in users also get its settings and counts',
    tag,
    access: 'public',
    params: IdParams,
    response: { status: 200, description: 'The event' },
    handle: ({ ctx, params }) => getEvent(ctx, params.id),
  }),
  defineOperation({
    method: 'post',
    path: '/events',
    operationId: 'createEvent',
    summary: 'Set up an event',
    tag,
    access: 'editor',
    body: CreateEventInput,
    response: { status: 201, description: 'The event' },
    handle: ({ ctx, body }) => createEvent({ ctx, input: body as never }),
  }),
  defineOperation({
    method: 'patch',
    path: '/events/{id}',
    operationId: 'updateEvent',
    summary:
      'Change an event: the fields given replace the stored ones, the rest stay; more seats move the waiting list up (each gets a mail)',
    tag,
    access: 'editor',
    params: IdParams,
    body: EventFields.partial().extend({ version: z.int() }),
    response: { status: 200, description: 'The event' },
    handle: async ({ ctx, c, params, body }) => {
      const { internal } = await getEvent(ctx, params.id);
      if (!internal) throw new NotFound('event');
      const { row } = internal;
      const stored = {
        title: row.title,
        kind: row.kind,
        description: row.description,
        startsAt: row.startsAt.toISOString(),
        endsAt: row.endsAt.toISOString(),
        location: row.location,
        capacity: row.capacity,
        published: row.published,
        registrationOpen: row.registrationOpen,
        consentText: row.consentText,
        networkId: row.networkId,
        focusAreaId: row.focusAreaId,
      };
      return updateEvent({
        ctx,
        input: { ...stored, ...(body as object), id: params.id, baseUrl: c.get('publicUrl') } as never,
      });
    },
  }),
  defineOperation({
    method: 'post',
    path: '/events/{id}/sessions',
    operationId: 'addEventSession',
    summary: 'Add a session (time, title, speakers) to the programme',
    tag,
    access: 'editor',
    params: IdParams,
    body: SessionFields,
    response: { status: 201, description: 'The session' },
    handle: ({ ctx, params, body }) =>
      addSession({ ctx, input: { ...(body as object), eventId: params.id } as never }),
  }),
  defineOperation({
    method: 'delete',
    path: '/event-sessions/{id}',
    operationId: 'removeEventSession',
    summary: 'Take a session off the programme',
    tag,
    access: 'editor',
    params: IdParams,
    response: { status: 204, description: 'Removed' },
    handle: ({ ctx, params }) => removeSession({ ctx, input: { id: params.id } }),
  }),
  defineOperation({
    method: 'post',
    path: '/events/{id}/registrations',
    operationId: 'registerForEvent',
    summary:
      'Register (public): a seat, or the waiting list when full; the answer never says who else is registered. Rate-limited per address (429).',
    tag,
    access: 'public',
    params: IdParams,
    body: RegistrationFields,
    response: { status: 200, description: 'Received; the mail says whether there is a seat' },
    handle: async ({ ctx, c, params, body }) => {
      await registerForEvent({
        ctx,
        input: { ...(body as object), eventId: params.id, baseUrl: c.get('publicUrl') } as never,
      });
      return { received: true };
    },
  }),
  defineOperation({
    method: 'get',
    path: '/events/{id}/registrations',
    operationId: 'listEventRegistrations',
    summary: 'Who registered: confirmed, waiting list in turn, cancelled (editors)',
    tag,
    access: 'editor',
    params: IdParams,
    response: { status: 200, description: 'The registrations' },
    handle: ({ ctx, params }) => listRegistrations(ctx, params.id),
  }),
  defineOperation({
    method: 'get',
    path: '/events/{id}/participants',
    operationId: 'exportEventParticipants',
    summary: 'The confirmed participants as XLSX or CSV (editors)',
    tag,
    access: 'editor',
    params: IdParams,
    query: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
    response: { status: 200, description: 'The file', files: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx] },
    handle: async ({ ctx, params, query }) => {
      const { event, table } = await participantsTable(ctx, params.id);
      const bytes = query.format === 'csv' ? writeCsv(table) : await writeXlsx('Deltakere', table);
      return fileResponse(
        bytes,
        CONTENT_TYPES[query.format],
        `deltakere-${fileSlug(event.title)}.${query.format}`,
      );
    },
  }),
  defineOperation({
    method: 'post',
    path: '/event-registrations/cancel',
    operationId: 'cancelRegistrationByToken',
    summary: "Cancel with the token from the registrant's mail; the first on the waiting list moves up",
    tag,
    access: 'public',
    body: z.object({ token: z.string() }),
    response: { status: 200, description: 'Cancelled' },
    handle: ({ ctx, c, body }) =>
      cancelRegistration({ ctx, input: { ...(body as { token: string }), baseUrl: c.get('publicUrl') } }),
  }),
  defineOperation({
    method: 'delete',
    path: '/event-registrations/{id}',
    operationId: 'cancelRegistration',
    summary: 'Cancel a registration for someone (editors); the first on the waiting list moves up',
    tag,
    access: 'editor',
    params: IdParams,
    response: { status: 200, description: 'Cancelled' },
    handle: ({ ctx, c, params }) =>
      cancelRegistration({ ctx, input: { id: params.id, baseUrl: c.get('publicUrl') } }),
  }),
  defineOperation({
    method: 'put',
    path: '/events/{id}/attendance',
    operationId: 'markEventAttendance',
    summary: 'Mark who came (the ids given); every other confirmed registration is marked absent',
    tag,
    access: 'editor',
    params: IdParams,
    body: z.object({ present: z.array(z.uuid()) }),
    response: { status: 200, description: 'Counts present and absent' },
    handle: ({ ctx, params, body }) =>
      markAttendance({ ctx, input: { ...(body as object), eventId: params.id } as never }),
  }),
];
