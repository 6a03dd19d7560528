import { z } from 'zod';

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

export function decodeCursor(cursor: string | undefined): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
      return value;
  } catch {
    // fall through: a malformed cursor is treated as a bad request below
  }
  return null;
}
