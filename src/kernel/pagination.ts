import { z } from 'zod';
import { Validation } from './errors';
import type { Locale } from './format';
import { translate } from './i18n';

/** `?limit=` (default 50, max 500) and an opaque `?cursor=`, as the API contract says. */
export const PageParams = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(500).optional(),
});
export type PageParams = z.output<typeof PageParams>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/** A keyset cursor is the sort key of the last row, base64url-encoded JSON: stable under inserts. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key in a cursor (of `length` parts), null without one; a forged or stale cursor is a Validation error. */
export function decodeCursor(
  cursor: string | undefined,
  length: number,
  locale: Locale,
): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === length &&
      value.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v) && v >= 0))
    ) {
      return value;
    }
  } catch {
    // falls through to the error below
  }
  throw new Validation({ cursor: [translate(locale, 'validation.cursor')] });
}

/** A page of an in-memory list (sorted by the caller), with an offset cursor. */
export function paginate<T>(
  all: T[],
  params: { limit: number; cursor?: string | undefined },
  locale: Locale,
): Page<T> {
  const offset = Number(decodeCursor(params.cursor, 1, locale)?.[0] ?? 0);
  return {
    items: all.slice(offset, offset + params.limit),
    total: all.length,
    nextCursor: offset + params.limit < all.length ? encodeCursor([offset + params.limit]) : null,
  };
}
