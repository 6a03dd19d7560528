import type { Context } from 'hono';
import type { z } from 'zod';
import type { Ctx } from '../../../kernel/ctx';
import type { Page } from '../../../kernel/pagination';
import { contentDisposition } from '../../content-disposition';
import type { HttpEnv } from '../../env';

type AnyObject = z.ZodObject<z.ZodRawShape>;

/**
 * One REST operation: the zod schemas that document it in OpenAPI, and a thin handler
 * that turns HTTP into a verb or query call. Nothing else lives here.
 */
export interface Operation<P extends AnyObject = AnyObject, Q extends AnyObject = AnyObject> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI style, relative to /api/v1: `/users/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** Who may call it, for the documentation; the verbs and queries enforce it. */
  access: 'public' | 'signed-in' | 'admin' | 'editor';
  params?: P;
  query?: Q;
  body?: z.ZodType;
  /**
   * The body is multipart/form-data: the fields of `body` and a file in `file`, handed to the
   * handler as `{ ...fields, filename, content }`.
   */
  upload?: boolean;
  response: {
    status: 200 | 201 | 204;
    description: string;
    /** The item schema; with `list`, the response is the list envelope around it. */
    schema?: z.ZodType;
    list?: boolean;
    /** A download: the handler returns a Response with these content types. */
    files?: string[];
  };
  handle(input: {
    ctx: Ctx;
    c: Context<HttpEnv>;
    params: z.output<P>;
    query: z.output<Q>;
    body: unknown;
  }): Promise<unknown>;
}

export function defineOperation<P extends AnyObject, Q extends AnyObject>(op: Operation<P, Q>): Operation {
  return op as unknown as Operation;
}

/** The list envelope of the API contract: `{ data, links: { self, next }, total }`. */
export function listBody<T>(c: Context<HttpEnv>, page: Page<T>) {
  const self = new URL(c.req.url);
  let next: string | null = null;
  if (page.nextCursor) {
    const url = new URL(self);
    url.searchParams.set('cursor', page.nextCursor);
    next = url.pathname + url.search;
  }
  return { data: page.items, links: { self: self.pathname + self.search, next }, total: page.total };
}

/** A file download (or, `inline`, a page): the right Content-Type and a file name (RFC 6266, UTF-8 safe). */
export function fileResponse(
  bytes: Uint8Array,
  contentType: string,
  filename: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): Response {
  return new Response(bytes as unknown as BodyInit, {
    headers: {
      'content-type': contentType,
      'content-disposition': contentDisposition(disposition, filename),
      'cache-control': 'private, no-store',
    },
  });
}
