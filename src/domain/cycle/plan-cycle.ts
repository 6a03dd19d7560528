import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { hasRole } from '../../kernel/ctx';
import { Conflict } from '../../kernel/errors';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { getSettings } from '../settings/queries';
import { MILESTONE_KINDS } from './fields';
import { milestones } from './schema';
import { milestoneWindow } from './windows';

export const PlanCycleInput = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

/**
 * Puts a plan year's milestones in the annual cycle, each with its window from the settings as they
 * are now (later changes to the settings do not move a year already planned). Kinds already there
 * are kept; a year fully planned is a Conflict.
 */
export const planCycle = defineVerb({
  name: 'cycle.planCycle',
  input: PlanCycleInput,
  authorize: (actor) => hasRole(actor, 'editor'),
  async run(ctx, { year }) {
    const settings = await getSettings(ctx, 'cycle');
    const existing = await ctx.db.select().from(milestones).where(eq(milestones.year, year));
    const missing = MILESTONE_KINDS.filter((kind) => !existing.some((m) => m.kind === kind));
    if (!missing.length) throw new Conflict('cycle.alreadyPlanned', { year });
    const rows = await ctx.db
      .insert(milestones)
      .values(
        missing.map((kind) => ({
          id: newId(),
          year,
          kind,
          ...milestoneWindow(settings, year, kind),
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })),
      )
      .returning();
    await audit(ctx, {
      action: 'cycle.planCycle',
      entityType: 'cycle',
      entityId: null,
      after: { year, milestones: rows },
    });
    return rows;
  },
});
