import { and, eq, gte, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { addDays } from '../../kernel/dates';
import { PreconditionFailed } from '../../kernel/errors';
import { IsoDate } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { AddMemberInput } from './add-member';
import { checkIdentity } from './identity-rules';
import { can } from './permissions';
import { getMemberOn, membersByIds } from './queries';
import { memberIdentities, memberPredecessors, members, subregionMemberships } from './schema';

export const MergeMembersInput = z.object({
  predecessorIds: z.array(z.uuid()).min(2).max(20),
  /** The first day of the new member; the predecessors' membership ends the day before. */
  effectiveOn: IsoDate,
  successor: AddMemberInput.omit({ joinedOn: true }),
});

/**
 * Municipalities merge (Skedsmo, Fet and Sørum became Lillestrøm on 1.1.2020): each predecessor's
 * membership and sub-region end the day before, the new member begins with links to them.
 */
export const mergeMembers = defineVerb({
  name: 'members.mergeMembers',
  input: MergeMembersInput,
  authorize: (actor) => can(actor, 'members.manage'),
  async run(ctx, input) {
    const lastDay = addDays(input.effectiveOn, -1);
    const ids = [...new Set(input.predecessorIds)];
    const predecessors = await membersByIds(ctx.db, ids, lastDay);
    if (predecessors.length !== ids.length) throw new PreconditionFailed('members.mergeUnknown');
    for (const p of predecessors) {
      if (p.joinedOn > lastDay || (p.leftOn !== null && p.leftOn < lastDay)) {
        throw new PreconditionFailed('members.mergeNotMember', { name: p.name, date: lastDay });
      }
    }
    for (const p of predecessors) {
      await ctx.db
        .update(members)
        .set({ leftOn: lastDay, leftReason: 'merged', version: p.version + 1, updatedAt: ctx.now })
        .where(eq(members.id, p.id));
      await ctx.db
        .update(subregionMemberships)
        .set({ validTo: lastDay })
        .where(
          and(
            eq(subregionMemberships.memberId, p.id),
            or(isNull(subregionMemberships.validTo), gte(subregionMemberships.validTo, input.effectiveOn)),
          ),
        );
      await ctx.db
        .update(memberIdentities)
        .set({ validTo: lastDay })
        .where(and(eq(memberIdentities.memberId, p.id), isNull(memberIdentities.validTo)));
    }
    const s = input.successor;
    const countyId = await checkIdentity(ctx, { ...s, from: input.effectiveOn });
    const id = newId();
    await ctx.db.insert(members).values({
      id,
      kind: s.kind,
      orgNumber: s.orgNumber ?? null,
      joinedOn: input.effectiveOn,
      notes: s.notes,
      evidence: s.evidence,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await ctx.db.insert(memberIdentities).values({
      id: newId(),
      memberId: id,
      validFrom: input.effectiveOn,
      name: s.name,
      number: s.number?.trim() || null,
      countyId,
    });
    await ctx.db
      .insert(memberPredecessors)
      .values(
        ids.map((predecessorId) => ({ successorId: id, predecessorId, effectiveOn: input.effectiveOn })),
      );
    if (s.subregionId) {
      await ctx.db
        .insert(subregionMemberships)
        .values({ id: newId(), memberId: id, subregionId: s.subregionId, validFrom: input.effectiveOn });
    }
    const successor = await getMemberOn(ctx, id, input.effectiveOn);
    await audit(ctx, {
      action: 'members.mergeMembers',
      entityType: 'member',
      entityId: id,
      before: predecessors,
      after: { successor, predecessorIds: ids },
    });
    return successor;
  },
});
