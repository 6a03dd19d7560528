import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { NotFound } from '../../kernel/errors';
import { Id, Version } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { updateVersioned } from '../../kernel/versioning';
import { Access } from './fields';
import { can } from './permissions';
import { caseDocuments } from './schema';

export const UpdateCaseDocumentInput = Access.extend({
  id: Id,
  version: Version,
  title: z.string().trim().min(1).max(300),
}).refine((v) => v.access !== 'exempt' || Boolean(v.legalBasis?.trim()), {
  path: ['legalBasis'],
  message: 'cases.legalBasisRequired',
});

/** Renames an attachment or changes whether it is public or exempt. */
export const updateCaseDocument = defineVerb({
  name: 'cases.updateCaseDocument',
  input: UpdateCaseDocumentInput,
  authorize: (actor) => can(actor, 'cases.manage'),
  async run(ctx, { id, version, ...fields }) {
    const [before] = await ctx.db
      .select({
        id: caseDocuments.id,
        caseId: caseDocuments.caseId,
        title: caseDocuments.title,
        access: caseDocuments.access,
        legalBasis: caseDocuments.legalBasis,
      })
      .from(caseDocuments)
      .where(eq(caseDocuments.id, id));
    if (!before) throw new NotFound('document');
    await updateVersioned(
      ctx,
      caseDocuments,
      id,
      version,
      { ...fields, legalBasis: fields.access === 'exempt' ? (fields.legalBasis ?? null) : null },
      'document',
    );
    const after = { ...before, ...fields };
    await audit(ctx, {
      action: 'cases.updateCaseDocument',
      entityType: 'case',
      entityId: before.caseId,
      before,
      after,
    });
    return after;
  },
});
