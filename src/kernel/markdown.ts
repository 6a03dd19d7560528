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

/** Plain text of Markdown, for e-mails, feeds and search. */
export function markdownToText(source: string): string {
  return sanitizeHtml(renderMarkdown(source), { allowedTags: [], allowedAttributes: {} })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
