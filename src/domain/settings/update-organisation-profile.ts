import { z } from 'zod';
import { hasRole } from '../../kernel/ctx';
import { defineVerb } from '../../kernel/verb';
import { OrganisationProfile } from './registry';
import { saveSettings } from './save-settings';

export const UpdateOrganisationProfileInput = OrganisationProfile.extend({
  /** The version the editor saw; 0 when the profile has never been saved. */
  version: z.coerce.number().int().min(0),
});

export const updateOrganisationProfile = defineVerb({
  name: 'settings.updateOrganisationProfile',
  input: UpdateOrganisationProfileInput,
  authorize: (actor) => hasRole(actor, 'admin'),
  run: (ctx, { version, ...profile }) =>
    saveSettings(ctx, 'organisation.profile', version, profile, 'settings.updateOrganisationProfile'),
});
