import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { systemTestCtx } from '../../../tests/support/fixtures';
import { testHttp } from '../../../tests/support/http';
import { createNews } from '../../domain/news/create-news';
import { publishNews } from '../../domain/news/publish-news';
import { unpublishNews } from '../../domain/news/unpublish-news';

interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(raw: string, where: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(raw)) throw new Error(`bare & in ${where}`);
  return raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(Number(e[1] === 'x' ? `0${e.slice(1)}` : e.slice(1))) : ENTITIES[e]!,
  );
}

/** A strict little XML reader: one root, tags closed in order, quoted attributes, only XML's entities. */
function parseXml(xml: string): Element {
  const prolog = /^<\?xml version="1\.0" encoding="utf-8"\?>\s*/.exec(xml);
  if (!prolog) throw new Error('no XML declaration');
  const token = /<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/y;
  token.lastIndex = prolog[0].length;
  const stack: Element[] = [];
  let root: Element | null = null;
  while (token.lastIndex < xml.length) {
    const at = token.lastIndex;
    const m = token.exec(xml);
    if (!m) throw new Error(`not well-formed at ${at}: ${xml.slice(at, at + 40)}`);
    const [, close, open, attrs, selfClosing, text] = m;
    if (text !== undefined) {
      if (!stack.length) {
        if (text.trim()) throw new Error('text outside the root');
        continue;
      }
      stack.at(-1)!.text += decode(text, stack.at(-1)!.name);
    } else if (close) {
      if (stack.pop()?.name !== close) throw new Error(`</${close}> closes the wrong element`);
    } else {
      const element: Element = { name: open!, attrs: {}, children: [], text: '' };
      for (const [, k, v] of attrs!.matchAll(/([\w:.-]+)="([^"]*)"/g)) element.attrs[k!] = decode(v!, k!);
      if (stack.length) stack.at(-1)!.children.push(element);
      else if (root) throw new Error('two roots');
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length || !root) throw new Error('unclosed elements');
  return root;
}

const child = (e: Element, name: string) => e.children.find((c) => c.name === name);
const text = (e: Element, name: string) => child(e, name)?.text ?? '';

const database = setupTestDatabase({ demo: true });
const http = () => testHttp(database(), { env: { PUBLIC_URL: 'https://osloregionen.example.org' } });

/** GET a feed: its content type and its entries, each checked for what RFC 4287 requires. */
async function feed(path: string) {
  const response = await http().app.request(path);
  expect(response.status).toBe(200);
  const body = await response.text();
  const root = parseXml(body);
  expect(root).toMatchObject({ name: 'feed', attrs: { xmlns: 'http://www.w3.org/2005/Atom' } });
  for (const name of ['id', 'title', 'updated', 'author']) expect(child(root, name), name).toBeDefined();
  const entries = root.children.filter((c) => c.name === 'entry');
  for (const entry of entries) {
    for (const name of ['id', 'title', 'updated']) expect(text(entry, name), name).not.toBe('');
    expect(Number.isNaN(Date.parse(text(entry, 'updated')))).toBe(false);
    expect(child(entry, 'link')?.attrs).toMatchObject({
      rel: 'alternate',
      href: expect.stringMatching(/^https:\/\//),
    });
  }
  const latest = Math.max(...entries.map((e) => Date.parse(text(e, 'updated'))));
  expect(Date.parse(text(root, 'updated'))).toBe(latest);
  return { type: response.headers.get('content-type'), body, entries };
}

describe('the Atom feeds (demo)', () => {
  let published: { id: string; version: number };
  beforeAll(async () => {
    // A title with markup and an ampersand, as an editor might type it: it must arrive as text.
    const ctx = systemTestCtx(database().db);
    const item = await createNews({
      ctx,
      input: {
        title: 'Vann & avløp: <b>nytt</b> «samarbeid»',
        lead: 'Kommunene samarbeider.',
        body: 'Les *mer*.',
      },
    });
    published = await publishNews({ ctx, input: { id: item.id, version: item.version } });
  }, 120_000);

  it('has the published news, newest first, linked to their pages, and not the draft', async () => {
    const { type, body, entries } = await feed('/nyheter.atom');
    expect(type).toBe('application/atom+xml; charset=utf-8');
    expect(entries.map((e) => text(e, 'title'))).toEqual([
      'Vann & avløp: <b>nytt</b> «samarbeid»',
      'Nordic Place Branding Conference er utsatt',
      'Osloregionen blir interkommunalt politisk råd',
      'BEST-konferansen 2020 handler om gods og logistikk',
      'Handlingsprogram 2020 er vedtatt',
    ]);
    const best = entries[3]!;
    expect(child(best, 'link')!.attrs.href).toBe(text(best, 'id'));
    expect(text(best, 'id')).toMatch(/^https:\/\/osloregionen\.example\.org\/nyheter\/[0-9a-f-]{36}$/);
    expect(text(best, 'published')).toBe('2020-02-03T09:00:00Z');
    expect(text(best, 'content')).toContain('<strong>Nasjonal transportplan</strong>');
    expect(body).not.toContain('innovasjonscamp');
  });

  it('has the decisions of public cases, 39/19 among them, and nothing of the exempt lease', async () => {
    const { body, entries } = await feed('/vedtak.atom');
    const titles = entries.map((e) => text(e, 'title'));
    expect(titles).toContain('Sak 39/19 Konsekvenser av ny kommunelov for Osloregionen');
    const law = entries.find((e) => text(e, 'title').startsWith('Sak 39/19'))!;
    expect(child(law, 'link')!.attrs.href).toMatch(
      /^https:\/\/osloregionen\.example\.org\/saker\/[0-9a-f-]{36}$/,
    );
    expect(text(law, 'summary')).toBe('Styret, møte 17. september 2019: Vedtatt.');
    expect(body.toLowerCase()).not.toContain('kontorlokaler');
    expect(body).not.toContain('forhandlingsmandat');
  });

  it('answers a reader polling with 304 until an item is taken down, and no cache may keep it meanwhile', async () => {
    const first = await http().app.request('/nyheter.atom');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const again = await http().app.request('/nyheter.atom', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    await unpublishNews({ ctx: systemTestCtx(database().db), input: published });
    const after = await http().app.request('/nyheter.atom', { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(await after.text()).not.toContain('Vann &amp; avløp');
  });
});
