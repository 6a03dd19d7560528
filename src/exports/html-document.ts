import { renderMarkdown } from '../kernel/markdown';
import {
  type Block,
  contentsHeadings,
  type DocumentModel,
  type ListItem,
  type TableCell,
} from './document-model';

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PRINT_CSS = `
  @page { size: A4; margin: 22mm 20mm 24mm 20mm; }
  body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
  @media print { body { margin: 0; padding: 0; max-width: none; } }
  header.doc-header { border-bottom: 2px solid #0062ba; margin-bottom: 1.5rem; padding-bottom: .5rem; }
  header.doc-header p { margin: 0; color: #444; }
  h1 { font-size: 20pt; margin: .2rem 0; } h2 { font-size: 15pt; margin: 1.4rem 0 .4rem; } h3 { font-size: 12.5pt; margin: 1rem 0 .3rem; } h4 { font-size: 11pt; margin: .8rem 0 .2rem; }
  table { border-collapse: collapse; width: 100%; table-layout: fixed; overflow-wrap: anywhere; margin: .5rem 0 1rem; page-break-inside: auto; }
  th, td { border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top; }
  th { background: #e8eef6; }
  tr { page-break-inside: avoid; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dl.facts dt { font-weight: bold; } dl.facts dd { margin: 0; }
  nav.contents ol { list-style: none; padding-left: 0; } nav.contents li.level-2 { padding-left: 1.2rem; } nav.contents li.level-3 { padding-left: 2.4rem; }
  td ul { margin: 0; padding-left: 1.1rem; } td li { margin: 0 0 .2rem; }
  section.title-page { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; }
  section.title-page h1 { font-size: 28pt; } section.title-page p { font-size: 13pt; margin: .3rem 0; }
  @media print { section.title-page { min-height: 0; height: 230mm; page-break-after: always; } nav.contents.own-page { page-break-after: always; } }
  .emphasis { font-weight: bold; }
`;

const item = (i: ListItem) =>
  typeof i === 'string' ? escapeHtml(i) : `<strong>${escapeHtml(i.lead)}</strong> ${escapeHtml(i.text)}`;

const cell = (c: TableCell) =>
  Array.isArray(c)
    ? c.length
      ? `<ul>${c.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`
      : ''
    : escapeHtml(c).replace(/\n/g, '<br>');

function block(b: Block): string {
  switch (b.type) {
    case 'heading': {
      // The document's title is the page's one h1; its chapters start at h2.
      const tag = `h${b.level + 1}`;
      return `<${tag}${b.id ? ` id="${escapeHtml(b.id)}"` : ''}>${escapeHtml(b.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p${b.emphasis ? ' class="emphasis"' : ''}>${escapeHtml(b.text)}</p>`;
    case 'rich':
      return renderMarkdown(b.markdown);
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${item(i)}</li>`).join('')}</ul>`;
    case 'facts':
      return `<dl class="facts">${b.rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
    case 'table':
      return `<table>${b.caption ? `<caption>${escapeHtml(b.caption)}</caption>` : ''}${
        b.widths ? `<colgroup>${b.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>` : ''
      }<thead><tr>${b.headers
        .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
        .join('')}</tr></thead><tbody>${b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
  }
}

/**
 * The document's contents list and blocks as HTML to place in a page whose h1 is the document's
 * title (the portal's programme and report pages); the complete document below wraps the same.
 */
export function renderHtmlBody(doc: DocumentModel): string {
  const headings = contentsHeadings(doc);
  const contents = doc.contents
    ? `<nav class="contents${doc.titlePage ? ' own-page' : ''}" aria-labelledby="contents"><p id="contents" class="emphasis">${escapeHtml(doc.contents.title)}</p><ol>${headings
        .map(
          (h) =>
            `<li class="level-${h.level}">${h.id ? `<a href="#${escapeHtml(h.id)}">${escapeHtml(h.text)}</a>` : escapeHtml(h.text)}</li>`,
        )
        .join('')}</ol></nav>`
    : '';
  return `${contents}
${doc.blocks.map(block).join('\n')}`;
}

/** A complete, self-contained HTML document (no scripts), for the page, the download and the PDF. */
export function renderHtmlDocument(doc: DocumentModel): string {
  return `<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<header class="doc-header"><p>${escapeHtml(doc.organisation)}</p></header>
<main>
${doc.titlePage ? '<section class="title-page">' : ''}
<h1>${escapeHtml(doc.title)}</h1>
${doc.subtitle ? `<p>${escapeHtml(doc.subtitle)}</p>` : ''}
${doc.titlePage ? `${doc.titlePage.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</section>` : ''}
${renderHtmlBody(doc)}
</main>
</body>
</html>`;
}
