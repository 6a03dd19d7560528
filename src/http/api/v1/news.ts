import { z } from 'zod';
import { CreateNewsInput, createNews } from '../../../domain/news/create-news';
import { deleteNews } from '../../../domain/news/delete-news';
import { NewsFields } from '../../../domain/news/fields';
import { can } from '../../../domain/news/permissions';
import { NewsInternalView, NewsView } from '../../../domain/news/present';
import { PublishNewsInput, publishNews } from '../../../domain/news/publish-news';
import { getNews, ListNewsParams, listNews, listPublishedNews } from '../../../domain/news/queries';
import { unpublishNews } from '../../../domain/news/unpublish-news';
import { updateNews } from '../../../domain/news/update-news';
import { NotFound } from '../../../kernel/errors';
import { requirePermission } from '../../../kernel/guards';
import { defineOperation, listBody } from './operation';

const tag = 'News';
const IdParams = z.object({ id: z.string() });
const VersionBody = z.object({ version: z.int() });
const VersionQuery = z.object({ version: z.coerce.number().int().min(1) });

export const newsOperations = [
  defineOperation({
    method: 'get',
    path: '/news',
    operationId: 'listNews',
    summary:
      'News, newest first: the published items for anyone; with `status`, every item of that status (editors)',
    description:
      "Without `status` the answer is the portal's list of published news, paged by `cursor`. With `status=draft` or `status=published`, editors get the secretariat's list (last edited first) with each item's status.",
    tag,
    access: 'public',
    query: ListNewsParams,
    response: { status: 200, description: 'A page of news items', list: true, schema: NewsView },
    handle: async ({ ctx, c, query }) =>
      listBody(c, query.status ? await listNews(ctx, query) : await listPublishedNews(ctx, query)),
  }),
  defineOperation({
    method: 'get',
    path: '/news/{id}',
    operationId: 'getNews',
    summary: 'A news item with its text in Markdown; a draft exists only for editors',
    tag,
    access: 'public',
    params: IdParams,
    response: { status: 200, description: 'The news item', schema: NewsView },
    handle: ({ ctx, params }) => getNews(ctx, params.id),
  }),
  defineOperation({
    method: 'post',
    path: '/news',
    operationId: 'createNews',
    summary: 'Write a news item; it is a draft until published',
    tag,
    access: 'editor',
    body: CreateNewsInput,
    response: { status: 201, description: 'The draft', schema: NewsInternalView },
    handle: async ({ ctx, body }) => getNews(ctx, (await createNews({ ctx, input: body as never })).id),
  }),
  defineOperation({
    method: 'patch',
    path: '/news/{id}',
    operationId: 'updateNews',
    summary: 'Change a news item: the fields given replace the stored ones, the rest stay',
    tag,
    access: 'editor',
    params: IdParams,
    body: NewsFields.partial().extend({ version: z.int() }),
    response: { status: 200, description: 'The news item', schema: NewsInternalView },
    handle: async ({ ctx, params, body }) => {
      // Who may write is answered before whether the item exists (401/403 before 404).
      requirePermission(ctx, can(ctx.actor, 'news.manage'));
      const stored = await getNews(ctx, params.id);
      if (!('status' in stored)) throw new NotFound('news');
      const fields = {
        title: stored.title,
        lead: stored.lead,
        body: stored.body,
        focusAreaId: stored.focusArea?.id ?? null,
      };
      await updateNews({ ctx, input: { ...fields, ...(body as object), id: params.id } as never });
      return getNews(ctx, params.id);
    },
  }),
  defineOperation({
    method: 'post',
    path: '/news/{id}/publish',
    operationId: 'publishNews',
    summary:
      'Publish a news item on the portal, in search and in /nyheter.atom: now, or dated back with `publishedAt` (never ahead)',
    tag,
    access: 'editor',
    params: IdParams,
    body: PublishNewsInput.omit({ id: true }),
    response: { status: 200, description: 'The published item', schema: NewsInternalView },
    handle: async ({ ctx, params, body }) => {
      await publishNews({ ctx, input: { ...(body as object), id: params.id } as never });
      return getNews(ctx, params.id);
    },
  }),
  defineOperation({
    method: 'post',
    path: '/news/{id}/unpublish',
    operationId: 'unpublishNews',
    summary: 'Take a news item off the portal, search and feed: a draft again',
    tag,
    access: 'editor',
    params: IdParams,
    body: VersionBody,
    response: { status: 200, description: 'The draft', schema: NewsInternalView },
    handle: async ({ ctx, params, body }) => {
      await unpublishNews({ ctx, input: { ...(body as object), id: params.id } as never });
      return getNews(ctx, params.id);
    },
  }),
  defineOperation({
    method: 'delete',
    path: '/news/{id}',
    operationId: 'deleteNews',
    summary: 'Delete a news item for good (the audit log keeps what it said)',
    tag,
    access: 'editor',
    params: IdParams,
    query: VersionQuery,
    response: { status: 204, description: 'Deleted' },
    handle: ({ ctx, params, query }) => deleteNews({ ctx, input: { id: params.id, version: query.version } }),
  }),
];
