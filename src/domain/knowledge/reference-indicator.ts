import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Conflict, NotFound } from '../../kernel/errors';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { activities, focusAreas } from '../programme/schema';
import { can } from './permissions';
import { getIndicator } from './queries';
import { indicatorReferences } from './schema';

export const ReferenceIndicatorInput = z
  .object({ indicatorId: z.uuid(), focusAreaId: z.uuid().optional(), activityId: z.uuid().optional() })
  .refine((v) => [v.focusAreaId, v.activityId].filter(Boolean).length === 1, {
    path: ['target'],
    message: 'knowledge.referenceOneTarget',
  });

/**
 * Points a focus area or an activity of the programme to an indicator it follows (population
 * growth for the area work, say); the programme and the annual report can then show the numbers.
 */
export const referenceIndicator = defineVerb({
  name: 'knowledge.referenceIndicator',
  input: ReferenceIndicatorInput,
  authorize: (actor) => can(actor, 'knowledge.manage'),
  async run(ctx, { indicatorId, focusAreaId, activityId }) {
    await getIndicator(ctx, indicatorId);
    if (
      focusAreaId &&
      !(await ctx.db.select({ id: focusAreas.id }).from(focusAreas).where(eq(focusAreas.id, focusAreaId)))
        .length
    )
      throw new NotFound('focusArea');
    if (
      activityId &&
      !(await ctx.db.select({ id: activities.id }).from(activities).where(eq(activities.id, activityId)))
        .length
    )
      throw new NotFound('activity');
    const [row] = await ctx.db
      .insert(indicatorReferences)
      .values({
        id: newId(),
        indicatorId,
        focusAreaId: focusAreaId ?? null,
        activityId: activityId ?? null,
        createdAt: ctx.now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new Conflict('knowledge.alreadyReferenced');
    await audit(ctx, {
      action: 'knowledge.referenceIndicator',
      entityType: 'indicatorReference',
      entityId: row.id,
      after: row,
    });
    return row;
  },
});
