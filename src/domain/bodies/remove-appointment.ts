import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { NotFound } from '../../kernel/errors';
import { Id } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { appointments } from './schema';

export const RemoveAppointmentInput = z.object({ id: Id });

/**
 * Deletes an appointment registered by mistake. (An appointment that ended is ended with
 * updateAppointment, so history keeps it.) Personal deputies of it lose their link.
 */
export const removeAppointment = defineVerb({
  name: 'bodies.removeAppointment',
  input: RemoveAppointmentInput,
  authorize: (actor) => can(actor, 'bodies.manage'),
  async run(ctx, { id }) {
    const [before] = await ctx.db.select().from(appointments).where(eq(appointments.id, id));
    if (!before) throw new NotFound('appointment');
    await ctx.db.update(appointments).set({ deputyForId: null }).where(eq(appointments.deputyForId, id));
    await ctx.db.delete(appointments).where(eq(appointments.id, id));
    await audit(ctx, { action: 'bodies.removeAppointment', entityType: 'appointment', entityId: id, before });
  },
});
