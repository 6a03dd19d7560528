import { z } from 'zod';

/** What the secretariat writes; the same for a new item and an edit. */
export const NewsFields = z.object({
  title: z.string().trim().min(1).max(300),
  lead: z.string().trim().max(1000).default(''),
  /** Markdown. */
  body: z.string().trim().max(50_000).default(''),
  focusAreaId: z.uuid().nullable().default(null),
});
