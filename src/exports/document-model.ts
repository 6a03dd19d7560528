/**
 * A generated document (notice, minutes, programme, report) as data, so that one model gives the
 * HTML page, the PDF (printed from that HTML), the Word file and Markdown with the same content.
 */

/** A table cell: text (a line break starts a new line), or a bulleted list. */
export type TableCell = string | string[];

/** A list item: text, or a bold lead and the text after it ("**Kommunikasjon.** Dette innebærer …"). */
export type ListItem = string | { lead: string; text: string };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { type: 'paragraph'; text: string; emphasis?: boolean }
  /** Formatted text in Markdown: sanitised HTML on the page, runs in Word, plain text in Markdown exports. */
  | { type: 'rich'; markdown: string }
  | { type: 'list'; items: ListItem[] }
  | { type: 'facts'; rows: [string, string][] }
  | { type: 'table'; caption?: string; headers: string[]; rows: TableCell[][]; widths?: number[] };

export interface DocumentModel {
  lang: 'nb' | 'en';
  title: string;
  subtitle?: string;
  /** Shown in the header or footer of every page. */
  organisation: string;
  blocks: Block[];
  /** A table of contents from the headings down to `depth` (default 2). */
  contents?: { title: string; depth?: 1 | 2 | 3 };
  /** The title, subtitle and these lines on a page of their own, the contents on the next. */
  titlePage?: { lines: string[] };
}

/** The headings a table of contents lists. */
export function contentsHeadings(doc: DocumentModel) {
  const depth = doc.contents?.depth ?? 2;
  return doc.blocks.filter(
    (b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && b.level <= depth,
  );
}
