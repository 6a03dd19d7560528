import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { richParagraphs } from '../kernel/markdown';
import type { Block, TableCell as Cell, DocumentModel, ListItem } from './document-model';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

const bullet = (children: TextRun[]) =>
  new Paragraph({ children, numbering: { reference: 'bullets', level: 0 } });

const listItem = (item: ListItem) =>
  bullet(
    typeof item === 'string'
      ? [new TextRun(item)]
      : [new TextRun({ text: item.lead, bold: true }), new TextRun(` ${item.text}`)],
  );

function cell(content: Cell, header = false) {
  const children = Array.isArray(content)
    ? content.map((item) => bullet([new TextRun(item)]))
    : content
        .split('\n')
        .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header })] }));
  // A cell must hold a paragraph, even an empty one.
  return new TableCell({ children: children.length ? children : [new Paragraph('')] });
}

function table(headers: string[], rows: Cell[][], widths?: number[]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(widths ? { columnWidths: widths } : {}),
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ text: b.text, heading: HEADING[b.level] })];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun({ text: b.text, bold: b.emphasis })] })];
    case 'rich':
      return richParagraphs(b.markdown).map((p) => {
        const runs = p.runs.map(
          (r) =>
            new TextRun({
              text: r.text.replace(/\n/g, ' '),
              bold: r.bold || p.kind === 'heading',
              italics: r.italic,
            }),
        );
        if (p.kind === 'bullet') return bullet(runs);
        if (p.kind === 'number') return new Paragraph({ children: [new TextRun(`${p.number}. `), ...runs] });
        return new Paragraph({ children: runs, ...(p.kind === 'quote' ? { indent: { left: 720 } } : {}) });
      });
    case 'list':
      return b.items.map(listItem);
    case 'facts':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: {
            top: NONE,
            bottom: NONE,
            left: NONE,
            right: NONE,
            insideHorizontal: NONE,
            insideVertical: NONE,
          },
          rows: b.rows.map(([k, v]) => new TableRow({ children: [cell(k, true), cell(v)] })),
        }),
      ];
    case 'table':
      return [
        ...(b.caption ? [new Paragraph({ children: [new TextRun({ text: b.caption, bold: true })] })] : []),
        table(b.headers, b.rows, b.widths),
        new Paragraph(''),
      ];
  }
}

/**
 * A Word document with real headings (Heading 1–3, so Word's navigation and contents work), a
 * contents field, real tables with a repeating header row, and page numbers in the footer.
 */
export async function renderDocx(doc: DocumentModel): Promise<Uint8Array> {
  const pageLabel = doc.lang === 'nb' ? 'Side' : 'Page';
  const ofLabel = doc.lang === 'nb' ? 'av' : 'of';
  const document = new Document({
    creator: 'Samråd',
    title: doc.title,
    description: doc.subtitle ?? '',
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'Liberation Sans', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({ children: [new TextRun({ text: doc.organisation, color: '555555' })] }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [`${pageLabel} `, PageNumber.CURRENT, ` ${ofLabel} `, PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
          ...(doc.subtitle ? [new Paragraph({ text: doc.subtitle })] : []),
          ...(doc.titlePage
            ? [
                ...doc.titlePage.lines.map((line) => new Paragraph(line)),
                new Paragraph({ children: [new PageBreak()] }),
              ]
            : []),
          ...(doc.contents
            ? [
                new Paragraph({ children: [new TextRun({ text: doc.contents.title, bold: true })] }),
                new TableOfContents(doc.contents.title, {
                  hyperlink: true,
                  headingStyleRange: `1-${doc.contents.depth ?? 2}`,
                }),
                ...(doc.titlePage ? [new Paragraph({ children: [new PageBreak()] })] : []),
              ]
            : []),
          ...doc.blocks.flatMap(block),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
