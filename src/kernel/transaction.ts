import type { Db, Executor, Tx } from '../db/types';
import type { Ctx } from './ctx';

const transactions = new WeakSet<object>();

export function inTransaction(db: Executor): db is Tx {
  return transactions.has(db);
}

/**
 * Runs `fn` in one transaction: all or nothing. A ctx that already holds a transaction
 * is reused, so verbs compose into one unit of work.
 */
export async function withTransaction<T>(ctx: Ctx, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  if (inTransaction(ctx.db)) return fn(ctx);
  return (ctx.db as Db).transaction(async (tx) => {
    transactions.add(tx);
    return fn({ ...ctx, db: tx });
  });
}
