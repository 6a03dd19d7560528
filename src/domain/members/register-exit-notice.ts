import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { Id, IsoDate, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { getSettings } from '../settings/queries';
import { exitDateForNotice } from './exit-rule';
import { can } from './permissions';
import { getMemberOn } from './queries';
import { members } from './schema';

export const RegisterExitNoticeInput = z.object({ id: Id, version: Version, noticeOn: IsoDate });

/** A member gives notice; the statutes' rule (a setting) gives the last day of membership. */
export const registerExitNotice = defineVerb({
  name: 'members.registerExitNotice',
  input: RegisterExitNoticeInput,
  authorize: (actor) => can(actor, 'members.manage'),
  async run(ctx, input) {
    const before = await getMemberOn(ctx, input.id, input.noticeOn);
    if (before.leftOn && before.leftReason !== 'exit') throw new PreconditionFailed('members.alreadyLeft');
    if (input.noticeOn < before.joinedOn) throw new PreconditionFailed('members.noticeBeforeJoining');
    const { exitNoticeMonths } = await getSettings(ctx, 'membership');
    const leftOn = exitDateForNotice(input.noticeOn, exitNoticeMonths);
    await updateVersioned(
      ctx,
      members,
      input.id,
      input.version,
      { exitNoticeOn: input.noticeOn, leftOn, leftReason: 'exit', updatedAt: ctx.now },
      'member',
    );
    const after = await getMemberOn(ctx, input.id, input.noticeOn);
    await audit(ctx, {
      action: 'members.registerExitNotice',
      entityType: 'member',
      entityId: input.id,
      before,
      after,
    });
    return after;
  },
});
