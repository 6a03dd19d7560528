import { markdownToText } from '../kernel/markdown';
import {
  type Block,
  contentsHeadings,
  type DocumentModel,
  type ListItem,
  type TableCell,
} from './document-model';

// Characters Markdown would read as formatting are written as themselves.
const literal = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
const item = (i: ListItem) =>
  typeof i === 'string' ? literal(i) : `**${literal(i.lead)}** ${literal(i.text)}`;
const cell = (c: TableCell) =>
  Array.isArray(c) ? c.map((i) => `• ${literal(i)}`).join('<br>') : literal(c).replace(/\n/g, '<br>');

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${literal(b.text)}`;
    case 'paragraph':
      return b.emphasis ? `**${literal(b.text)}**` : literal(b.text);
    case 'rich':
      // Its plain text, written as such: no markup in the source (raw HTML least of all) reaches a reader of the file.
      return literal(markdownToText(b.markdown));
    case 'list':
      return b.items.map((i) => `- ${item(i)}`).join('\n');
    case 'facts':
      return b.rows.map(([k, v]) => `- **${literal(k)}:** ${literal(v)}`).join('\n');
    case 'table': {
      const head = `| ${b.headers.map(literal).join(' | ')} |`;
      const rule = `| ${b.headers.map(() => '---').join(' | ')} |`;
      const rows = b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`);
      return [...(b.caption ? [`**${literal(b.caption)}**`, ''] : []), head, rule, ...rows].join('\n');
    }
  }
}

/** The document as Markdown (GitHub flavour): for diffs between years, wikis and plain-text archives. */
export function renderMarkdownDocument(doc: DocumentModel): string {
  const parts = [`# ${literal(doc.title)}`];
  if (doc.subtitle) parts.push(literal(doc.subtitle));
  if (doc.titlePage) parts.push(...doc.titlePage.lines.map(literal));
  if (doc.contents) {
    const lines = contentsHeadings(doc).map((h) => `${'  '.repeat(h.level - 1)}- ${literal(h.text)}`);
    parts.push(`**${literal(doc.contents.title)}**\n\n${lines.join('\n')}`);
  }
  parts.push(...doc.blocks.map(block));
  return `${parts.join('\n\n')}\n`;
}
