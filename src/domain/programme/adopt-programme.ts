import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { PreconditionFailed, Validation } from '../../kernel/errors';
import { Id, IsoDate, Version } from '../../kernel/fields';
import { translate } from '../../kernel/i18n';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { getCaseRow } from '../cases/rows';
import { recordMilestone } from '../cycle/record-milestone';
import { meetingsOfCase } from '../meetings/queries';
import { can } from './permissions';
import { programmeRow } from './rules';
import { programmes } from './schema';

export const AdoptProgrammeInput = z.object({
  id: Id,
  version: Version,
  /** The case in which the board adopted it (sak 52/19). */
  caseId: z.uuid(),
  /** The day of the decision; by default the case's decision date. */
  adoptedOn: IsoDate.optional(),
});

/**
 * Records that a body adopted the programme in a case: the programme becomes the year's adopted
 * programme (public, and locked against edits until reopened), and the year's cycle milestone
 * "programme and budget adopted", if the year is planned and it is not done yet, is marked done
 * with that meeting and case.
 */
export const adoptProgramme = defineVerb({
  name: 'programme.adoptProgramme',
  input: AdoptProgrammeInput,
  authorize: (actor) => can(actor, 'programme.manage'),
  async run(ctx, { id, version, caseId, adoptedOn }) {
    const before = await programmeRow(ctx, id);
    if (before.status === 'adopted')
      throw new PreconditionFailed('programme.alreadyAdopted', { year: before.year });
    const kase = await getCaseRow(ctx, caseId);
    const day = adoptedOn ?? kase.decidedOn;
    if (!day) throw new Validation({ adoptedOn: [translate(ctx.locale, 'programme.adoptedOnRequired')] });
    // A year's programme is adopted the year before (as the statutes' cycle has it) or during the year.
    const year = Number(day.slice(0, 4));
    if (year < before.year - 1 || year > before.year)
      throw new Validation({
        adoptedOn: [
          translate(ctx.locale, 'programme.adoptedOnOutOfRange', { from: before.year - 1, to: before.year }),
        ],
      });
    const meetings = (await meetingsOfCase(ctx, caseId)).filter((m) => m.status !== 'cancelled');
    const meeting = meetings.findLast((m) => m.outcome === 'adopted') ?? meetings.at(-1) ?? null;
    const after = await updateVersioned(
      ctx,
      programmes,
      id,
      version,
      { status: 'adopted', adoptedCaseId: caseId, adoptedOn: day, updatedAt: ctx.now },
      'programme',
    );
    await recordMilestone(ctx, {
      year: before.year,
      kind: 'programme_budget',
      doneOn: day,
      meetingId: meeting?.id ?? null,
      caseId,
    });
    await audit(ctx, {
      action: 'programme.adoptProgramme',
      entityType: 'programme',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
