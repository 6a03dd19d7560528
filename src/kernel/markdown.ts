import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Case papers and other long texts are written in Markdown and shown as HTML. Whatever the input
 * (raw HTML included), only this allow-list survives: no scripts, styles, event handlers or images.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'b',
    'i',
    'u',
    's',
    'ul',
    'ol',
    'li',
    'blockquote',
    'h2',
    'h3',
    'h4',
    'a',
    'code',
    'pre',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'hr',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], th: ['scope'], td: ['colspan', 'rowspan'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
  // Headings start at h2: the page's own h1 is the title.
  exclusiveFilter: (frame) => frame.tag === 'h1',
};

export function renderMarkdown(source: string): string {
  if (!source.trim()) return '';
  const html = marked.parse(source, { async: false, gfm: true, breaks: false }) as string;
  return sanitizeHtml(html.replace(/<h1(\s|>)/g, '<h2$1').replace(/<\/h1>/g, '</h2>'), OPTIONS);
}

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A block of formatted text: what a Word paragraph (or a line of plain text) is made from. */
export interface RichParagraph {
  kind: 'paragraph' | 'heading' | 'bullet' | 'number' | 'quote';
  runs: TextRun[];
  /** For a numbered item: its number. */
  number?: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

const BLOCKS = new Set(['p', 'li', 'h2', 'h3', 'h4', 'td', 'th', 'pre']);

/**
 * Markdown as paragraphs of runs, read from the sanitised HTML (so it is exactly what the page
 * shows): bold and italic kept, lists as bullet or numbered items, everything else as text.
 */
export function richParagraphs(source: string): RichParagraph[] {
  const html = renderMarkdown(source);
  const out: RichParagraph[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let bold = 0;
  let italic = 0;
  let quote = 0;
  let current: RichParagraph | null = null;
  const open = (kind: RichParagraph['kind'], number?: number): RichParagraph => {
    const paragraph: RichParagraph = { kind, runs: [], ...(number === undefined ? {} : { number }) };
    out.push(paragraph);
    return paragraph;
  };
  for (const [, closing, tag, text] of html.matchAll(/<(\/?)(\w+)[^>]*>|([^<]+)/g)) {
    if (text !== undefined) {
      if (!current && !text.trim()) continue;
      current ??= open(quote ? 'quote' : 'paragraph');
      current.runs.push({
        text: decode(text),
        ...(bold ? { bold: true } : {}),
        ...(italic ? { italic: true } : {}),
      });
      continue;
    }
    const name = tag!.toLowerCase();
    const isClose = closing === '/';
    if (name === 'strong' || name === 'b') bold += isClose ? -1 : 1;
    else if (name === 'em' || name === 'i') italic += isClose ? -1 : 1;
    else if (name === 'blockquote') quote += isClose ? -1 : 1;
    else if (name === 'ul' || name === 'ol') {
      if (isClose) lists.pop();
      else lists.push({ ordered: name === 'ol', count: 0 });
    } else if (name === 'br') current?.runs.push({ text: '\n' });
    else if (BLOCKS.has(name)) {
      if (isClose) current = null;
      else if (name === 'li') {
        const list = lists.at(-1);
        current = list?.ordered ? open('number', ++list.count) : open('bullet');
      } else current = open(name.startsWith('h') ? 'heading' : quote ? 'quote' : 'paragraph');
    }
  }
  for (const p of out) {
    const first = p.runs[0];
    const last = p.runs.at(-1);
    if (first) first.text = first.text.replace(/^\s+/, '');
    if (last) last.text = last.text.replace(/\s+$/, '');
  }
  return out.filter((p) => p.runs.some((r) => r.text.trim()));
}

/** Plain text of Markdown, for e-mails, feeds, search and Word: paragraphs apart, list items on lines of their own. */
export function markdownToText(source: string): string {
  const paragraphs = richParagraphs(source);
  return paragraphs
    .map((p, i) => {
      const text = p.runs.map((r) => r.text).join('');
      const line = p.kind === 'bullet' ? `- ${text}` : p.kind === 'number' ? `${p.number}. ${text}` : text;
      const next = paragraphs[i + 1];
      const sameList = next && (p.kind === 'bullet' || p.kind === 'number') && next.kind === p.kind;
      return `${line}${next ? (sameList ? '\n' : '\n\n') : ''}`;
    })
    .join('');
}
