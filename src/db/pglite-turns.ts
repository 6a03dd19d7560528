import type { PGlite } from '@electric-sql/pglite';

const SLICE_MS = 5;

/**
 * PGlite runs on this thread and answers in microtasks only. Under load its queued queries ran
 * back to back, and nothing that waits for the event loop — a request arriving, a response's
 * next step, a timer — ran until the queue was empty: some requests waited seconds while others
 * went through. So queries, batches and transactions here run in the order asked, and one that
 * would start more than a few milliseconds after the event loop last had its turn gives it one
 * first (yielding before every query cost a tenth of a sequential load's time). A query on the
 * client inside its own transaction callback would wait for ever, here as in PGlite itself; the
 * transaction's own handle is the one to use.
 */
export function takeTurns(client: PGlite): PGlite {
  let queue: Promise<unknown> = Promise.resolve();
  let lastTurn = performance.now();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const result = queue.then(async () => {
      if (performance.now() - lastTurn >= SLICE_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        lastTurn = performance.now();
      }
      return run();
    });
    queue = result.catch(() => undefined);
    return result;
  };
  const { query, exec, transaction } = client;
  client.query = ((...args: Parameters<typeof query>) =>
    inTurn(() => query.apply(client, args))) as typeof query;
  client.exec = ((...args: Parameters<typeof exec>) => inTurn(() => exec.apply(client, args))) as typeof exec;
  client.transaction = ((...args: Parameters<typeof transaction>) =>
    inTurn(() => transaction.apply(client, args))) as typeof transaction;
  return client;
}
