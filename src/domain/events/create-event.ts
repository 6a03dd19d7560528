import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { EventFields, withEventRules } from './fields';
import { can } from './permissions';
import { events } from './schema';

export const CreateEventInput = withEventRules(EventFields);

/** Sets up an event (BEST-konferansen, an innovation camp); published and open for registration when ready. */
export const createEvent = defineVerb({
  name: 'events.createEvent',
  input: CreateEventInput,
  authorize: (actor) => can(actor, 'events.manage'),
  async run(ctx, input) {
    const [row] = await ctx.db
      .insert(events)
      .values({ id: newId(), ...input, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    await audit(ctx, { action: 'events.createEvent', entityType: 'event', entityId: row!.id, after: row });
    return row!;
  },
});
