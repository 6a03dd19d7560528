import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { PartnerFields } from './fields';
import { can } from './permissions';
import { assertUnique } from './rules';
import { partners } from './schema';

export const AddPartnerInput = PartnerFields;

export const addPartner = defineVerb({
  name: 'partners.addPartner',
  input: AddPartnerInput,
  authorize: (actor) => can(actor, 'partners.manage'),
  async run(ctx, input) {
    await assertUnique(ctx, input);
    const [row] = await ctx.db
      .insert(partners)
      .values({
        id: newId(),
        ...input,
        orgNumber: input.orgNumber ?? null,
        website: input.website ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await audit(ctx, { action: 'partners.addPartner', entityType: 'partner', entityId: row!.id, after: row });
    return row!;
  },
});
