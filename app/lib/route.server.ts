import { data, redirect } from 'react-router';
import { CSRF_FIELD } from '../../src/http/csrf-field';
import { describeError } from '../../src/kernel/describe-error';
import { isDomainError, Unauthenticated, Validation } from '../../src/kernel/errors';
import type { Locale } from '../../src/kernel/format';

import type { FormFailure } from './form-failure';

/**
 * The form's fields as an object for a verb: empty fields are left out (an empty optional field
 * means "not given"), checkboxes are read by the caller, and the CSRF field is dropped.
 */
export async function formInput(
  request: Request,
): Promise<{ fields: Record<string, string>; form: FormData }> {
  const form = await request.formData();
  const fields: Record<string, string> = {};
  for (const [key, value] of form) {
    if (key === CSRF_FIELD || typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed !== '') fields[key] = value;
  }
  return { fields, form };
}

function signInRedirect(request: Request) {
  const url = new URL(request.url);
  return redirect(`/logg-inn?neste=${encodeURIComponent(url.pathname + url.search)}`);
}

/**
 * The UI's one error mapper for loaders: not signed in → to the login page; other domain
 * errors → their status page; anything else is left for the 500 page (and the log).
 */
export async function guard<T>(request: Request, locale: Locale, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof Unauthenticated) throw signInRedirect(request);
    if (isDomainError(error)) {
      const described = describeError(error, locale);
      throw data({ detail: described.detail }, { status: described.status });
    }
    throw error;
  }
}

/**
 * The same for form actions: validation and business-rule errors come back to the form
 * with the values the user typed (no passwords), so nothing they wrote is lost. `fieldNames`
 * maps a verb's field to the form's where they differ (two forms on one page, a file field).
 */
export async function formAction<T>(
  request: Request,
  locale: Locale,
  values: Record<string, string>,
  fn: () => Promise<T>,
  fieldNames: Record<string, string> = {},
) {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof Unauthenticated) throw signInRedirect(request);
    if (!isDomainError(error)) throw error;
    const described = describeError(error, locale);
    if (error.status === 403 || error.status === 404)
      throw data({ detail: described.detail }, { status: described.status });
    const safeValues = Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
    const failure: FormFailure = {
      formError: error instanceof Validation ? null : described.detail,
      fieldErrors: Object.fromEntries(
        Object.entries(described.fieldErrors ?? {}).map(([field, messages]) => [
          fieldNames[field] ?? field,
          messages,
        ]),
      ),
      values: safeValues,
    };
    return data(failure, { status: described.status });
  }
}
