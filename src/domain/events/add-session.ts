import { audit } from '../../kernel/audit';
import { Validation } from '../../kernel/errors';
import { Id } from '../../kernel/fields';
import { translate } from '../../kernel/i18n';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { SessionFields } from './fields';
import { can } from './permissions';
import { lockEvent } from './rules';
import { eventSessions } from './schema';

export const AddSessionInput = SessionFields.extend({ eventId: Id }).refine(
  (v) => !v.endsAt || v.endsAt > v.startsAt,
  { path: ['endsAt'], message: 'events.endsBeforeStart' },
);

/** Adds a session to the event's programme, within the event's time, with its speakers. */
export const addSession = defineVerb({
  name: 'events.addSession',
  input: AddSessionInput,
  authorize: (actor) => can(actor, 'events.manage'),
  async run(ctx, input) {
    const event = await lockEvent(ctx, input.eventId);
    const end = input.endsAt ?? input.startsAt;
    if (input.startsAt < event.startsAt || end > event.endsAt)
      throw new Validation({ startsAt: [translate(ctx.locale, 'events.sessionOutside')] });
    const [row] = await ctx.db
      .insert(eventSessions)
      .values({ id: newId(), ...input, createdAt: ctx.now })
      .returning();
    await audit(ctx, {
      action: 'events.addSession',
      entityType: 'eventSession',
      entityId: row!.id,
      after: row,
    });
    return row!;
  },
});
