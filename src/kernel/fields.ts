import { z } from 'zod';
import { fromOsloLocal } from './dates';

/** Field schemas shared by many verbs, so the same rule reads the same everywhere. */
export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const PersonName = z.string().trim().min(1).max(200);
export const Password = z.string().min(12).max(256);
export const Id = z.uuid();
export const Version = z.coerce.number().int().min(1);
/** A calendar date as YYYY-MM-DD. */
export const IsoDate = z.iso.date();

/** A moment: ISO 8601 with offset, or Oslo wall-clock time as a datetime-local field sends it. */
export const Moment = z.union([
  z.iso.datetime({ offset: true }).transform((v) => new Date(v)),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'validation.dateTime' })
    .transform((v) => fromOsloLocal(v)),
]);

/** The rule every period with an end shares: the end (validTo) is not before the start (validFrom). */
export function endsAfterStart<
  S extends z.ZodType<{ validFrom: string; validTo?: string | null | undefined }>,
>(schema: S) {
  return schema.refine((v) => !v.validTo || v.validTo >= v.validFrom, {
    path: ['validTo'],
    message: 'validation.endBeforeStart',
  });
}
