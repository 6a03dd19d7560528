import { eq } from 'drizzle-orm';
import { audit } from '../../kernel/audit';
import { NotFound } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { FollowUpFields } from './add-follow-up';
import { can } from './permissions';
import { followUps } from './schema';

export const UpdateFollowUpInput = FollowUpFields.extend({ id: Id, version: Version });

/** Moves a follow-up on: new status, owner, due date or notes. */
export const updateFollowUp = defineVerb({
  name: 'cases.updateFollowUp',
  input: UpdateFollowUpInput,
  authorize: (actor) => can(actor, 'cases.manage'),
  async run(ctx, { id, version, ...fields }) {
    const [before] = await ctx.db.select().from(followUps).where(eq(followUps.id, id));
    if (!before) throw new NotFound('followUp');
    const after = await updateVersioned(
      ctx,
      followUps,
      id,
      version,
      { ...fields, ownerId: fields.ownerId ?? null, dueOn: fields.dueOn ?? null, updatedAt: ctx.now },
      'followUp',
    );
    await audit(ctx, { action: 'cases.updateFollowUp', entityType: 'followUp', entityId: id, before, after });
    return after;
  },
});
