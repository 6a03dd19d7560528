import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { queryRowsPlannedOnce } from './sql';

const database = setupTestDatabase();

describe('a query planned once per connection', () => {
  it('answers each run with its own values, and on PostgreSQL is one prepared statement per text', async () => {
    const { db, driver } = database();
    const plus = (n: number) => sql`select ${n}::int + 1 as n, 'Tromsø' as place`;
    const names = await db.transaction(async (tx) => {
      expect(await queryRowsPlannedOnce(tx, plus(1))).toEqual([{ n: 2, place: 'Tromsø' }]);
      expect(await queryRowsPlannedOnce(tx, plus(41))).toEqual([{ n: 42, place: 'Tromsø' }]);
      expect(await queryRowsPlannedOnce(tx, sql`select ${'Ås'}::text as place`)).toEqual([{ place: 'Ås' }]);
      const rows = await tx.execute(
        sql`select name, statement from pg_prepared_statements where statement like '%as place%' order by statement`,
      );
      return (rows as unknown as { rows: { name: string; statement: string }[] }).rows;
    });
    if (driver === 'pglite') expect(names).toEqual([]);
    else {
      expect(names.map((r) => r.statement)).toEqual([
        "select $1::int + 1 as n, 'Tromsø' as place",
        'select $1::text as place',
      ]);
      expect(new Set(names.map((r) => r.name)).size).toBe(2);
    }
  });
});
