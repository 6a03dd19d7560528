import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { agendaItemRow, assertChangeable, meetingRow } from './rules';
import { agendaItems } from './schema';

export const MoveAgendaItemInput = z.object({
  id: z.uuid(),
  /** The new place, 1 = first; beyond the end means last. */
  position: z.coerce.number().int().min(1).max(1000),
});

/** Moves an item on the agenda; the others close up so positions stay 1, 2, 3 … */
export const moveAgendaItem = defineVerb({
  name: 'meetings.moveAgendaItem',
  input: MoveAgendaItemInput,
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run(ctx, input) {
    const item = await agendaItemRow(ctx, input.id);
    assertChangeable(await meetingRow(ctx, item.meetingId));
    const items = await ctx.db
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, item.meetingId))
      .orderBy(asc(agendaItems.position));
    const order = items.map((i) => i.id).filter((id) => id !== input.id);
    order.splice(Math.min(input.position, order.length + 1) - 1, 0, input.id);
    for (const [index, id] of order.entries()) {
      await ctx.db
        .update(agendaItems)
        .set({ position: index + 1, updatedAt: ctx.now })
        .where(eq(agendaItems.id, id));
    }
    await audit(ctx, {
      action: 'meetings.moveAgendaItem',
      entityType: 'meeting',
      entityId: item.meetingId,
      before: { position: item.position },
      after: { id: input.id, position: order.indexOf(input.id) + 1 },
    });
    return order;
  },
});
