import { describe, expect, it } from 'vitest';
import { renderMarkdownDocument } from './markdown-document';

describe('the Markdown export', () => {
  it('writes tables with list cells, and no markup from the sources, not even escaped HTML', () => {
    const md = renderMarkdownDocument({
      lang: 'nb',
      title: 'Handlingsprogram 2020',
      organisation: 'Osloregionen',
      contents: { title: 'Innholdsfortegnelse', depth: 2 },
      blocks: [
        { type: 'heading', level: 1, text: '1 Kort om Osloregionen', id: 'kap-1' },
        {
          type: 'rich',
          markdown: 'Målet er **å styrke** regionen &lt;img src=x onerror=alert(1)&gt; <script>x()</script>',
        },
        {
          type: 'table',
          headers: ['Areal og transport', 'Rolle og arbeidsform'],
          rows: [[['Gi innspill til NTP', 'Delta i høringer | TEN-T'], 'Dialog med nasjonale myndigheter']],
        },
      ],
    });
    expect(md).toContain('**Innholdsfortegnelse**\n\n- 1 Kort om Osloregionen');
    expect(md).toContain('## 1 Kort om Osloregionen');
    expect(md).toContain(
      '| • Gi innspill til NTP<br>• Delta i høringer \\| TEN-T | Dialog med nasjonale myndigheter |',
    );
    // Only as escaped characters, which a Markdown renderer shows as text.
    expect(md).not.toMatch(/(^|[^\\])<(img|script)/m);
    expect(md).not.toContain('x()');
    expect(md).toContain('Målet er å styrke regionen \\<img src=x onerror=alert(1)\\>');
  });
});
