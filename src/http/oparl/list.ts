import type { Context } from 'hono';
import { z } from 'zod';
import type { ChangeWindow } from '../../kernel/change-window';
import { ANONYMOUS, type Ctx } from '../../kernel/ctx';
import { describeError } from '../../kernel/describe-error';
import { isDomainError, NotFound, Validation } from '../../kernel/errors';
import { isId } from '../../kernel/ids';
import { parseInput } from '../../kernel/validate';
import type { HttpEnv } from '../env';
import type { OparlObject, OparlScope } from './format';
import { oparlUrls } from './urls';

/** OParl recommends pages of at most 100 entries; a larger `limit` is cut to that (clients may not rely on it). */
export const MAX_PAGE = 100;

const FILTERS = ['created_since', 'created_until', 'modified_since', 'modified_until'] as const;

// A `+` of an offset that was not URL-encoded arrives as a space: take it as meant.
const DateTime = z.preprocess(
  (value) => (typeof value === 'string' ? value.replace(' ', '+') : value),
  z.iso.datetime({ offset: true }),
);

const ListQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  limit: z.coerce.number().int().min(1).default(MAX_PAGE),
  created_since: DateTime.optional(),
  created_until: DateTime.optional(),
  modified_since: DateTime.optional(),
  modified_until: DateTime.optional(),
  omit_internal: z.enum(['true', 'false']).optional(),
});

/** OParl is read-only public data: every caller reads it as the public, whoever is signed in. */
export function publicCtx(c: Context<HttpEnv>): Ctx {
  return { ...c.get('ctx'), actor: ANONYMOUS, locale: 'nb' };
}

export function scopeOf(c: Context<HttpEnv>): OparlScope {
  return { urls: oparlUrls(c.get('publicUrl')), omitInternal: c.req.query('omit_internal') === 'true' };
}

/** An id from the path, or NotFound (a malformed id names no object). */
export function idParam(c: Context<HttpEnv>, name = 'id'): string {
  const id = c.req.param(name) ?? '';
  if (!isId(id)) throw new NotFound();
  return id.toLowerCase();
}

export interface ListRequest {
  window: ChangeWindow;
  page: { offset: number; limit: number };
  currentPage: number;
}

/** The list parameters: page, limit and the four filters (full date-times); a bad one is a 400. */
export function listRequest(c: Context<HttpEnv>): ListRequest {
  const q = parseInput(ListQuery, c.req.query(), 'nb');
  const limit = Math.min(q.limit, MAX_PAGE);
  const at = (value: string | undefined) => (value ? new Date(value) : undefined);
  return {
    window: {
      createdSince: at(q.created_since),
      createdUntil: at(q.created_until),
      modifiedSince: at(q.modified_since),
      modifiedUntil: at(q.modified_until),
    },
    page: { offset: (q.page - 1) * limit, limit },
    currentPage: q.page,
  };
}

/** Does the object fall in the window (for the few lists built without SQL: the body, the terms)? */
export function inWindow(window: ChangeWindow, object: { created: string; modified: string }): boolean {
  const second = (value: string | Date) => Math.floor(new Date(value).getTime() / 1000);
  const created = second(object.created);
  const modified = second(object.modified);
  return (
    (!window.createdSince || created >= second(window.createdSince)) &&
    (!window.createdUntil || created <= second(window.createdUntil)) &&
    (!window.modifiedSince || modified >= second(window.modifiedSince)) &&
    (!window.modifiedUntil || modified <= second(window.modifiedUntil))
  );
}

const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  // Read-only public data: any site may read it.
  'access-control-allow-origin': '*',
  // The same for everyone and changing with every decision: caches must ask again.
  'cache-control': 'no-cache',
};

export function oparlJson(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: HEADERS });
}

/**
 * A list page as OParl 1.1 describes it: `data`, `pagination` and `links`, with `next` on every
 * page but the last; the links keep the caller's filters and limit.
 */
export function listPage(
  c: Context<HttpEnv>,
  listUrl: string,
  request: ListRequest,
  result: { total: number; data: OparlObject[] },
): Response {
  const { limit } = request.page;
  const totalPages = Math.max(1, Math.ceil(result.total / limit));
  const kept = new URLSearchParams();
  for (const name of FILTERS) {
    const value = c.req.query(name);
    if (value) kept.set(name, value.replace(' ', '+'));
  }
  if (c.req.query('limit')) kept.set('limit', String(limit));
  if (c.req.query('omit_internal') === 'true') kept.set('omit_internal', 'true');
  const link = (page: number) => {
    const params = new URLSearchParams(kept);
    if (page > 1) params.set('page', String(page));
    const query = params.toString();
    return query ? `${listUrl}?${query}` : listUrl;
  };
  const current = request.currentPage;
  return oparlJson({
    data: result.data,
    pagination: {
      totalElements: result.total,
      elementsPerPage: limit,
      currentPage: current,
      totalPages,
    },
    links: {
      first: link(1),
      ...(current > 1 ? { prev: link(Math.min(current - 1, totalPages)) } : {}),
      self: link(current),
      ...(current < totalPages ? { next: link(current + 1) } : {}),
      last: link(totalPages),
    },
  });
}

/**
 * Errors as OParl's error object (type, message, debug) with the status that fits: a bad
 * parameter 400, an unknown object 404; anything else 500 without its cause (the log has it).
 */
export function oparlError(c: Context<HttpEnv>, error: unknown): Response {
  if (!isDomainError(error)) c.get('logger')?.error({ err: error }, 'unexpected error in OParl');
  const described = describeError(error, 'nb');
  const fields =
    error instanceof Validation && described.fieldErrors
      ? Object.entries(described.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(' ')}`)
      : [];
  return oparlJson(
    {
      type: 'https://schema.oparl.org/1.1/Error',
      message: fields.length ? `${described.detail} ${fields.join('; ')}` : described.detail,
      debug: { status: described.status, path: c.req.path, requestId: c.get('requestId') },
    },
    described.status,
  );
}
