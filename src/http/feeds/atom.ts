/**
 * Atom 1.0 (RFC 4287), written by hand: a feed is a handful of elements, and every text and
 * attribute goes through `xml()`, which escapes markup and drops the characters XML 1.0 forbids.
 */
export interface AtomEntry {
  /** A permanent IRI for the entry. */
  id: string;
  title: string;
  updated: Date;
  published?: Date | undefined;
  /** The entry's page (rel="alternate"). */
  link: string;
  summary?: string | undefined;
  /** Sanitised HTML (from renderMarkdown), sent escaped as type="html". */
  html?: string | undefined;
  categories?: string[] | undefined;
}

export interface AtomFeedSpec {
  id: string;
  title: string;
  subtitle?: string | undefined;
  /** The feed's own address (rel="self") and the page it mirrors (rel="alternate"). */
  self: string;
  alternate: string;
  author: string;
  lang: string;
  entries: AtomEntry[];
}

// Everything outside XML 1.0's Char production (control characters, lone surrogates, U+FFFE/FFFF).
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text or an attribute value, safe inside XML. */
export function xml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const stamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The feed as a string. Its `updated` is the latest of its entries' (the feed changes when an
 * entry does), so a reader polling it sees a new date exactly when something new is in it.
 */
export function atomFeed(feed: AtomFeedSpec): string {
  const updated = new Date(Math.max(0, ...feed.entries.map((e) => e.updated.getTime())));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(feed.lang)}">`,
    `  <id>${xml(feed.id)}</id>`,
    `  <title>${xml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${xml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${stamp(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(feed.alternate)}"/>`,
    `  <author><name>${xml(feed.author)}</name></author>`,
    '  <generator>Samråd</generator>',
  ];
  for (const e of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${xml(e.id)}</id>`,
      `    <title type="text">${xml(e.title)}</title>`,
      `    <updated>${stamp(e.updated)}</updated>`,
      ...(e.published ? [`    <published>${stamp(e.published)}</published>`] : []),
      `    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>`,
      ...(e.categories ?? []).map((term) => `    <category term="${xml(term)}"/>`),
      ...(e.summary ? [`    <summary type="text">${xml(e.summary)}</summary>`] : []),
      ...(e.html ? [`    <content type="html">${xml(e.html)}</content>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';
