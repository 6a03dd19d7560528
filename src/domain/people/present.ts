import { z } from 'zod';
import type { people } from './schema';

type PersonRow = typeof people.$inferSelect;

/** A person as the API shows them: contact details, gender and notes only to signed-in callers. */
export const PersonView = z.object({
  id: z.uuid(),
  name: z.string(),
  title: z.string(),
  organisation: z.string(),
  memberId: z.uuid().nullable(),
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  gender: z.enum(['female', 'male', 'other']).nullable().optional(),
  notes: z.string().optional(),
  version: z.int(),
  links: z.object({ self: z.string() }),
});
export type PersonView = z.output<typeof PersonView>;

export function presentPerson(row: PersonRow, internal: boolean): PersonView {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    organisation: row.organisation,
    memberId: row.memberId,
    ...(internal ? { email: row.email, phone: row.phone, gender: row.gender, notes: row.notes } : {}),
    version: row.version,
    links: { self: `/api/v1/people/${row.id}` },
  };
}
