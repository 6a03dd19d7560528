import { listPeople } from '../../src/domain/people/queries';
import type { Ctx } from '../../src/kernel/ctx';

/** Every person as a select option ("Name, title, organisation"), in Norwegian order. */
export async function peopleChoices(ctx: Ctx) {
  const people = [];
  let cursor: string | undefined;
  do {
    const page = await listPeople(ctx, { limit: 500, cursor });
    people.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return people.map((p) => ({
    value: p.id,
    label: [p.name, p.title, p.organisation].filter(Boolean).join(', '),
  }));
}
