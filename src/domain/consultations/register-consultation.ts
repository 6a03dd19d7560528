import { audit } from '../../kernel/audit';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { ConsultationFields } from './fields';
import { can } from './permissions';
import { assertLinks } from './rules';
import { consultations } from './schema';

export const RegisterConsultationInput = ConsultationFields;

/** Registers a consultation the alliance has received (Nasjonal transportplan, Klimakur 2030, …). */
export const registerConsultation = defineVerb({
  name: 'consultations.registerConsultation',
  input: RegisterConsultationInput,
  authorize: (actor) => can(actor, 'consultations.manage'),
  async run(ctx, input) {
    await assertLinks(ctx, input);
    const [row] = await ctx.db
      .insert(consultations)
      .values({
        id: newId(),
        ...input,
        focusAreaId: input.focusAreaId ?? null,
        responsibleId: input.responsibleId ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await audit(ctx, {
      action: 'consultations.registerConsultation',
      entityType: 'consultation',
      entityId: row!.id,
      after: row,
    });
    return row!;
  },
});
