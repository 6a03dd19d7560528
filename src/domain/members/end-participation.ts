import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { NotFound, PreconditionFailed } from '../../kernel/errors';
import { IsoDate } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { participations } from './schema';

export const EndParticipationInput = z.object({ id: z.uuid(), validTo: IsoDate });

/** A member stops taking part in a scheme after `validTo`. */
export const endParticipation = defineVerb({
  name: 'members.endParticipation',
  input: EndParticipationInput,
  authorize: (actor) => can(actor, 'members.manage'),
  async run(ctx, input) {
    const [before] = await ctx.db.select().from(participations).where(eq(participations.id, input.id));
    if (!before) throw new NotFound('participation');
    if (input.validTo < before.validFrom) throw new PreconditionFailed('members.endBeforeStart');
    const [after] = await ctx.db
      .update(participations)
      .set({ validTo: input.validTo })
      .where(eq(participations.id, input.id))
      .returning();
    await audit(ctx, {
      action: 'members.endParticipation',
      entityType: 'member',
      entityId: before.memberId,
      before,
      after,
    });
    return after!;
  },
});
