import type { Executor } from '../db/types';
import { remindersDue } from '../domain/cycle/queries';
import { sendCycleReminders } from '../domain/cycle/send-cycle-reminders';
import { systemCtx } from '../kernel/ctx';
import type { Logger } from '../kernel/logger';

/**
 * The annual cycle's reminders: the verb runs at start and then every hour; it claims each
 * milestone before mailing, so several app nodes running this job send each reminder once.
 */
export function startCycleReminders(options: {
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
      const ctx = systemCtx(options.db, 'cycle-reminders');
      if (!(await remindersDue(ctx))) return;
      const result = await sendCycleReminders({
        ctx,
        input: options.baseUrl ? { baseUrl: options.baseUrl } : {},
      });
      if (result.reminded) options.logger.info(result, 'annual cycle reminders queued');
    } catch (error) {
      options.logger.error({ err: error }, 'annual cycle reminders failed');
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(run, options.everyMs ?? 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
