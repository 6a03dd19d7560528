import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { OrgNumber } from './identity-rules';
import { can } from './permissions';
import { getMemberOn } from './queries';
import { members } from './schema';

export const UpdateMemberInput = z.object({
  id: Id,
  version: Version,
  orgNumber: OrgNumber.nullable().optional(),
  notes: z.string().trim().max(5000).optional(),
  evidence: z.string().trim().max(2000).optional(),
});

/** Corrects what does not change over time (organisation number, notes, evidence); names and numbers change with changeMemberIdentity. */
export const updateMember = defineVerb({
  name: 'members.updateMember',
  input: UpdateMemberInput,
  authorize: (actor) => can(actor, 'members.manage'),
  async run(ctx, { id, version, ...changes }) {
    const before = await getMemberOn(ctx, id);
    await updateVersioned(ctx, members, id, version, { ...changes, updatedAt: ctx.now }, 'member');
    const after = await getMemberOn(ctx, id);
    await audit(ctx, { action: 'members.updateMember', entityType: 'member', entityId: id, before, after });
    return after;
  },
});
