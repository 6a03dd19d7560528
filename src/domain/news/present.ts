import { z } from 'zod';
import type { NewsRow } from './rules';

/** The focus area an item is filed under, when the reader may see its programme. */
export interface NewsFocusArea {
  id: string;
  name: string;
  year: number;
}

export const NewsView = z.object({
  id: z.uuid(),
  title: z.string(),
  lead: z.string().describe('The ingress'),
  body: z.string().describe('Markdown'),
  focusArea: z
    .object({ id: z.uuid(), name: z.string(), year: z.int() })
    .nullable()
    .describe('The focus area of the programme it is filed under'),
  publishedAt: z.iso.datetime().nullable().describe('null for a draft'),
  updatedAt: z.iso.datetime(),
  version: z.int(),
  links: z.object({
    self: z.string(),
    page: z.string().nullable().describe('The portal page, once published'),
  }),
});
export type NewsView = z.output<typeof NewsView>;

export const NewsInternalView = NewsView.extend({
  status: z.enum(['draft', 'published']),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
});
export type NewsInternalView = z.output<typeof NewsInternalView>;

/** A news item as the portal, the API and the feed show it: what was published, nothing of the desk. */
export function presentPublicNews(row: NewsRow, focusArea: NewsFocusArea | null): NewsView {
  return {
    id: row.id,
    title: row.title,
    lead: row.lead,
    body: row.body,
    focusArea,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    links: { self: `/api/v1/news/${row.id}`, page: row.status === 'published' ? `/nyheter/${row.id}` : null },
  };
}

/** The same for the secretariat, with its status and who wrote it. */
export function presentNews(row: NewsRow, focusArea: NewsFocusArea | null): NewsInternalView {
  return {
    ...presentPublicNews(row, focusArea),
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}
