import { z } from 'zod';
import { hasRole } from '../../kernel/ctx';
import { defineVerb } from '../../kernel/verb';
import { MembershipSettings } from './registry';
import { saveSettings } from './save-settings';

export const UpdateMembershipSettingsInput = MembershipSettings.extend({
  version: z.coerce.number().int().min(0),
});

export const updateMembershipSettings = defineVerb({
  name: 'settings.updateMembershipSettings',
  input: UpdateMembershipSettingsInput,
  authorize: (actor) => hasRole(actor, 'admin'),
  run: (ctx, { version, ...value }) =>
    saveSettings(ctx, 'membership', version, value, 'settings.updateMembershipSettings'),
});
