import { z } from 'zod';
import { hasRole } from '../../kernel/ctx';
import { defineVerb } from '../../kernel/verb';
import { CycleSettings } from './registry';
import { saveSettings } from './save-settings';

export const UpdateCycleSettingsInput = CycleSettings.extend({ version: z.coerce.number().int().min(0) });

/** The windows of the annual cycle and the reminder lead time; years already planned keep theirs. */
export const updateCycleSettings = defineVerb({
  name: 'settings.updateCycleSettings',
  input: UpdateCycleSettingsInput,
  authorize: (actor) => hasRole(actor, 'admin'),
  run: (ctx, { version, ...value }) =>
    saveSettings(ctx, 'cycle', version, value, 'settings.updateCycleSettings'),
});
