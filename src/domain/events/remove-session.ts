import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { NotFound } from '../../kernel/errors';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { eventSessions } from './schema';

export const RemoveSessionInput = z.object({ id: z.uuid() });

/** Takes a session off the programme. */
export const removeSession = defineVerb({
  name: 'events.removeSession',
  input: RemoveSessionInput,
  authorize: (actor) => can(actor, 'events.manage'),
  async run(ctx, { id }) {
    const [before] = await ctx.db.delete(eventSessions).where(eq(eventSessions.id, id)).returning();
    if (!before) throw new NotFound('eventSession');
    await audit(ctx, { action: 'events.removeSession', entityType: 'eventSession', entityId: id, before });
  },
});
