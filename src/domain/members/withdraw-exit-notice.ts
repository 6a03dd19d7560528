import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { can } from './permissions';
import { getMemberOn } from './queries';
import { members } from './schema';

export const WithdrawExitNoticeInput = z.object({ id: Id, version: Version });

/** The member stays after all: the notice and the exit date it gave are removed. */
export const withdrawExitNotice = defineVerb({
  name: 'members.withdrawExitNotice',
  input: WithdrawExitNoticeInput,
  authorize: (actor) => can(actor, 'members.manage'),
  async run(ctx, input) {
    const before = await getMemberOn(ctx, input.id);
    if (before.leftReason !== 'exit') throw new PreconditionFailed('members.noExitNotice');
    await updateVersioned(
      ctx,
      members,
      input.id,
      input.version,
      { exitNoticeOn: null, leftOn: null, leftReason: null, updatedAt: ctx.now },
      'member',
    );
    const after = await getMemberOn(ctx, input.id);
    await audit(ctx, {
      action: 'members.withdrawExitNotice',
      entityType: 'member',
      entityId: input.id,
      before,
      after,
    });
    return after;
  },
});
