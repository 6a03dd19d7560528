import type { Ctx } from '../../kernel/ctx';
import { newId } from '../../kernel/ids';
import { inTransaction } from '../../kernel/transaction';
import { outbox } from './schema';

export interface Mail {
  to: { address: string; name?: string };
  subject: string;
  text: string;
  html?: string;
  entityType?: string;
  entityId?: string;
}

/**
 * Puts mail in the outbox inside the caller's transaction: it is sent only if the change that caused
 * it commits (the dispatcher delivers it when SMTP is configured), never for a rolled-back one.
 */
export async function enqueueMail(ctx: Ctx, mails: Mail[]): Promise<number> {
  if (!inTransaction(ctx.db)) throw new Error('enqueueMail must run inside the verb that causes the mail');
  if (!mails.length) return 0;
  await ctx.db.insert(outbox).values(
    mails.map((m) => ({
      id: newId(),
      toAddress: m.to.address,
      toName: m.to.name ?? '',
      subject: m.subject,
      text: m.text,
      html: m.html ?? null,
      entityType: m.entityType ?? null,
      entityId: m.entityId ?? null,
      createdAt: ctx.now,
    })),
  );
  return mails.length;
}
