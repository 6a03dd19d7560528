import nodemailer, { type Transporter } from 'nodemailer';
import type { Executor } from '../db/types';
import { markDelivered, markFailed, pendingMail } from '../domain/mail/delivery';
import type { Logger } from '../kernel/logger';

/** Sends what waits in the outbox through one transport; returns how many were sent. */
export async function deliverPending(
  db: Executor,
  transport: Transporter,
  from: string,
  logger?: Logger,
): Promise<number> {
  let sent = 0;
  for (const mail of await pendingMail(db)) {
    try {
      await transport.sendMail({
        from,
        to: mail.toName ? { name: mail.toName, address: mail.toAddress } : mail.toAddress,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
      });
      await markDelivered(db, mail.id, new Date());
      sent++;
    } catch (error) {
      logger?.warn({ err: error, mail: mail.id }, 'mail delivery failed');
      await markFailed(db, mail.id, error instanceof Error ? error.message : String(error));
    }
  }
  return sent;
}

/**
 * With SMTP configured, the outbox is delivered every few seconds. Delivery is at-least-once: a
 * crash between sending and marking, or two app nodes reading the same mail at once, can send it twice.
 */
export function startMailDispatcher(options: {
  db: Executor;
  smtpUrl: string;
  from: string;
  logger: Logger;
  everyMs?: number;
}) {
  const transport = nodemailer.createTransport(options.smtpUrl);
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const sent = await deliverPending(options.db, transport, options.from, options.logger);
      if (sent) options.logger.info({ sent }, 'mail delivered');
    } catch (error) {
      options.logger.error({ err: error }, 'mail dispatcher failed');
    } finally {
      running = false;
    }
  }, options.everyMs ?? 5000);
  timer.unref();
  return () => {
    clearInterval(timer);
    transport.close();
  };
}
