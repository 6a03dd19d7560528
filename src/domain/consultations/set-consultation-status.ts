import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { todayInOslo } from '../../kernel/dates';
import { NotFound, PreconditionFailed, Validation } from '../../kernel/errors';
import { Id, IsoDate, Version } from '../../kernel/fields';
import { translate } from '../../kernel/i18n';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { getCaseRow } from '../cases/rows';
import { CONSULTATION_STATUSES, OPEN_STATUSES } from './fields';
import { can } from './permissions';
import { consultations } from './schema';

export const SetConsultationStatusInput = z.object({
  id: Id,
  version: Version,
  status: z.enum(CONSULTATION_STATUSES),
  /** Adopted: the case in which a body adopted the response. */
  caseId: z.uuid().optional(),
  /** Submitted: the day it was sent (today by default). */
  submittedOn: IsoDate.optional(),
  /** Not answered: why. */
  reason: z.string().trim().max(2000).optional(),
});

const ORDER = ['registered', 'assessing', 'drafting', 'adopted', 'submitted'] as const;

/**
 * Moves a consultation along registered → assessing → drafting → adopted → submitted (forward, or
 * back to correct a step), or closes it as not answered with a reason. Adopted names the body's
 * case; submitted, the day — after the deadline it counts as answered late.
 */
export const setConsultationStatus = defineVerb({
  name: 'consultations.setConsultationStatus',
  input: SetConsultationStatusInput,
  authorize: (actor) => can(actor, 'consultations.manage'),
  async run(ctx, { id, version, status, caseId, submittedOn, reason }) {
    const [before] = await ctx.db.select().from(consultations).where(eq(consultations.id, id));
    if (!before) throw new NotFound('consultation');
    const t = (key: string) => translate(ctx.locale, key as never);
    if (before.status === 'submitted' && status !== 'submitted' && status !== 'adopted')
      throw new PreconditionFailed('consultations.alreadySubmitted');
    const values: Partial<typeof consultations.$inferInsert> = { status, updatedAt: ctx.now };
    if (status === 'not_answered') {
      if (!reason) throw new Validation({ reason: [t('consultations.reasonRequired')] });
      values.notAnsweredReason = reason;
      values.submittedOn = null;
    } else values.notAnsweredReason = null;
    // Reopened after being closed: it is open again, and so is its reminder.
    if (!OPEN_STATUSES.includes(before.status as never) && OPEN_STATUSES.includes(status as never))
      values.reminderSentAt = null;
    const kase = caseId ? await getCaseRow(ctx, caseId) : null;
    if (kase) {
      values.caseId = kase.id;
      values.bodyId = kase.bodyId;
      // The response document belongs to a case: another case leaves it behind.
      if (kase.id !== before.caseId) values.responseDocumentId = null;
    }
    const reached = ORDER.indexOf(status as (typeof ORDER)[number]);
    if (reached >= ORDER.indexOf('adopted') && !kase && !before.caseId)
      throw new Validation({ caseId: [t('consultations.caseRequired')] });
    if (status === 'submitted') {
      const today = todayInOslo(ctx.now);
      values.submittedOn = submittedOn ?? today;
      // A response is sent on a day that has come, and not before the consultation arrived.
      if (values.submittedOn > today || values.submittedOn < before.receivedOn)
        throw new Validation({ submittedOn: [t('consultations.submittedOutside')] });
    } else if (status !== 'not_answered') values.submittedOn = null;
    const after = await updateVersioned(ctx, consultations, id, version, values, 'consultation');
    await audit(ctx, {
      action: 'consultations.setConsultationStatus',
      entityType: 'consultation',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
