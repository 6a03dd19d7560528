import { remindersDue } from '../domain/cycle/queries';
import { sendCycleReminders } from '../domain/cycle/send-cycle-reminders';
import { systemCtx } from '../kernel/ctx';
import type { ReminderOptions } from './reminders';

/**
 * One round of the annual cycle's reminders. It reads first, so an hour with nothing due leaves
 * no audit row; the verb claims each milestone before mailing, so several app nodes send each
 * reminder once.
 */
export async function runCycleReminders(options: ReminderOptions): Promise<number> {
  const ctx = systemCtx(options.db, 'cycle-reminders', options.now);
  if (!(await remindersDue(ctx))) return 0;
  const result = await sendCycleReminders({
    ctx,
    input: options.baseUrl ? { baseUrl: options.baseUrl } : {},
  });
  if (result.reminded) options.logger.info(result, 'annual cycle reminders queued');
  return result.reminded;
}
