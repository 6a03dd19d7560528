import { markdownToText } from '../kernel/markdown';
import {
  type Block,
  contentsHeadings,
  type DocumentModel,
  type ListItem,
  type TableCell,
} from './document-model';

// Characters Markdown would read as formatting are written as themselves.
const escape = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
const item = (i: ListItem) => (typeof i === 'string' ? escape(i) : `**${escape(i.lead)}** ${escape(i.text)}`);
const cell = (c: TableCell) =>
  Array.isArray(c) ? c.map((i) => `• ${escape(i)}`).join('<br>') : escape(c).replace(/\n/g, '<br>');

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${escape(b.text)}`;
    case 'paragraph':
      return b.emphasis ? `**${escape(b.text)}**` : escape(b.text);
    case 'rich':
      // Its plain text, not its source: raw HTML in the source must not reach whoever renders the file.
      return markdownToText(b.markdown);
    case 'list':
      return b.items.map((i) => `- ${item(i)}`).join('\n');
    case 'facts':
      return b.rows.map(([k, v]) => `- **${escape(k)}:** ${escape(v)}`).join('\n');
    case 'table': {
      const head = `| ${b.headers.map(escape).join(' | ')} |`;
      const rule = `| ${b.headers.map(() => '---').join(' | ')} |`;
      const rows = b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`);
      return [...(b.caption ? [`**${escape(b.caption)}**`, ''] : []), head, rule, ...rows].join('\n');
    }
  }
}

/** The document as Markdown (GitHub flavour): for diffs between years, wikis and plain-text archives. */
export function renderMarkdownDocument(doc: DocumentModel): string {
  const parts = [`# ${escape(doc.title)}`];
  if (doc.subtitle) parts.push(escape(doc.subtitle));
  if (doc.titlePage) parts.push(...doc.titlePage.lines.map(escape));
  if (doc.contents) {
    const lines = contentsHeadings(doc).map((h) => `${'  '.repeat(h.level - 1)}- ${escape(h.text)}`);
    parts.push(`**${escape(doc.contents.title)}**\n\n${lines.join('\n')}`);
  }
  parts.push(...doc.blocks.map(block));
  return `${parts.join('\n\n')}\n`;
}
