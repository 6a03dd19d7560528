import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { hasRole } from '../../kernel/ctx';
import { Id, IsoDate, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { getCaseRow } from '../cases/rows';
import { meetingRow } from '../meetings/rules';
import { milestoneRow } from './rows';
import { milestones } from './schema';

export const UpdateMilestoneInput = z
  .object({
    id: Id,
    version: Version,
    windowFrom: IsoDate,
    windowTo: IsoDate,
    /** The day it happened; null while it has not. */
    doneOn: IsoDate.nullable().optional(),
    meetingId: z.uuid().nullable().optional(),
    caseId: z.uuid().nullable().optional(),
    notes: z.string().trim().max(5000).default(''),
  })
  .refine((v) => v.windowTo >= v.windowFrom, { path: ['windowTo'], message: 'validation.endBeforeStart' });

/** Moves a milestone's window, or records where and when it happened (send the version you read). */
export const updateMilestone = defineVerb({
  name: 'cycle.updateMilestone',
  input: UpdateMilestoneInput,
  authorize: (actor) => hasRole(actor, 'editor'),
  async run(ctx, { id, version, ...fields }) {
    const before = await milestoneRow(ctx, id);
    if (fields.meetingId) await meetingRow(ctx, fields.meetingId);
    if (fields.caseId) await getCaseRow(ctx, fields.caseId);
    const after = await updateVersioned(
      ctx,
      milestones,
      id,
      version,
      {
        ...fields,
        doneOn: fields.doneOn ?? null,
        meetingId: fields.meetingId ?? null,
        caseId: fields.caseId ?? null,
        // A window moved past the reminder lets the reminder go out again.
        reminderSentAt: fields.windowTo === before.windowTo ? before.reminderSentAt : null,
        updatedAt: ctx.now,
      },
      'milestone',
    );
    await audit(ctx, {
      action: 'cycle.updateMilestone',
      entityType: 'milestone',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
