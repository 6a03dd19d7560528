import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { Validation } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { translate } from '../../kernel/i18n';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { caseDocuments } from '../cases/schema';
import { can } from './permissions';
import { consultationRow } from './rules';
import { consultations } from './schema';

export const SetConsultationResponseInput = z.object({
  id: Id,
  version: Version,
  /** A document of the consultation's case (the response as sent); null takes it away. */
  documentId: z.uuid().nullable(),
});

/**
 * Names the response document: an attachment of the case in which the response is dealt with. The
 * public sees it with an answered consultation only when the document itself is public.
 */
export const setConsultationResponse = defineVerb({
  name: 'consultations.setConsultationResponse',
  input: SetConsultationResponseInput,
  authorize: (actor) => can(actor, 'consultations.manage'),
  async run(ctx, { id, version, documentId }) {
    const before = await consultationRow(ctx, id);
    if (documentId) {
      if (!before.caseId)
        throw new Validation({ documentId: [translate(ctx.locale, 'consultations.caseRequired')] });
      const [document] = await ctx.db
        .select({ id: caseDocuments.id })
        .from(caseDocuments)
        .where(and(eq(caseDocuments.id, documentId), eq(caseDocuments.caseId, before.caseId)));
      if (!document)
        throw new Validation({ documentId: [translate(ctx.locale, 'consultations.documentNotOfCase')] });
    }
    const after = await updateVersioned(
      ctx,
      consultations,
      id,
      version,
      { responseDocumentId: documentId, updatedAt: ctx.now },
      'consultation',
    );
    await audit(ctx, {
      action: 'consultations.setConsultationResponse',
      entityType: 'consultation',
      entityId: id,
      before,
      after,
    });
    return after;
  },
});
