import { audit } from '../../kernel/audit';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { ConsultationBase, withDeadlineRule } from './fields';
import { can } from './permissions';
import { assertLinks, consultationRow } from './rules';
import { consultations } from './schema';

export const UpdateConsultationInput = withDeadlineRule(
  ConsultationBase.extend({ id: Id, version: Version }),
);

/**
 * Corrects what was registered about a consultation: title, authority, reference, the dates, the
 * focus area and who follows it up. A moved deadline earns a new reminder.
 */
export const updateConsultation = defineVerb({
  name: 'consultations.updateConsultation',
  input: UpdateConsultationInput,
  authorize: (actor) => can(actor, 'consultations.manage'),
  async run(ctx, { id, version, ...fields }) {
    const before = await consultationRow(ctx, id);
    await assertLinks(ctx, fields);
    const after = await updateVersioned(
      ctx,
      consultations,
      id,
      version,
      {
        ...fields,
        focusAreaId: fields.focusAreaId ?? null,
        responsibleId: fields.responsibleId ?? null,
        ...(fields.deadline !== before.deadline ? { reminderSentAt: null } : {}),
        updatedAt: ctx.now,
      },
      'consultation',
    );
    await audit(ctx, {
      action: 'consultations.updateConsultation',
      entityType: 'consultation',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
