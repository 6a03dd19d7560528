/**
 * A generated document (notice, minutes, programme, report) as data, so that one model gives the
 * HTML page, the PDF (printed from that HTML) and the Word file with the same content.
 */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { type: 'paragraph'; text: string; emphasis?: boolean }
  /** Formatted text: sanitised HTML for the page, its plain text for Word. */
  | { type: 'rich'; html: string; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'facts'; rows: [string, string][] }
  | { type: 'table'; caption?: string; headers: string[]; rows: string[][]; widths?: number[] };

export interface DocumentModel {
  lang: 'nb' | 'en';
  title: string;
  subtitle?: string;
  /** Shown in the header or footer of every page. */
  organisation: string;
  blocks: Block[];
  /** A table of contents from the level 1 and 2 headings. */
  contents?: { title: string };
}
