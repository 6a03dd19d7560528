import { sql } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { newId } from '../../kernel/ids';
import { indicators, observations } from './schema';

type IndicatorFields = {
  key: string;
  source: string;
  tableCode: string;
  tableLabel: string;
  label: string;
  unit: string;
  decimals: number;
};

/** The indicators' ids by key, creating those not seen before and refreshing the labels of the others. */
export async function upsertIndicators(ctx: Ctx, list: IndicatorFields[]): Promise<Map<string, string>> {
  const rows = await ctx.db
    .insert(indicators)
    .values(list.map((i) => ({ id: newId(), ...i, createdAt: ctx.now, updatedAt: ctx.now })))
    .onConflictDoUpdate({
      target: indicators.key,
      set: {
        tableLabel: sql`excluded.table_label`,
        label: sql`excluded.label`,
        unit: sql`excluded.unit`,
        decimals: sql`excluded.decimals`,
        updatedAt: ctx.now,
      },
    })
    .returning({ id: indicators.id, key: indicators.key });
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** Writes values in batches; a value for the same indicator, member and year is replaced. */
export async function storeObservations(ctx: Ctx, rows: (typeof observations.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    await ctx.db
      .insert(observations)
      .values(rows.slice(i, i + 2000))
      .onConflictDoUpdate({
        target: [observations.indicatorId, observations.memberId, observations.year],
        set: {
          value: sql`excluded.value`,
          regionCode: sql`excluded.region_code`,
          source: sql`excluded.source`,
          importId: sql`excluded.import_id`,
        },
      });
  }
}
