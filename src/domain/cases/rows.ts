import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { NotFound } from '../../kernel/errors';
import { formatCaseNumber } from './number';
import { caseRoutes, cases } from './schema';

export type CaseRow = typeof cases.$inferSelect & { number: string; route: string[] };

/** A case row with its number ("39/19") and route; NotFound when there is none. */
export async function getCaseRow(ctx: Pick<Ctx, 'db'>, id: string): Promise<CaseRow> {
  const [row] = await ctx.db.select().from(cases).where(eq(cases.id, id));
  if (!row) throw new NotFound('case');
  const route = await ctx.db
    .select({ bodyId: caseRoutes.bodyId })
    .from(caseRoutes)
    .where(eq(caseRoutes.caseId, id))
    .orderBy(asc(caseRoutes.position));
  return { ...row, number: formatCaseNumber(row.sequence, row.year), route: route.map((r) => r.bodyId) };
}
