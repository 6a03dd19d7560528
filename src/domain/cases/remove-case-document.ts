import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../../kernel/audit';
import { NotFound } from '../../kernel/errors';
import { Id } from '../../kernel/fields';
import { defineVerb } from '../../kernel/verb';
import { can } from './permissions';
import { caseDocuments } from './schema';

export const RemoveCaseDocumentInput = z.object({ id: Id });

/** Removes an attachment added by mistake (its name and checksum stay in the audit log). */
export const removeCaseDocument = defineVerb({
  name: 'cases.removeCaseDocument',
  input: RemoveCaseDocumentInput,
  authorize: (actor) => can(actor, 'cases.manage'),
  async run(ctx, { id }) {
    const [before] = await ctx.db
      .select({
        id: caseDocuments.id,
        caseId: caseDocuments.caseId,
        title: caseDocuments.title,
        filename: caseDocuments.filename,
        sha256: caseDocuments.sha256,
      })
      .from(caseDocuments)
      .where(eq(caseDocuments.id, id));
    if (!before) throw new NotFound('document');
    await ctx.db.delete(caseDocuments).where(eq(caseDocuments.id, id));
    await audit(ctx, {
      action: 'cases.removeCaseDocument',
      entityType: 'case',
      entityId: before.caseId,
      before,
    });
  },
});
