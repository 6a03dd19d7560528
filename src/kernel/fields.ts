import { z } from 'zod';

/** Field schemas shared by many verbs, so the same rule reads the same everywhere. */
export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const PersonName = z.string().trim().min(1).max(200);
export const Password = z.string().min(12).max(256);
export const Id = z.uuid();
export const Version = z.coerce.number().int().min(1);
/** A calendar date as YYYY-MM-DD. */
export const IsoDate = z.iso.date();

/** The rule every period with an end shares: the end (validTo) is not before the start (validFrom). */
export function endsAfterStart<
  S extends z.ZodType<{ validFrom: string; validTo?: string | null | undefined }>,
>(schema: S) {
  return schema.refine((v) => !v.validTo || v.validTo >= v.validFrom, {
    path: ['validTo'],
    message: 'validation.endBeforeStart',
  });
}
