import { and, asc, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/types';
import type { Ctx } from '../../kernel/ctx';
import { hasRole } from '../../kernel/ctx';
import { requirePermission } from '../../kernel/guards';
import { decodeCursor, encodeCursor, type Page, PageParams } from '../../kernel/pagination';
import { parseInput } from '../../kernel/validate';
import { outbox } from './schema';

export const MAX_ATTEMPTS = 5;

export type OutboxMail = typeof outbox.$inferSelect;

/** Pending mail to deliver now, oldest first (a failed one waits and is tried again, up to five times). */
export async function pendingMail(db: Executor, limit = 20): Promise<OutboxMail[]> {
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), lt(outbox.attempts, MAX_ATTEMPTS)))
    .orderBy(asc(outbox.createdAt))
    .limit(limit);
}

/**
 * Delivery bookkeeping, not a change anyone made (so no audit row): a mail is sent, or failed once
 * more; after the last attempt it is marked failed for an administrator to see.
 */
export async function markDelivered(db: Executor, id: string, now: Date): Promise<void> {
  await db
    .update(outbox)
    .set({ status: 'sent', sentAt: now, attempts: sql`${outbox.attempts} + 1`, lastError: null })
    .where(eq(outbox.id, id));
}

export async function markFailed(db: Executor, id: string, error: string): Promise<void> {
  await db
    .update(outbox)
    .set({
      attempts: sql`${outbox.attempts} + 1`,
      lastError: error.slice(0, 1000),
      status: sql`case when ${outbox.attempts} + 1 >= ${MAX_ATTEMPTS} then 'failed'::mail_status else 'pending'::mail_status end`,
    })
    .where(eq(outbox.id, id));
}

/** For loaded history (the demo): mail written back then was delivered back then, so nothing waits to go out now. */
export async function markHistoryDelivered(db: Executor): Promise<void> {
  await db
    .update(outbox)
    .set({ status: 'sent', sentAt: outbox.createdAt })
    .where(eq(outbox.status, 'pending'));
}

/** The outbox, newest first (keyset on created-at and id): what was sent, what waits, what failed. Administrators only. */
export async function listOutbox(
  ctx: Ctx,
  params: { limit?: number; cursor?: string | undefined },
): Promise<Page<OutboxMail>> {
  requirePermission(ctx, hasRole(ctx.actor, 'admin'));
  const p = parseInput(PageParams, params, ctx.locale);
  const total = await ctx.db.$count(outbox);
  const key = decodeCursor(p.cursor, 2, ctx.locale) as [string, string] | null;
  const after = key
    ? or(
        lt(outbox.createdAt, new Date(key[0])),
        and(eq(outbox.createdAt, new Date(key[0])), lt(outbox.id, key[1])),
      )
    : undefined;
  const rows = await ctx.db
    .select()
    .from(outbox)
    .where(after)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(p.limit + 1);
  const items = rows.slice(0, p.limit);
  const last = items.at(-1);
  return {
    items,
    total,
    nextCursor: rows.length > p.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}
