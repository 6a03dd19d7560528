import type { z } from 'zod';
import { type FieldErrors, Validation } from './errors';
import type { Locale } from './format';
import { translate } from './i18n';

/**
 * Zod issues become i18n keys here (schemas may also use a key as their own message),
 * and keys become text in the caller's language. One mapping for forms, API and CLI.
 */
function issueKey(issue: z.core.$ZodRawIssue): { key: string; params?: Record<string, string | number> } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '')
        return { key: 'validation.required' };
      return { key: issue.expected === 'number' ? 'validation.number' : 'validation.invalid' };
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 || issue.input === ''
          ? { key: 'validation.required' }
          : { key: 'validation.tooShort', params: { min: Number(issue.minimum) } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { key: 'validation.tooFew', params: { min: Number(issue.minimum) } };
      return { key: 'validation.tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string')
        return { key: 'validation.tooLong', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { key: 'validation.tooMany', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'file')
        return { key: 'validation.fileTooBig', params: { max: Number(issue.maximum) } };
      return { key: 'validation.tooBig', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'validation.email' };
      if (issue.format === 'date') return { key: 'validation.date' };
      if (issue.format === 'uuid') return { key: 'validation.id' };
      if (issue.format === 'url') return { key: 'validation.url' };
      return { key: 'validation.format' };
    case 'invalid_value':
      return { key: 'validation.oneOf' };
    case 'unrecognized_keys':
      return { key: 'validation.unknownField', params: { keys: issue.keys.join(', ') } };
    default:
      return { key: 'validation.invalid' };
  }
}

// Params travel inside the message as JSON after a NUL byte, so the translated text can use them.
const SEPARATOR = '\u0000';
const errorMap: z.core.$ZodErrorMap = (issue) => {
  const { key, params } = issueKey(issue);
  return params ? `${key}${SEPARATOR}${JSON.stringify(params)}` : key;
};

export function fieldErrorsOf(error: z.ZodError, locale: Locale): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.map(String).join('.') : '_form';
    const [key = '', json] = issue.message.split(SEPARATOR);
    const text = translate(locale, key, json ? JSON.parse(json) : {});
    const list = fields[path] ?? [];
    if (!list.includes(text)) list.push(text);
    fields[path] = list;
  }
  return fields;
}

/** safeParse with our messages (read them with fieldErrorsOf): for checks that collect errors, like imports. */
export function safeParseInput<S extends z.ZodType>(schema: S, input: unknown) {
  return schema.safeParse(input, { error: errorMap });
}

/** Parse or throw Validation with translated field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): z.output<S> {
  const result = safeParseInput(schema, input);
  if (!result.success) throw new Validation(fieldErrorsOf(result.error, locale));
  return result.data;
}
