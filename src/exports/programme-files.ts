import { z } from 'zod';
import { programmeDocumentData } from '../domain/programme/document-data';
import type { Ctx } from '../kernel/ctx';
import { fileSlug } from '../kernel/file-names';
import { translate } from '../kernel/i18n';
import { DOCX_TYPE, renderDocx } from './docx-document';
import { renderHtmlDocument } from './html-document';
import { renderMarkdownDocument } from './markdown-document';
import { htmlToPdf } from './pdf';
import { programmeDocument } from './programme-document';

export const DocumentFormat = z.enum(['html', 'pdf', 'docx', 'md']);
export type DocumentFormat = z.output<typeof DocumentFormat>;

/**
 * The programme or annual report of a year as a file, as the caller may read it: the one place
 * the page, the API and the CLI get it from, so all three give the same document.
 */
export async function programmeFile(
  ctx: Ctx,
  year: number,
  kind: 'programme' | 'report',
  format: DocumentFormat,
): Promise<{ body: Uint8Array | string; contentType: string; filename: string }> {
  const doc = programmeDocument(await programmeDocumentData(ctx, year, kind), ctx.locale);
  const name = fileSlug(doc.title);
  switch (format) {
    case 'docx':
      return { body: await renderDocx(doc), contentType: DOCX_TYPE, filename: `${name}.docx` };
    case 'md':
      return {
        body: renderMarkdownDocument(doc),
        contentType: 'text/markdown; charset=utf-8',
        filename: `${name}.md`,
      };
    case 'pdf': {
      const pdf = await htmlToPdf(renderHtmlDocument(doc), {
        page: translate(ctx.locale, 'doc.page'),
        of: translate(ctx.locale, 'doc.of'),
      });
      return { body: pdf, contentType: 'application/pdf', filename: `${name}.pdf` };
    }
    case 'html':
      return {
        body: renderHtmlDocument(doc),
        contentType: 'text/html; charset=utf-8',
        filename: `${name}.html`,
      };
  }
}
