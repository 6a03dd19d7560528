import type { Executor } from '../db/types';
import type { Logger } from '../kernel/logger';
import { runConsultationReminders } from './consultation-reminders';
import { runCycleReminders } from './cycle-reminders';

export interface ReminderOptions {
  db: Executor;
  /** Where users reach Samråd (PUBLIC_URL), for the link in a mail; none where it is not known. */
  baseUrl: string | undefined;
  logger: Logger;
  now?: Date;
}

/** Every kind of reminder, each a round that reads first and claims what it mails. */
const ROUNDS: [string, (options: ReminderOptions) => Promise<number>][] = [
  ['annual cycle reminders', runCycleReminders],
  ['consultation deadline reminders', runConsultationReminders],
];

/** The reminders at start and then every hour, one round of each at a time; a failure is logged, not fatal. */
export function startReminders(options: Omit<ReminderOptions, 'now'> & { everyMs?: number }) {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    for (const [name, round] of ROUNDS) {
      try {
        await round(options);
      } catch (error) {
        options.logger.error({ err: error }, `${name} failed`);
      }
    }
    running = false;
  };
  void run();
  const timer = setInterval(run, options.everyMs ?? 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
