import { z } from 'zod';
import { Email } from '../../kernel/fields';

/** What the register keeps about a person; see the note in schema.ts on why. */
export const PersonFields = z.object({
  name: z.string().trim().min(1).max(200),
  title: z.string().trim().max(200).default(''),
  email: Email.optional(),
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^\+?[\d\s()-]{5,}$/, { message: 'people.phoneInvalid' })
    .optional(),
  organisation: z.string().trim().max(200).default(''),
  memberId: z.uuid().optional(),
  gender: z.enum(['female', 'male', 'other']).optional(),
  notes: z.string().trim().max(5000).default(''),
});
