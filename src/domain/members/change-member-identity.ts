import { and, desc, eq, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { addDays } from '../../kernel/dates';
import { PreconditionFailed } from '../../kernel/errors';
import { Id, IsoDate, Version } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { checkIdentity, MemberName, OfficialNumber } from './identity-rules';
import { can } from './permissions';
import { getMemberOn } from './queries';
import { memberIdentities, members } from './schema';

export const ChangeMemberIdentityInput = z.object({
  id: Id,
  version: Version,
  /** The first day of the new name, number or county (1.1.2020 for the regional reform). */
  validFrom: IsoDate,
  name: MemberName,
  number: OfficialNumber.optional(),
  countyId: z.uuid().optional(),
});

/**
 * A member is renamed, renumbered or moves county from a date (Vestby: 0211 in Akershus became 3019
 * in Viken on 1.1.2020). The earlier identity ends the day before; history stays as it was.
 */
export const changeMemberIdentity = defineVerb({
  name: 'members.changeMemberIdentity',
  input: ChangeMemberIdentityInput,
  authorize: (actor) => can(actor, 'members.manage'),
  async run(ctx, input) {
    const before = await getMemberOn(ctx, input.id, input.validFrom);
    const [current] = await ctx.db
      .select()
      .from(memberIdentities)
      .where(and(eq(memberIdentities.memberId, input.id), lte(memberIdentities.validFrom, input.validFrom)))
      .orderBy(desc(memberIdentities.validFrom))
      .limit(1);
    if (!current || current.validFrom === input.validFrom || current.validTo !== null) {
      throw new PreconditionFailed('members.identityFromAfterCurrent');
    }
    const countyId = await checkIdentity(ctx, {
      kind: before.kind,
      name: input.name,
      number: input.number,
      countyId: input.countyId,
      from: input.validFrom,
      memberId: input.id,
    });
    await updateVersioned(ctx, members, input.id, input.version, { updatedAt: ctx.now }, 'member');
    await ctx.db
      .update(memberIdentities)
      .set({ validTo: addDays(input.validFrom, -1) })
      .where(and(eq(memberIdentities.id, current.id), isNull(memberIdentities.validTo)));
    await ctx.db.insert(memberIdentities).values({
      id: newId(),
      memberId: input.id,
      validFrom: input.validFrom,
      name: input.name,
      number: input.number?.trim() || null,
      countyId,
    });
    const after = await getMemberOn(ctx, input.id, input.validFrom);
    await audit(ctx, {
      action: 'members.changeMemberIdentity',
      entityType: 'member',
      entityId: input.id,
      before,
      after,
    });
    return after;
  },
});
