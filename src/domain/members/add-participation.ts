import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Conflict } from '../../kernel/errors';
import { endsAfterStart, IsoDate } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { getMemberOn } from './queries';
import { participations } from './schema';

export const AddParticipationInput = endsAfterStart(
  z.object({
    memberId: z.uuid(),
    /** E.g. `brand-partnership`: the members paying the extra contribution to international profiling. */
    scheme: z.string().trim().min(1).max(100),
    validFrom: IsoDate,
    validTo: IsoDate.nullable().optional(),
  }),
);

export const addParticipation = defineVerb({
  name: 'members.addParticipation',
  input: AddParticipationInput,
  authorize: (actor) => can(actor, 'members.manage'),
  async run(ctx, input) {
    const member = await getMemberOn(ctx, input.memberId, input.validFrom);
    const overlapping = await ctx.db
      .select({ id: participations.id })
      .from(participations)
      .where(
        and(
          eq(participations.memberId, input.memberId),
          eq(participations.scheme, input.scheme),
          input.validTo ? lte(participations.validFrom, input.validTo) : undefined,
          or(isNull(participations.validTo), gte(participations.validTo, input.validFrom)),
        ),
      );
    if (overlapping.length) throw new Conflict('members.participationOverlaps', { name: member.name });
    const row = { id: newId(), ...input, validTo: input.validTo ?? null };
    await ctx.db.insert(participations).values(row);
    await audit(ctx, {
      action: 'members.addParticipation',
      entityType: 'member',
      entityId: input.memberId,
      after: row,
    });
    return row;
  },
});
