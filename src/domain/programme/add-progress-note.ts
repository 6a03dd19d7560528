import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { IsoDate } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { activityRow, progressNote } from './rules';
import { progressNotes } from './schema';

export const AddProgressNoteInput = z.object({
  activityId: z.uuid(),
  /** The day it is about; today by default. */
  notedOn: IsoDate.optional(),
  text: z.string().trim().min(1).max(5000),
});

/** A dated note on how an activity goes, signed by who wrote it. */
export const addProgressNote = defineVerb({
  name: 'programme.addProgressNote',
  input: AddProgressNoteInput,
  authorize: (actor) => can(actor, 'programme.followUp'),
  async run(ctx, { activityId, notedOn, text }) {
    await activityRow(ctx, activityId);
    const [row] = await ctx.db
      .insert(progressNotes)
      .values(progressNote(ctx, activityId, text, notedOn))
      .returning();
    await audit(ctx, {
      action: 'programme.addProgressNote',
      entityType: 'progressNote',
      entityId: row!.id,
      after: row,
    });
    return row!;
  },
});
