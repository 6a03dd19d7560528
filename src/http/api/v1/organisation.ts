import { z } from 'zod';
import { getOrganisationProfile } from '../../../domain/settings/queries';
import { OrganisationProfile } from '../../../domain/settings/registry';
import {
  UpdateOrganisationProfileInput,
  updateOrganisationProfile,
} from '../../../domain/settings/update-organisation-profile';
import { defineOperation } from './operation';

const ProfileView = OrganisationProfile.extend({ version: z.int() });
const tag = 'Organisation';

export const organisationOperations = [
  defineOperation({
    method: 'get',
    path: '/organisation',
    operationId: 'getOrganisation',
    summary: "The alliance's name and description",
    tag,
    access: 'public',
    response: { status: 200, description: 'The profile', schema: ProfileView },
    handle: ({ ctx }) => getOrganisationProfile(ctx),
  }),
  defineOperation({
    method: 'put',
    path: '/organisation',
    operationId: 'updateOrganisation',
    summary: "Change the alliance's name and description",
    tag,
    access: 'admin',
    body: UpdateOrganisationProfileInput,
    response: { status: 200, description: 'The saved profile', schema: ProfileView },
    handle: ({ ctx, body }) =>
      updateOrganisationProfile({ ctx, input: body as z.input<typeof UpdateOrganisationProfileInput> }),
  }),
];
