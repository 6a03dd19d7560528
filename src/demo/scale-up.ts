import { sql } from 'drizzle-orm';
import type { Db } from '../db/types';
import { systemCtx } from '../kernel/ctx';
import { bumpDataVersion } from '../kernel/data-version';
import { withTransaction } from '../kernel/transaction';

interface ClonePlan {
  table: string;
  /** Columns holding ids of rows that are cloned with this one (its own id, its parent's). */
  local: string[];
  /** Moved back in time with the copy: every date and timestamp, and the case year. */
  shifted?: boolean;
}

// Parents before children. A copy's case numbers get 100 × copy added, so numbers stay unique per year.
const PLAN: ClonePlan[] = [
  { table: 'cases_cases', local: ['id'], shifted: true },
  { table: 'cases_routes', local: ['case_id'] },
  { table: 'cases_documents', local: ['id', 'case_id'], shifted: true },
  { table: 'cases_follow_ups', local: ['id', 'case_id'], shifted: true },
  { table: 'meetings_meetings', local: ['id'], shifted: true },
  { table: 'meetings_agenda_items', local: ['id', 'meeting_id', 'case_id'], shifted: true },
  { table: 'meetings_attendance', local: ['id', 'meeting_id'] },
  { table: 'meetings_votes', local: ['id', 'agenda_item_id'] },
];

// Four months further back per copy: 99 copies reach 33 years before the demo.
const MONTHS_BACK = sql.raw('(4 * k)');

function expression(plan: ClonePlan, column: string, type: string) {
  const col = sql.identifier(column);
  if (plan.local.includes(column)) return sql`md5(${col}::text || ':' || k)::uuid`;
  if (!plan.shifted) return col;
  if (plan.table === 'cases_cases' && column === 'year') return sql`${col} - ${MONTHS_BACK} / 12`;
  if (plan.table === 'cases_cases' && column === 'sequence') return sql`${col} + 100 * k`;
  if (type === 'date') return sql`(${col} - make_interval(months => ${MONTHS_BACK}))::date`;
  if (type.startsWith('timestamp')) return sql`${col} - make_interval(months => ${MONTHS_BACK})`;
  return col;
}

/**
 * Benchmark data, not a use case: multiplies the demo's cases, papers and meetings by `factor` by
 * copying their rows in SQL (a copy per k, moved back in time), so lists and search can be
 * measured at decades of history. Members and people stay as they are: a council's members are
 * bounded by the country's municipalities, not by its age.
 */
export async function scaleUpDemo(db: Db, factor: number): Promise<Record<string, number>> {
  if (!Number.isInteger(factor) || factor < 2 || factor > 1000) throw new Error('factor must be 2–1000');
  const counts: Record<string, number> = {};
  await withTransaction(systemCtx(db, 'bench'), async (ctx) => {
    for (const plan of PLAN) {
      const { rows } = (await ctx.db.execute(
        sql`select column_name, data_type from information_schema.columns
            where table_schema = current_schema() and table_name = ${plan.table} and is_generated = 'NEVER'
            order by ordinal_position`,
      )) as unknown as { rows: { column_name: string; data_type: string }[] };
      const columns = sql.join(
        rows.map((r) => sql.identifier(r.column_name)),
        sql`, `,
      );
      const values = sql.join(
        rows.map((r) => expression(plan, r.column_name, r.data_type)),
        sql`, `,
      );
      const table = sql.identifier(plan.table);
      await ctx.db.execute(
        sql`insert into ${table} (${columns}) select ${values} from ${table} cross join generate_series(1, ${factor - 1}::int) as k`,
      );
      const [count] = (
        (await ctx.db.execute(sql`select count(*)::int as n from ${table}`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows;
      counts[plan.table] = count?.n ?? 0;
    }
    await bumpDataVersion(ctx.db);
  });
  return counts;
}
