import { eq } from 'drizzle-orm';
import type { Ctx } from '../../kernel/ctx';
import { NotFound } from '../../kernel/errors';
import { milestones } from './schema';

export type MilestoneRow = typeof milestones.$inferSelect;

export async function milestoneRow(ctx: Pick<Ctx, 'db'>, id: string): Promise<MilestoneRow> {
  const [row] = await ctx.db.select().from(milestones).where(eq(milestones.id, id));
  if (!row) throw new NotFound('milestone');
  return row;
}
