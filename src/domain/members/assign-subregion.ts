import { and, eq, gte, isNull, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { addDays } from '../../kernel/dates';
import { NotFound, PreconditionFailed } from '../../kernel/errors';
import { Id, IsoDate, Version } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { can } from './permissions';
import { getMemberOn } from './queries';
import { members, subregionMemberships, subregions } from './schema';

export const AssignSubregionInput = z.object({
  memberId: Id,
  version: Version,
  /** None: the member belongs to no sub-region from the date. */
  subregionId: z.uuid().nullable(),
  validFrom: IsoDate,
});

/** A member moves to another sub-region (or none) from a date; the earlier membership ends the day before. */
export const assignSubregion = defineVerb({
  name: 'members.assignSubregion',
  input: AssignSubregionInput,
  authorize: (actor) => can(actor, 'members.manage'),
  async run(ctx, input) {
    const before = await getMemberOn(ctx, input.memberId, input.validFrom);
    if (input.subregionId) {
      const [region] = await ctx.db.select().from(subregions).where(eq(subregions.id, input.subregionId));
      if (!region) throw new NotFound('subregion');
      if (
        region.validFrom > input.validFrom ||
        (region.validTo !== null && region.validTo < input.validFrom)
      ) {
        throw new PreconditionFailed('members.subregionNotInForce', {
          name: region.name,
          date: input.validFrom,
        });
      }
    }
    await updateVersioned(ctx, members, input.memberId, input.version, { updatedAt: ctx.now }, 'member');
    // Memberships starting on or after the date are replaced; one running over it ends the day before.
    await ctx.db
      .delete(subregionMemberships)
      .where(
        and(
          eq(subregionMemberships.memberId, input.memberId),
          gte(subregionMemberships.validFrom, input.validFrom),
        ),
      );
    await ctx.db
      .update(subregionMemberships)
      .set({ validTo: addDays(input.validFrom, -1) })
      .where(
        and(
          eq(subregionMemberships.memberId, input.memberId),
          lt(subregionMemberships.validFrom, input.validFrom),
          or(isNull(subregionMemberships.validTo), gte(subregionMemberships.validTo, input.validFrom)),
        ),
      );
    if (input.subregionId) {
      await ctx.db.insert(subregionMemberships).values({
        id: newId(),
        memberId: input.memberId,
        subregionId: input.subregionId,
        validFrom: input.validFrom,
      });
    }
    const after = await getMemberOn(ctx, input.memberId, input.validFrom);
    await audit(ctx, {
      action: 'members.assignSubregion',
      entityType: 'member',
      entityId: input.memberId,
      before,
      after,
    });
    return after;
  },
});
