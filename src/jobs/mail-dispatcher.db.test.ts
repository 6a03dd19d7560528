import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { systemTestCtx } from '../../tests/support/fixtures';
import { pendingMail } from '../domain/mail/delivery';
import { enqueueMail } from '../domain/mail/enqueue';
import { audit } from '../kernel/audit';
import { withTransaction } from '../kernel/transaction';
import { deliverPending } from './mail-dispatcher';

/** A real SMTP server on a local port receives what the dispatcher sends. */
const database = setupTestDatabase();
const received: { to: string; data: string }[] = [];
let server: SMTPServer;
let port = 0;
let refuse = false;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(_address, _session, callback) {
      if (refuse) return callback(new Error('Mailbox unavailable'));
      callback();
    },
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk) => {
        data += chunk;
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the mail dispatcher', () => {
  it('delivers the outbox over SMTP, only mail of committed changes, and retries failures', async () => {
    const db = database().db;
    const ctx = systemTestCtx(db);
    await withTransaction(ctx, async (tx) => {
      await enqueueMail({ ...tx, verbScope: undefined }, [
        {
          to: { address: 'kari@example.org', name: 'Kari' },
          subject: 'Innkalling: Styret',
          text: 'Møte 17. september.',
        },
      ]);
      await audit(tx, { action: 'test.mail', entityType: 'mail' });
    });
    await expect(
      withTransaction(ctx, async (tx) => {
        await enqueueMail(tx, [{ to: { address: 'angret@example.org' }, subject: 'Angret', text: 'x' }]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow();
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    expect(await deliverPending(db, transport, 'Samråd <noreply@example.org>')).toBe(1);
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toBe('kari@example.org');
    expect(received[0]!.data).toContain('Subject: Innkalling: Styret');
    expect(await pendingMail(db)).toHaveLength(0);

    refuse = true;
    await withTransaction(ctx, async (tx) => {
      await enqueueMail(tx, [{ to: { address: 'feil@example.org' }, subject: 'Feiler', text: 'x' }]);
      await audit(tx, { action: 'test.mail', entityType: 'mail' });
    });
    expect(await deliverPending(db, transport, 'noreply@example.org')).toBe(0);
    const [failed] = await pendingMail(db);
    expect(failed).toMatchObject({ attempts: 1, status: 'pending' });
    expect(failed?.lastError).toMatch(/Mailbox unavailable/);
    transport.close();
  });
});
