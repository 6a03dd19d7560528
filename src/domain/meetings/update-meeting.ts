import { audit } from '../../kernel/audit';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { MeetingBase, withMeetingRules } from './fields';
import { can } from './permissions';
import { assertChangeable, meetingRow } from './rules';
import { meetings } from './schema';

export const UpdateMeetingInput = withMeetingRules(MeetingBase.extend({ id: Id, version: Version }));

/** Moves or changes a meeting that is not yet history. */
export const updateMeeting = defineVerb({
  name: 'meetings.updateMeeting',
  input: UpdateMeetingInput,
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run(ctx, { id, version, ...fields }) {
    const before = await meetingRow(ctx, id);
    assertChangeable(before);
    const after = await updateVersioned(
      ctx,
      meetings,
      id,
      version,
      {
        ...fields,
        title: fields.title || before.title,
        endsAt: fields.endsAt ?? null,
        closedLegalBasis: fields.open ? null : (fields.closedLegalBasis ?? null),
        updatedAt: ctx.now,
      },
      'meeting',
    );
    await audit(ctx, {
      action: 'meetings.updateMeeting',
      entityType: 'meeting',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
