import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { NotFound } from '../../kernel/errors';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { activityLinks } from './schema';

export const UnlinkActivityInput = z.object({ id: z.uuid() });

/** Removes a link from an activity (the meeting, case or document itself stays). */
export const unlinkActivity = defineVerb({
  name: 'programme.unlinkActivity',
  input: UnlinkActivityInput,
  authorize: (actor) => can(actor, 'programme.followUp'),
  async run(ctx, { id }) {
    const [before] = await ctx.db.delete(activityLinks).where(eq(activityLinks.id, id)).returning();
    if (!before) throw new NotFound('activityLink');
    await audit(ctx, {
      action: 'programme.unlinkActivity',
      entityType: 'activityLink',
      entityId: id,
      before,
    });
  },
});
