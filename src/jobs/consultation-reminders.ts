import type { Executor } from '../db/types';
import { consultationRemindersDue } from '../domain/consultations/queries';
import { sendConsultationReminders } from '../domain/consultations/send-consultation-reminders';
import { systemCtx } from '../kernel/ctx';
import type { Logger } from '../kernel/logger';

/**
 * One round of the consultation deadline reminders. It reads first, so an hour with nothing due
 * leaves no audit row; the verb claims each consultation before mailing, so several app nodes send
 * each reminder once.
 */
export async function runConsultationReminders(options: {
  db: Executor;
  baseUrl: string | undefined;
  logger: Logger;
  now?: Date;
}): Promise<number> {
  const ctx = systemCtx(options.db, 'consultation-reminders', options.now);
  if (!(await consultationRemindersDue(ctx))) return 0;
  const result = await sendConsultationReminders({
    ctx,
    input: options.baseUrl ? { baseUrl: options.baseUrl } : {},
  });
  if (result.reminded) options.logger.info(result, 'consultation deadline reminders queued');
  return result.reminded;
}

/** The reminders at start and then every hour, one round at a time. */
export function startConsultationReminders(options: {
  db: Executor;
  baseUrl: string | undefined;
  logger: Logger;
  everyMs?: number;
}) {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await runConsultationReminders(options);
    } catch (error) {
      options.logger.error({ err: error }, 'consultation deadline reminders failed');
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(run, options.everyMs ?? 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
