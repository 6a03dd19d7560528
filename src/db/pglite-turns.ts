import type { PGlite } from '@electric-sql/pglite';

/**
 * PGlite runs on this thread and answers in microtasks only. Under load its queued queries ran
 * back to back, and nothing that waits for the event loop — a request arriving, a response's
 * next step, a timer — ran until the queue was empty: some requests waited seconds while others
 * went through. So each query, batch or transaction here starts on a turn of the event loop of
 * its own, in the order asked. (A query on the client inside its own transaction callback would
 * wait for ever, here as in PGlite itself; the transaction's own handle is the one to use.)
 */
export function takeTurns(client: PGlite): PGlite {
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const result = queue.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(run);
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
