import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { reopenMilestone } from '../cycle/record-milestone';
import { can } from './permissions';
import { programmeRow } from './rules';
import { programmes } from './schema';

export const ReopenProgrammeInput = z.object({
  id: Id,
  version: Version,
  /** Why an adopted programme is changed again, for the record. */
  reason: z.string().trim().min(1).max(1000),
});

/**
 * Makes an adopted programme a draft again, for a correction the board is to adopt anew; the cycle's
 * milestone that its adoption marked done is open again.
 */
export const reopenProgramme = defineVerb({
  name: 'programme.reopenProgramme',
  input: ReopenProgrammeInput,
  authorize: (actor) => can(actor, 'programme.manage'),
  async run(ctx, { id, version, reason }) {
    const before = await programmeRow(ctx, id);
    if (before.status !== 'adopted')
      throw new PreconditionFailed('programme.notAdopted', { year: before.year });
    if (before.adoptedCaseId)
      await reopenMilestone(ctx, {
        year: before.year,
        kind: 'programme_budget',
        caseId: before.adoptedCaseId,
      });
    const after = await updateVersioned(
      ctx,
      programmes,
      id,
      version,
      { status: 'draft', adoptedCaseId: null, adoptedOn: null, updatedAt: ctx.now },
      'programme',
    );
    await audit(ctx, {
      action: 'programme.reopenProgramme',
      entityType: 'programme',
      entityId: id,
      before,
      after: { ...after, reason },
    });
    return after;
  },
});
