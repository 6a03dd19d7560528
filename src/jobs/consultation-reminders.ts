import { consultationRemindersDue } from '../domain/consultations/queries';
import { sendConsultationReminders } from '../domain/consultations/send-consultation-reminders';
import { systemCtx } from '../kernel/ctx';
import type { ReminderOptions } from './reminders';

/**
 * One round of the consultation deadline reminders. It reads first, so an hour with nothing due
 * leaves no audit row; the verb claims each consultation before mailing, so several app nodes send
 * each reminder once.
 */
export async function runConsultationReminders(options: ReminderOptions): Promise<number> {
  const ctx = systemCtx(options.db, 'consultation-reminders', options.now);
  if (!(await consultationRemindersDue(ctx))) return 0;
  const result = await sendConsultationReminders({
    ctx,
    input: options.baseUrl ? { baseUrl: options.baseUrl } : {},
  });
  if (result.reminded) options.logger.info(result, 'consultation deadline reminders queued');
  return result.reminded;
}
