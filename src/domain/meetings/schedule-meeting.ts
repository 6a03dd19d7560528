import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { todayInOslo } from '../../kernel/dates';
import { formatDate } from '../../kernel/format';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { bodyRow } from '../bodies/rules';
import { MeetingBase, withMeetingRules } from './fields';
import { can } from './permissions';
import { meetings } from './schema';

export const ScheduleMeetingInput = withMeetingRules(MeetingBase.extend({ bodyId: z.uuid() }));

/** Plans a meeting of a body; its title defaults to "<body> <date>". */
export const scheduleMeeting = defineVerb({
  name: 'meetings.scheduleMeeting',
  input: ScheduleMeetingInput,
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run(ctx, input) {
    const body = await bodyRow(ctx, input.bodyId, todayInOslo(input.startsAt));
    const [row] = await ctx.db
      .insert(meetings)
      .values({
        id: newId(),
        bodyId: input.bodyId,
        title: input.title || `${body.name} ${formatDate(input.startsAt, 'nb')}`,
        startsAt: input.startsAt,
        endsAt: input.endsAt ?? null,
        location: input.location,
        remote: input.remote,
        open: input.open,
        closedLegalBasis: input.open ? null : (input.closedLegalBasis ?? null),
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await audit(ctx, {
      action: 'meetings.scheduleMeeting',
      entityType: 'meeting',
      entityId: row!.id,
      after: row,
    });
    return row!;
  },
});
