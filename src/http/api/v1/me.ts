import { z } from 'zod';
import { CreateAccessTokenInput, createAccessToken } from '../../../domain/accounts/create-access-token';
import { AccessTokenView, UserView } from '../../../domain/accounts/present';
import { getMe, listMyAccessTokens } from '../../../domain/accounts/queries';
import { revokeAccessToken } from '../../../domain/accounts/revoke-access-token';
import { defineOperation } from './operation';

const tag = 'Me';

export const meOperations = [
  defineOperation({
    method: 'get',
    path: '/me',
    operationId: 'getMe',
    summary: 'The signed-in user',
    tag,
    access: 'signed-in',
    response: { status: 200, description: 'The caller', schema: UserView },
    handle: ({ ctx }) => getMe(ctx),
  }),
  defineOperation({
    method: 'get',
    path: '/me/access-tokens',
    operationId: 'listMyAccessTokens',
    summary: "The caller's active personal access tokens",
    tag,
    access: 'signed-in',
    response: {
      status: 200,
      description: 'Tokens (never their secret)',
      schema: z.object({ data: z.array(AccessTokenView) }),
    },
    handle: async ({ ctx }) => ({ data: await listMyAccessTokens(ctx) }),
  }),
  defineOperation({
    method: 'post',
    path: '/me/access-tokens',
    operationId: 'createAccessToken',
    summary: 'Create a personal access token',
    description: 'The answer holds the secret; it is shown only this once.',
    tag,
    access: 'signed-in',
    body: CreateAccessTokenInput,
    response: {
      status: 201,
      description: 'The token with its secret',
      schema: z.object({
        id: z.uuid(),
        name: z.string(),
        prefix: z.string(),
        expiresAt: z.iso.datetime().nullable(),
        secret: z.string(),
      }),
    },
    handle: ({ ctx, body }) =>
      createAccessToken({ ctx, input: body as z.input<typeof CreateAccessTokenInput> }),
  }),
  defineOperation({
    method: 'delete',
    path: '/me/access-tokens/{id}',
    operationId: 'revokeAccessToken',
    summary: 'Revoke a personal access token',
    tag,
    access: 'signed-in',
    params: z.object({ id: z.string() }),
    response: { status: 204, description: 'Revoked' },
    handle: ({ ctx, params }) => revokeAccessToken({ ctx, input: { id: params.id } }),
  }),
];
