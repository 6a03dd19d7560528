import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { endsAfterStart, IsoDate } from '../../kernel/fields';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { assertPerson, partnerRow } from './rules';
import { partnerContacts } from './schema';

export const AddPartnerContactInput = endsAfterStart(
  z.object({
    partnerId: z.uuid(),
    personId: z.uuid(),
    role: z.string().trim().max(200).default(''),
    validFrom: IsoDate,
    validTo: IsoDate.nullable().optional(),
  }),
);

/** Records a person (from the people register) as a contact at a partner, from a date. */
export const addPartnerContact = defineVerb({
  name: 'partners.addPartnerContact',
  input: AddPartnerContactInput,
  authorize: (actor) => can(actor, 'partners.manage'),
  async run(ctx, input) {
    const partner = await partnerRow(ctx, input.partnerId);
    if (partner.mergedIntoId) throw new PreconditionFailed('partners.merged', { name: partner.name });
    await assertPerson(ctx, input.personId);
    const [row] = await ctx.db
      .insert(partnerContacts)
      .values({ id: newId(), ...input, validTo: input.validTo ?? null, createdAt: ctx.now })
      .returning();
    await audit(ctx, {
      action: 'partners.addPartnerContact',
      entityType: 'partner',
      entityId: input.partnerId,
      after: row,
    });
    return row!;
  },
});
