import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { IsoDate } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { checkIdentity, MemberKind, MemberName, OfficialNumber, OrgNumber } from './identity-rules';
import { can } from './permissions';
import { getMemberOn } from './queries';
import { memberIdentities, members, subregionMemberships } from './schema';

export const AddMemberInput = z.object({
  kind: MemberKind,
  name: MemberName,
  number: OfficialNumber.optional(),
  countyId: z.uuid().optional(),
  orgNumber: OrgNumber.optional(),
  joinedOn: IsoDate,
  subregionId: z.uuid().optional(),
  notes: z.string().trim().max(5000).default(''),
  evidence: z.string().trim().max(2000).default(''),
});

/** Admits a member from a date, with its name, number and county then, and optionally its sub-region. */
export const addMember = defineVerb({
  name: 'members.addMember',
  input: AddMemberInput,
  authorize: (actor) => can(actor, 'members.manage'),
  async run(ctx, input) {
    const countyId = await checkIdentity(ctx, { ...input, from: input.joinedOn });
    const id = newId();
    await ctx.db.insert(members).values({
      id,
      kind: input.kind,
      orgNumber: input.orgNumber ?? null,
      joinedOn: input.joinedOn,
      notes: input.notes,
      evidence: input.evidence,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await ctx.db.insert(memberIdentities).values({
      id: newId(),
      memberId: id,
      validFrom: input.joinedOn,
      name: input.name,
      number: input.number?.trim() || null,
      countyId,
    });
    if (input.subregionId) {
      await ctx.db
        .insert(subregionMemberships)
        .values({ id: newId(), memberId: id, subregionId: input.subregionId, validFrom: input.joinedOn });
    }
    const member = await getMemberOn(ctx, id, input.joinedOn);
    await audit(ctx, { action: 'members.addMember', entityType: 'member', entityId: id, after: member });
    return member;
  },
});
