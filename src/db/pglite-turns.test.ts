import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { takeTurns } from './pglite-turns';

const plain = await PGlite.create();
const taking = takeTurns(await PGlite.create());
afterAll(() => Promise.all([plain.close(), taking.close()]));

/** How many of 40 queued queries (a few milliseconds each) had finished when a timer set before them fired. */
async function finishedBeforeTimer(client: PGlite) {
  let finished = 0;
  let seen = -1;
  setTimeout(() => {
    seen = finished;
  }, 0);
  await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      client
        .query<{ n: number }>('select $1::int + count(*)::int as n from generate_series(1, 50000)', [i])
        .then((r) => {
          expect(r.rows[0]?.n).toBe(i + 50000);
          finished++;
        }),
    ),
  );
  return seen;
}

describe('the embedded database taking turns with the event loop', () => {
  it('lets a timer run between queued queries, where PGlite alone runs them all first', async () => {
    expect(await finishedBeforeTimer(plain)).toBe(-1);
    const seen = await finishedBeforeTimer(taking);
    expect(seen).toBeGreaterThanOrEqual(0);
    expect(seen).toBeLessThan(40);
  });

  it('keeps transactions whole and in order', async () => {
    await taking.exec('create table places (name text)');
    const order: string[] = [];
    await Promise.all([
      taking.transaction(async (tx) => {
        await tx.query("insert into places values ('Ås')");
        await tx.query("insert into places values ('Bærum')");
        order.push('transaction');
      }),
      taking.query('select count(*)::int as n from places').then((r) => {
        order.push(`count ${(r.rows[0] as { n: number }).n}`);
      }),
    ]);
    expect(order).toEqual(['transaction', 'count 2']);
  });
});
