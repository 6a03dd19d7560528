import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { agendaItemRow, assertChangeable, meetingRow } from './rules';
import { agendaItems } from './schema';

export const RemoveAgendaItemInput = z.object({ id: z.uuid() });

/** Takes an undecided item off the agenda; the others close up. */
export const removeAgendaItem = defineVerb({
  name: 'meetings.removeAgendaItem',
  input: RemoveAgendaItemInput,
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run(ctx, { id }) {
    const item = await agendaItemRow(ctx, id);
    assertChangeable(await meetingRow(ctx, item.meetingId));
    if (item.outcome) throw new PreconditionFailed('meetings.itemDecided');
    await ctx.db.delete(agendaItems).where(eq(agendaItems.id, id));
    const rest = await ctx.db
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, item.meetingId))
      .orderBy(asc(agendaItems.position));
    for (const [index, row] of rest.entries()) {
      await ctx.db
        .update(agendaItems)
        .set({ position: index + 1 })
        .where(eq(agendaItems.id, row.id));
    }
    await audit(ctx, {
      action: 'meetings.removeAgendaItem',
      entityType: 'meeting',
      entityId: item.meetingId,
      before: item,
    });
  },
});
