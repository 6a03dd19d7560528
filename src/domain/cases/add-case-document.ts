import { createHash } from 'node:crypto';
import { z } from 'zod';
import { docxText, pdfText } from '../../exports/text-extraction';
import { audit } from '../../kernel/audit';
import { actorLabel } from '../../kernel/ctx';
import { Validation } from '../../kernel/errors';
import { CONTENT_TYPE, detectFileKind } from '../../kernel/file-types';
import { translate } from '../../kernel/i18n';
import { newId } from '../../kernel/ids';
import { defineVerb } from '../../kernel/verb';
import { Access } from './fields';
import { can } from './permissions';
import { getCaseRow } from './rows';
import { caseDocuments } from './schema';

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export const AddCaseDocumentInput = Access.extend({
  caseId: z.uuid(),
  title: z.string().trim().min(1).max(300),
  filename: z.string().trim().min(1).max(255),
  content: z.instanceof(Uint8Array),
}).refine((v) => v.access !== 'exempt' || Boolean(v.legalBasis?.trim()), {
  path: ['legalBasis'],
  message: 'cases.legalBasisRequired',
});

/** The words of a PDF or Word file, for search; a file that cannot be read is kept, unsearchable. */
async function extractText(kind: string, content: Buffer): Promise<string> {
  try {
    if (kind === 'pdf') return await pdfText(content);
    if (kind === 'docx') return await docxText(content);
  } catch {
    // A damaged or encrypted file is still an attachment; it is just not found by its words.
  }
  return '';
}

/**
 * Attaches a file to a case: PDF, DOCX, XLSX, PNG or JPEG by its content, at most 20 MB, with its
 * SHA-256. An attachment of an exempt case is exempt too, on the case's legal basis unless it has its own.
 */
export const addCaseDocument = defineVerb({
  name: 'cases.addCaseDocument',
  input: AddCaseDocumentInput,
  authorize: (actor) => can(actor, 'cases.manage'),
  async run(ctx, input) {
    const kase = await getCaseRow(ctx, input.caseId);
    const fail = (key: string, params?: Record<string, string | number>) =>
      new Validation({ content: [translate(ctx.locale, key, params)] });
    if (input.content.byteLength === 0) throw fail('upload.missing');
    if (input.content.byteLength > MAX_DOCUMENT_BYTES)
      throw fail('upload.tooBig', { max: MAX_DOCUMENT_BYTES / 1024 / 1024 });
    const kind = detectFileKind(input.content);
    if (!kind) throw fail('cases.fileType');
    const content = Buffer.from(input.content);
    const exempt = input.access === 'exempt' || kase.access === 'exempt';
    const row = {
      id: newId(),
      caseId: input.caseId,
      title: input.title,
      filename: input.filename.replace(/[/\\]/g, '_'),
      contentType: CONTENT_TYPE[kind],
      size: content.byteLength,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      access: exempt ? ('exempt' as const) : ('public' as const),
      legalBasis: exempt ? input.legalBasis || kase.legalBasis : null,
      text: await extractText(kind, content),
      uploadedAt: ctx.now,
      uploadedBy: actorLabel(ctx.actor),
    };
    await ctx.db.insert(caseDocuments).values(row);
    const { content: _, text: _text, ...meta } = row;
    await audit(ctx, {
      action: 'cases.addCaseDocument',
      entityType: 'case',
      entityId: input.caseId,
      after: meta,
    });
    return meta;
  },
});
