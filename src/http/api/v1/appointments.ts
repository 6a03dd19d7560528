import { z } from 'zod';
import { AddDelegationInput, addDelegation } from '../../../domain/bodies/add-delegation';
import { AppointPersonInput, appointPerson } from '../../../domain/bodies/appoint-person';
import {
  AppointmentView,
  DelegationView,
  presentAppointment,
  presentDelegation,
} from '../../../domain/bodies/present';
import {
  ListAppointmentsParams,
  ListDelegationsParams,
  listAppointments,
  listDelegations,
} from '../../../domain/bodies/queries';
import { removeAppointment } from '../../../domain/bodies/remove-appointment';
import { removeDelegation } from '../../../domain/bodies/remove-delegation';
import { updateAppointment } from '../../../domain/bodies/update-appointment';
import { updateDelegation } from '../../../domain/bodies/update-delegation';
import { PageParams, paginate } from '../../../kernel/pagination';
import { defineOperation, listBody } from './operation';

const IdParams = z.object({ id: z.string() });

export const appointmentOperations = [
  defineOperation({
    method: 'get',
    path: '/appointments',
    operationId: 'listAppointments',
    summary: 'Appointments, in force on a date or all',
    description:
      'Filter by body, person, or whom the appointment is on behalf of (a member or a sub-region).',
    tag: 'Appointments',
    access: 'public',
    query: PageParams.extend(ListAppointmentsParams.shape),
    response: { status: 200, description: 'Appointments', schema: AppointmentView, list: true },
    handle: async ({ ctx, c, query }) => {
      const { limit, cursor, ...filters } = query;
      return listBody(
        c,
        paginate(
          (await listAppointments(ctx, filters)).map(presentAppointment),
          { limit, cursor },
          ctx.locale,
        ),
      );
    },
  }),
  defineOperation({
    method: 'post',
    path: '/appointments',
    operationId: 'appointPerson',
    summary: 'Appoint a person to a body',
    tag: 'Appointments',
    access: 'editor',
    body: AppointPersonInput,
    response: { status: 201, description: 'The appointment' },
    handle: ({ ctx, body }) => appointPerson({ ctx, input: body as never }),
  }),
  defineOperation({
    method: 'put',
    path: '/appointments/{id}',
    operationId: 'updateAppointment',
    summary: 'Replace an appointment (to end one, give `validTo`)',
    tag: 'Appointments',
    access: 'editor',
    params: IdParams,
    body: AppointPersonInput.safeExtend({ version: z.int() }),
    response: { status: 200, description: 'The appointment' },
    handle: ({ ctx, params, body }) =>
      updateAppointment({ ctx, input: { ...(body as object), id: params.id } as never }),
  }),
  defineOperation({
    method: 'delete',
    path: '/appointments/{id}',
    operationId: 'removeAppointment',
    summary: 'Delete an appointment registered by mistake',
    tag: 'Appointments',
    access: 'editor',
    params: IdParams,
    response: { status: 204, description: 'Deleted' },
    handle: ({ ctx, params }) => removeAppointment({ ctx, input: { id: params.id } }),
  }),
  defineOperation({
    method: 'get',
    path: '/delegations',
    operationId: 'listDelegations',
    summary: 'Delegations between bodies, in force on a date or all',
    tag: 'Delegations',
    access: 'public',
    query: PageParams.extend(ListDelegationsParams.shape),
    response: { status: 200, description: 'Delegations', schema: DelegationView, list: true },
    handle: async ({ ctx, c, query }) => {
      const { limit, cursor, ...filters } = query;
      return listBody(
        c,
        paginate((await listDelegations(ctx, filters)).map(presentDelegation), { limit, cursor }, ctx.locale),
      );
    },
  }),
  defineOperation({
    method: 'post',
    path: '/delegations',
    operationId: 'addDelegation',
    summary: 'Delegate authority from one body to another',
    tag: 'Delegations',
    access: 'editor',
    body: AddDelegationInput,
    response: { status: 201, description: 'The delegation' },
    handle: ({ ctx, body }) => addDelegation({ ctx, input: body as never }),
  }),
  defineOperation({
    method: 'put',
    path: '/delegations/{id}',
    operationId: 'updateDelegation',
    summary: 'Replace a delegation (to end one, give `validTo`)',
    tag: 'Delegations',
    access: 'editor',
    params: IdParams,
    body: AddDelegationInput.safeExtend({ version: z.int() }),
    response: { status: 200, description: 'The delegation' },
    handle: ({ ctx, params, body }) =>
      updateDelegation({ ctx, input: { ...(body as object), id: params.id } as never }),
  }),
  defineOperation({
    method: 'delete',
    path: '/delegations/{id}',
    operationId: 'removeDelegation',
    summary: 'Delete a delegation registered by mistake',
    tag: 'Delegations',
    access: 'editor',
    params: IdParams,
    response: { status: 204, description: 'Deleted' },
    handle: ({ ctx, params }) => removeDelegation({ ctx, input: { id: params.id } }),
  }),
];
