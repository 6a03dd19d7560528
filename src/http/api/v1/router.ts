import { Hono } from 'hono';
import { isDomainError, NotFound, Validation } from '../../../kernel/errors';
import type { Locale } from '../../../kernel/format';
import { translate } from '../../../kernel/i18n';
import { parseInput } from '../../../kernel/validate';
import type { HttpEnv } from '../../env';
import { etagMatches, weakEtag } from '../../etag';
import { problem } from '../../problem';
import { openApiDocument } from './openapi';
import { operations } from './operations';

async function jsonBody(request: Request, locale: Locale): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new Validation({ _body: [translate(locale, 'error.invalidJson')] });
  }
}

/** A multipart upload: its text fields, and the file in `file` as `filename` and `content`. */
async function formBody(request: Request, locale: Locale): Promise<Record<string, unknown>> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new Validation({ _body: [translate(locale, 'error.invalidForm')] });
  }
  const fields: Record<string, unknown> = {};
  for (const [name, value] of form) if (typeof value === 'string') fields[name] = value;
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0)
    throw new Validation({ file: [translate(locale, 'upload.missing')] });
  return { ...fields, filename: file.name, content: new Uint8Array(await file.arrayBuffer()) };
}

const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** /api/v1: every operation mounted the same way; every error leaves as problem+json. */
export function apiV1(version: string) {
  const api = new Hono<HttpEnv>();
  const document = openApiDocument(operations, version);
  api.get('/openapi.json', (c) => c.json(document));

  for (const op of operations) {
    api.on(op.method.toUpperCase(), honoPath(op.path), async (c) => {
      const ctx = c.get('ctx');
      const params = op.params ? parseInput(op.params, c.req.param(), ctx.locale) : {};
      const query = op.query ? parseInput(op.query, c.req.query(), ctx.locale) : {};
      const body = op.upload
        ? await formBody(c.req.raw, ctx.locale)
        : op.body
          ? await jsonBody(c.req.raw, ctx.locale)
          : undefined;
      const result = await op.handle({ ctx, c, params, query, body });
      if (result instanceof Response) return result;
      if (op.response.status === 204) return c.body(null, 204);
      if (c.req.method !== 'GET') return c.json(result as object, op.response.status);
      // Reads carry an ETag, so a client that asks again with If-None-Match gets 304 when nothing changed.
      const text = JSON.stringify(result);
      const etag = weakEtag(text);
      c.header('etag', etag);
      c.header('vary', 'Accept-Language, Authorization, Cookie');
      c.header('cache-control', ctx.actor.kind === 'anonymous' ? 'public, no-cache' : 'private, no-cache');
      if (etagMatches(c.req.header('if-none-match'), etag)) return c.body(null, 304);
      return c.body(text, op.response.status as 200, { 'content-type': 'application/json; charset=utf-8' });
    });
  }
  api.all('*', (c) => problem(c, new NotFound(), c.get('ctx').locale));
  api.onError((error, c) => {
    if (!isDomainError(error)) c.get('logger').error({ err: error }, 'unexpected error in the API');
    return problem(c, error, c.get('ctx')?.locale ?? 'nb');
  });
  return api;
}
