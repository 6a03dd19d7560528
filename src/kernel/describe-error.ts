import { type DomainError, type FieldErrors, isDomainError } from './errors';
import type { Locale } from './format';
import { translate } from './i18n';

export interface ErrorDescription {
  status: number;
  code: string;
  title: string;
  detail: string;
  fieldErrors?: FieldErrors;
  retryAfterSeconds?: number;
}

const TITLES: Record<string, string> = {
  'not-found': 'error.notFound.title',
  unauthenticated: 'error.unauthenticated.title',
  forbidden: 'error.forbidden.title',
  conflict: 'error.conflict.title',
  validation: 'error.validation.title',
  'precondition-failed': 'error.precondition.title',
  'rate-limited': 'error.rateLimited.title',
  'too-large': 'error.tooLarge.title',
};

/**
 * What any transport may tell a caller about an error, in the caller's language.
 * Unknown errors say nothing about themselves: their cause belongs in the log only.
 */
export function describeError(error: unknown, locale: Locale): ErrorDescription {
  if (!isDomainError(error)) {
    return {
      status: 500,
      code: 'internal',
      title: translate(locale, 'error.server.title'),
      detail: translate(locale, 'error.server.body'),
    };
  }
  const e = error as DomainError & { fieldErrors?: FieldErrors; retryAfterSeconds?: number };
  const params = { ...e.params };
  if (typeof params.entity === 'string') params.entity = translate(locale, `entity.${params.entity}`);
  return {
    status: e.status,
    code: e.code,
    title: translate(locale, TITLES[e.code] ?? 'error.server.title'),
    detail: translate(locale, e.messageKey, params),
    ...(e.fieldErrors ? { fieldErrors: e.fieldErrors } : {}),
    ...(e.retryAfterSeconds ? { retryAfterSeconds: e.retryAfterSeconds } : {}),
  };
}
