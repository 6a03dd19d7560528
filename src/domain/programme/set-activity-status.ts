import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { ActivityStatus } from './fields';
import { can } from './permissions';
import { activityRow, progressNote } from './rules';
import { activities, progressNotes } from './schema';

export const SetActivityStatusInput = z.object({
  id: Id,
  version: Version,
  status: ActivityStatus,
  /** Why, or what was done: kept as a dated progress note. */
  note: z.string().trim().max(5000).optional(),
});

/** Follow-up: where an activity stands (planned, ongoing, done, postponed, cancelled), adopted or not. */
export const setActivityStatus = defineVerb({
  name: 'programme.setActivityStatus',
  input: SetActivityStatusInput,
  authorize: (actor) => can(actor, 'programme.followUp'),
  async run(ctx, { id, version, status, note }) {
    const before = await activityRow(ctx, id);
    const after = await updateVersioned(
      ctx,
      activities,
      id,
      version,
      { status, updatedAt: ctx.now },
      'activity',
    );
    if (note) {
      await ctx.db.insert(progressNotes).values(progressNote(ctx, id, note));
    }
    await audit(ctx, {
      action: 'programme.setActivityStatus',
      entityType: 'activity',
      entityId: id,
      before: { status: before.status },
      after: { status: after.status, note: note ?? null },
    });
    return after;
  },
});
