import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { systemTestCtx } from '../../../tests/support/fixtures';
import { programmeDocumentData } from '../../domain/programme/document-data';
import { renderDocx } from '../../exports/docx-document';
import { htmlToPdf } from '../../exports/pdf';
import { renderHtmlDocument } from '../../exports/html-document';
import { renderMarkdownDocument } from '../../exports/markdown-document';
import { programmeDocument } from '../../exports/programme-document';
import { loadDemo } from '../load-demo';

const database = setupTestDatabase();
it('dumps', async () => {
  await loadDemo(database().db);
  for (const kind of ['programme', 'report'] as const) {
    const data = await programmeDocumentData(systemTestCtx(database().db), 2020, kind);
    const doc = programmeDocument(data, 'nb');
    writeFileSync(`/tmp/scratch/${kind}.html`, renderHtmlDocument(doc));
    writeFileSync(`/tmp/scratch/${kind}.md`, renderMarkdownDocument(doc));
    writeFileSync(`/tmp/scratch/${kind}.docx`, await renderDocx(doc));
    writeFileSync(`/tmp/scratch/${kind}.pdf`, await htmlToPdf(renderHtmlDocument(doc), { page: 'Side', of: 'av' }));
  }
}, 60000);
