import type { Executor } from '../db/types';
import { remindersDue } from '../domain/cycle/queries';
import { sendCycleReminders } from '../domain/cycle/send-cycle-reminders';
import { systemCtx } from '../kernel/ctx';
import type { Logger } from '../kernel/logger';

/**
 * One round of the annual cycle's reminders. It reads first, so an hour with nothing due leaves
 * no audit row; the verb claims each milestone before mailing, so several app nodes send each
 * reminder once.
 */
export async function runCycleReminders(options: {
  db: Executor;
  baseUrl: string | undefined;
  logger: Logger;
  now?: Date;
}): Promise<number> {
  const ctx = systemCtx(options.db, 'cycle-reminders', options.now);
  if (!(await remindersDue(ctx))) return 0;
  const result = await sendCycleReminders({
    ctx,
    input: options.baseUrl ? { baseUrl: options.baseUrl } : {},
  });
  if (result.reminded) options.logger.info(result, 'annual cycle reminders queued');
  return result.reminded;
}

/** The reminders at start and then every hour, one round at a time. */
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
      await runCycleReminders(options);
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
