import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { NotFound } from '../../kernel/errors';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { partnerContacts } from './schema';

export const RemovePartnerContactInput = z.object({ id: z.uuid() });

export const removePartnerContact = defineVerb({
  name: 'partners.removePartnerContact',
  input: RemovePartnerContactInput,
  authorize: (actor) => can(actor, 'partners.manage'),
  async run(ctx, { id }) {
    const [before] = await ctx.db.delete(partnerContacts).where(eq(partnerContacts.id, id)).returning();
    if (!before) throw new NotFound('partnerContact');
    await audit(ctx, {
      action: 'partners.removePartnerContact',
      entityType: 'partner',
      entityId: before.partnerId,
      before,
    });
    return { id };
  },
});
