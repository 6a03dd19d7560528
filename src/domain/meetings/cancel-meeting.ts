import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { can } from './permissions';
import { assertChangeable, meetingRow } from './rules';
import { meetings } from './schema';

export const CancelMeetingInput = z.object({ id: Id, version: Version });

/** Cancels a planned meeting; it stays in the calendar as cancelled. */
export const cancelMeeting = defineVerb({
  name: 'meetings.cancelMeeting',
  input: CancelMeetingInput,
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run(ctx, { id, version }) {
    const before = await meetingRow(ctx, id);
    assertChangeable(before);
    const after = await updateVersioned(
      ctx,
      meetings,
      id,
      version,
      { status: 'cancelled', updatedAt: ctx.now },
      'meeting',
    );
    await audit(ctx, {
      action: 'meetings.cancelMeeting',
      entityType: 'meeting',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
