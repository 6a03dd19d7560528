import type { Context } from 'hono';
import { describeError } from '../kernel/describe-error';
import type { Locale } from '../kernel/format';
import { translate } from '../kernel/i18n';
import type { HttpEnv } from './env';

/** Stable problem types (RFC 9457): clients may switch on them; the text is for people. */
export const problemType = (code: string) => `urn:samrad:problem:${code}`;

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  errors?: { field: string; messages: string[] }[];
}

/**
 * The API's one error mapper: a domain error becomes problem+json in the caller's language;
 * anything else is a 500 that says nothing about its cause (the log has it).
 */
export function problem(c: Context<HttpEnv>, error: unknown, locale: Locale, detailKey?: string): Response {
  const described = describeError(error, locale);
  const body: ProblemBody = {
    type: problemType(described.code),
    title: described.title,
    status: described.status,
    detail: detailKey ? translate(locale, detailKey) : described.detail,
    instance: c.req.path,
    requestId: c.get('requestId'),
  };
  if (described.fieldErrors) {
    body.errors = Object.entries(described.fieldErrors).map(([field, messages]) => ({ field, messages }));
  }
  const headers: Record<string, string> = { 'content-type': 'application/problem+json; charset=utf-8' };
  if (described.retryAfterSeconds) headers['retry-after'] = String(described.retryAfterSeconds);
  return new Response(JSON.stringify(body), { status: described.status, headers });
}
