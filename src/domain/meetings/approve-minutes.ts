import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { can } from './permissions';
import { getMeeting } from './queries';
import { assertChangeable } from './rules';
import { meetings } from './schema';

export const ApproveMinutesInput = z.object({
  id: Id,
  version: Version,
  /** Remarks for the minutes: who chaired, when the meeting ended, anything to note. */
  minutesNotes: z.string().trim().max(20_000).optional(),
});

/** Approves the minutes (protokoll): every item has its outcome; the meeting becomes history and is published. */
export const approveMinutes = defineVerb({
  name: 'meetings.approveMinutes',
  input: ApproveMinutesInput,
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run(ctx, input) {
    const model = await getMeeting(ctx, input.id);
    assertChangeable(model.meeting);
    if (model.meeting.status !== 'held') throw new PreconditionFailed('meetings.attendanceFirst');
    const open = model.agenda.filter((item) => !item.outcome);
    if (open.length) throw new PreconditionFailed('meetings.itemsWithoutOutcome', { count: open.length });
    const after = await updateVersioned(
      ctx,
      meetings,
      input.id,
      input.version,
      {
        status: 'minutes_approved',
        minutesApprovedAt: ctx.now,
        minutesNotes: input.minutesNotes ?? model.meeting.minutesNotes,
        updatedAt: ctx.now,
      },
      'meeting',
    );
    await audit(ctx, {
      action: 'meetings.approveMinutes',
      entityType: 'meeting',
      entityId: input.id,
      before: model.meeting,
      after,
    });
    return after;
  },
});
