import { and, eq, isNull } from 'drizzle-orm';
import { audit } from '../../kernel/audit';
import type { Ctx } from '../../kernel/ctx';
import { updateVersioned } from '../../kernel/versioning';
import type { MilestoneKind } from './fields';
import { milestones } from './schema';

/**
 * Marks a planned milestone done where another area's verb did the work (adopting the programme
 * does the board's milestone), in that verb's transaction, with an audit row. A year not planned,
 * or a milestone already done, is left as it is.
 */
export async function recordMilestone(
  ctx: Ctx,
  entry: {
    year: number;
    kind: MilestoneKind;
    doneOn: string;
    meetingId: string | null;
    caseId: string | null;
  },
): Promise<void> {
  const [before] = await ctx.db
    .select()
    .from(milestones)
    .where(and(eq(milestones.year, entry.year), eq(milestones.kind, entry.kind), isNull(milestones.doneOn)));
  if (!before) return;
  const after = await updateVersioned(
    ctx,
    milestones,
    before.id,
    before.version,
    { doneOn: entry.doneOn, meetingId: entry.meetingId, caseId: entry.caseId, updatedAt: ctx.now },
    'milestone',
  );
  await audit(ctx, {
    action: 'cycle.recordMilestone',
    entityType: 'milestone',
    entityId: before.id,
    before,
    after,
  });
}

/**
 * Undoes recordMilestone when the decision it recorded is withdrawn (a programme reopened as a
 * draft): the milestone is open again if it was done by that case, with an audit row.
 */
export async function reopenMilestone(
  ctx: Ctx,
  entry: { year: number; kind: MilestoneKind; caseId: string },
): Promise<void> {
  const [before] = await ctx.db
    .select()
    .from(milestones)
    .where(
      and(
        eq(milestones.year, entry.year),
        eq(milestones.kind, entry.kind),
        eq(milestones.caseId, entry.caseId),
      ),
    );
  if (!before) return;
  const after = await updateVersioned(
    ctx,
    milestones,
    before.id,
    before.version,
    { doneOn: null, meetingId: null, caseId: null, updatedAt: ctx.now },
    'milestone',
  );
  await audit(ctx, {
    action: 'cycle.reopenMilestone',
    entityType: 'milestone',
    entityId: before.id,
    before,
    after,
  });
}
