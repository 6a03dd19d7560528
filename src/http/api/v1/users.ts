import { z } from 'zod';
import { AddUserInput, addUser } from '../../../domain/accounts/add-user';
import { UserView } from '../../../domain/accounts/present';
import { getUser, ListUsersParams, listUsers } from '../../../domain/accounts/queries';
import { setUserPassword } from '../../../domain/accounts/set-user-password';
import { UpdateUserInput, updateUser } from '../../../domain/accounts/update-user';
import { defineOperation, listBody } from './operation';

const IdParams = z.object({ id: z.string().describe('The user id (UUID)') });
const tag = 'Users';

export const userOperations = [
  defineOperation({
    method: 'get',
    path: '/users',
    operationId: 'listUsers',
    summary: 'List users',
    description: 'Sorted by name in Norwegian order. `q` searches name and e-mail.',
    tag,
    access: 'admin',
    query: ListUsersParams,
    response: { status: 200, description: 'A page of users', schema: UserView, list: true },
    handle: async ({ ctx, c, query }) => listBody(c, await listUsers(ctx, query)),
  }),
  defineOperation({
    method: 'post',
    path: '/users',
    operationId: 'addUser',
    summary: 'Add a user',
    tag,
    access: 'admin',
    body: AddUserInput,
    response: { status: 201, description: 'The new user', schema: UserView },
    handle: ({ ctx, body }) => addUser({ ctx, input: body as z.input<typeof AddUserInput> }),
  }),
  defineOperation({
    method: 'get',
    path: '/users/{id}',
    operationId: 'getUser',
    summary: 'Get a user',
    tag,
    access: 'admin',
    params: IdParams,
    response: { status: 200, description: 'The user', schema: UserView },
    handle: ({ ctx, params }) => getUser(ctx, params.id),
  }),
  defineOperation({
    method: 'patch',
    path: '/users/{id}',
    operationId: 'updateUser',
    summary: 'Change a user',
    description: 'Send the `version` you read; a stale version answers 409.',
    tag,
    access: 'admin',
    params: IdParams,
    body: UpdateUserInput.omit({ id: true }),
    response: { status: 200, description: 'The changed user', schema: UserView },
    handle: ({ ctx, params, body }) =>
      updateUser({ ctx, input: { ...(body as object), id: params.id } as never }),
  }),
  defineOperation({
    method: 'put',
    path: '/users/{id}/password',
    operationId: 'setUserPassword',
    summary: "Set a user's password",
    description: 'The user is signed out everywhere.',
    tag,
    access: 'admin',
    params: IdParams,
    body: z.object({ password: z.string().min(12).max(256) }),
    response: { status: 204, description: 'The password is set' },
    handle: ({ ctx, params, body }) =>
      setUserPassword({ ctx, input: { ...(body as object), id: params.id } as never }),
  }),
];
