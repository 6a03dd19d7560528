import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown, richParagraphs } from './markdown';

describe('Markdown for case papers', () => {
  it('renders paragraphs, lists and links', () => {
    expect(
      renderMarkdown(
        'Styret **vedtar**:\n\n1. Rapporten tas til orientering.\n2. [Les mer](https://osloregionen.no)',
      ),
    ).toBe(
      '<p>Styret <strong>vedtar</strong>:</p>\n<ol>\n<li>Rapporten tas til orientering.</li>\n<li><a href="https://osloregionen.no" rel="noopener noreferrer">Les mer</a></li>\n</ol>\n',
    );
  });

  it('removes scripts, event handlers, javascript links and images, and demotes h1', () => {
    const html = renderMarkdown(
      '# Tittel\n\n<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><p onclick="x()">tekst</p>',
    );
    expect(html).not.toMatch(/script|onerror|onclick|javascript|<img|<h1/);
    expect(html).toContain('<h2>Tittel</h2>');
    expect(html).toContain('<p>tekst</p>');
  });

  it('gives plain text for e-mail, with paragraphs apart, list items on lines and characters unescaped', () => {
    expect(markdownToText('Styret **vedtar** saken.')).toBe('Styret vedtar saken.');
    expect(markdownToText('Oslo & Akershus <fylke>\n\nAndre avsnitt:\n\n- én\n- to\n\n1. tre')).toBe(
      'Oslo & Akershus\n\nAndre avsnitt:\n\n- én\n- to\n\n1. tre',
    );
  });

  it('keeps bold and italic runs for Word', () => {
    expect(richParagraphs('Målet er **å styrke _Osloregionen_**.\n\n- punkt')).toEqual([
      {
        kind: 'paragraph',
        runs: [
          { text: 'Målet er ' },
          { text: 'å styrke ', bold: true },
          { text: 'Osloregionen', bold: true, italic: true },
          { text: '.' },
        ],
      },
      { kind: 'bullet', runs: [{ text: 'punkt' }] },
    ]);
  });
});
