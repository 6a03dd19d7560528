import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { SEARCH_VECTOR } from '../../kernel/search';
import { focusAreas } from '../programme/schema';

export const newsStatusEnum = pgEnum('news_status', ['draft', 'published']);

/**
 * A news item the secretariat writes for the portal: title, lead (ingress) and body in Markdown,
 * optionally under a focus area of the programme. A draft is the secretariat's alone; a published
 * item is on the portal, in search and in the Atom feed from `published_at`.
 */
export const newsArticles = pgTable(
  'news_articles',
  {
    id: uuid('id').primaryKey(),
    title: text('title').notNull(),
    /** The ingress: a sentence or two shown in lists, feeds and above the body. */
    lead: text('lead').notNull().default(''),
    /** Markdown; shown as sanitised HTML (src/kernel/markdown.ts). */
    body: text('body').notNull().default(''),
    focusAreaId: uuid('focus_area_id').references(() => focusAreas.id, { onDelete: 'set null' }),
    status: newsStatusEnum('status').notNull().default('draft'),
    /** When it was (or is dated as) published; null for a draft. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
    /** Who wrote it (the actor's label, as the audit log names them). */
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    index('news_articles_published_idx').on(t.status, t.publishedAt.desc(), t.id.desc()),
    index('news_articles_search_idx').using('gin', SEARCH_VECTOR),
  ],
);
