import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Validation } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { translate } from '../../kernel/i18n';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { enqueueMail } from '../mail/enqueue';
import { EventFields, withEventRules } from './fields';
import { registrationMail } from './mails';
import { can } from './permissions';
import { confirmedCount, lockEvent, promoteWaiting } from './rules';
import { events } from './schema';

export const UpdateEventInput = withEventRules(
  EventFields.extend({ id: Id, version: Version, baseUrl: z.url() }),
);

/**
 * Edits an event. More seats move the waiting list up at once (each gets a mail); fewer seats
 * than are already confirmed is refused — nobody loses a seat they were given.
 */
export const updateEvent = defineVerb({
  name: 'events.updateEvent',
  input: UpdateEventInput,
  authorize: (actor) => can(actor, 'events.manage'),
  async run(ctx, { id, version, baseUrl, ...fields }) {
    const before = await lockEvent(ctx, id);
    const confirmed = await confirmedCount(ctx, id);
    if (fields.capacity !== null && fields.capacity < confirmed)
      throw new Validation({
        capacity: [translate(ctx.locale, 'events.capacityBelowConfirmed', { count: confirmed })],
      });
    const after = await updateVersioned(ctx, events, id, version, { ...fields, updatedAt: ctx.now }, 'event');
    const promoted = await promoteWaiting(ctx, after);
    if (promoted.length)
      await enqueueMail(
        ctx,
        promoted.map((r) => registrationMail('promoted', after, r, { baseUrl })),
      );
    await audit(ctx, {
      action: 'events.updateEvent',
      entityType: 'event',
      entityId: id,
      before,
      after: { ...after, promoted: promoted.map((r) => r.id) },
    });
    return after;
  },
});
