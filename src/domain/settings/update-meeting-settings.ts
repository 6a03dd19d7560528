import { z } from 'zod';
import { hasRole } from '../../kernel/ctx';
import { defineVerb } from '../../kernel/verb';
import { MeetingSettings } from './registry';
import { saveSettings } from './save-settings';

export const UpdateMeetingSettingsInput = MeetingSettings.extend({ version: z.coerce.number().int().min(0) });

export const updateMeetingSettings = defineVerb({
  name: 'settings.updateMeetingSettings',
  input: UpdateMeetingSettingsInput,
  authorize: (actor) => hasRole(actor, 'admin'),
  run: (ctx, { version, ...value }) =>
    saveSettings(ctx, 'meetings', version, value, 'settings.updateMeetingSettings'),
});
