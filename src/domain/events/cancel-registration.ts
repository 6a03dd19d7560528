import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { NotFound, PreconditionFailed } from '../../kernel/errors';
import { requirePermission } from '../../kernel/guards';
import { defineVerb } from '../../kernel/verb';
import { sha256 } from '../accounts/secrets';
import { enqueueMail } from '../mail/enqueue';
import { registrationMail } from './mails';
import { can } from './permissions';
import { lockEvent, promoteWaiting } from './rules';
import { registrations } from './schema';

export const CancelRegistrationInput = z
  .object({
    /** The registrant's own link (anyone holding it). */
    token: z.string().min(20).max(100).optional(),
    /** The secretariat, by the registration's id. */
    id: z.uuid().optional(),
    baseUrl: z.url(),
  })
  .refine((v) => Boolean(v.token) !== Boolean(v.id), { path: ['token'], message: 'validation.required' });

/**
 * Cancels a registration — by the link in the registrant's mail, or by the secretariat. A freed
 * seat goes to the first on the waiting list at once, and they get a mail saying so.
 */
export const cancelRegistration = defineVerb({
  name: 'events.cancelRegistration',
  input: CancelRegistrationInput,
  authorize: () => true,
  async run(ctx, { token, id, baseUrl }) {
    if (id) requirePermission(ctx, can(ctx.actor, 'events.manage'));
    const where = token ? eq(registrations.cancelTokenHash, sha256(token)) : eq(registrations.id, id!);
    const [found] = await ctx.db.select({ eventId: registrations.eventId }).from(registrations).where(where);
    if (!found) throw new NotFound('registration');
    const event = await lockEvent(ctx, found.eventId);
    const [before] = await ctx.db.select().from(registrations).where(where);
    if (before!.status === 'cancelled') throw new PreconditionFailed('events.alreadyCancelled');
    if (event.endsAt <= ctx.now) throw new PreconditionFailed('events.eventOver');
    const [after] = await ctx.db
      .update(registrations)
      .set({ status: 'cancelled', cancelledAt: ctx.now })
      .where(eq(registrations.id, before!.id))
      .returning();
    const promoted = await promoteWaiting(ctx, event);
    await enqueueMail(ctx, [
      registrationMail('cancelled', event, after!, { baseUrl }),
      ...promoted.map((r) => registrationMail('promoted', event, r, { baseUrl })),
    ]);
    await audit(ctx, {
      action: 'events.cancelRegistration',
      entityType: 'registration',
      entityId: before!.id,
      before: { status: before!.status },
      after: { status: 'cancelled', by: token ? 'link' : 'secretariat', promoted: promoted.map((r) => r.id) },
    });
    return { eventId: event.id, promoted: promoted.length };
  },
});
