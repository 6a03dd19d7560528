import type { Paper } from './meetings-papers';

/**
 * A one-page PDF 1.4 with a heading and a few paragraphs, built by hand so the demo's attachments
 * are real files without a PDF library. Text is in the standard Helvetica fonts with WinAnsi
 * encoding (æ, ø, å and § are Latin-1), wrapped to the page; the xref offsets are counted in bytes.
 */
export function demoPdf(heading: string, paragraphs: string[]): Uint8Array<ArrayBuffer> {
  const lines = paragraphs.flatMap((p, i) => [...(i ? [''] : []), ...wrap(p, 88)]);
  const stream = [
    'BT /F1 15 Tf 56 780 Td',
    `(${pdfText(heading)}) Tj`,
    'ET',
    'BT /F2 10.5 Tf 14 TL 56 750 Td',
    ...lines.map((line) => `(${pdfText(line)}) '`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  // Every character is one byte (latin1), so string lengths are byte offsets.
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (const [i, object] of objects.entries()) {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xref = [
    `xref\n0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
  ].join('\n');
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${body.length}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(`${body}${xref}\n${trailer}`, 'latin1'));
}

// WinAnsi differs from Latin-1 in 0x80–0x9F: typographic dashes and quotes live there.
const WIN_ANSI: Record<string, string> = { '–': '\x96', '—': '\x97', '’': '\x92', '“': '\x93', '”': '\x94' };

/** A PDF string literal's content: WinAnsi bytes as latin1 characters, with \, ( and ) escaped. */
function pdfText(text: string): string {
  return [...text]
    .map((c) => WIN_ANSI[c] ?? (c.charCodeAt(0) <= 0xff ? c : '?'))
    .join('')
    .replace(/[\\()]/g, '\\$&');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** A case paper as the PDF the members read: heading, meeting, and the paper's three parts. */
export function paperPdf(number: string, meeting: string, paper: Paper): Uint8Array<ArrayBuffer> {
  const plain = (markdown: string) => markdown.replaceAll('**', '').split('\n').filter(Boolean);
  return demoPdf(`Sak ${number} ${paper.title}`, [
    meeting,
    'Bakgrunn',
    ...plain(paper.background),
    'Vurdering',
    ...plain(paper.assessment),
    'Forslag til vedtak',
    ...plain(paper.proposedDecision),
  ]);
}
