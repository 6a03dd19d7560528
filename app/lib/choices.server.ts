import { listCases } from '../../src/domain/cases/queries';
import { listNetworks } from '../../src/domain/networks/queries';
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

/** The cases of some years as select options ("52/19 Handlingsprogram 2020 (Styret)"), newest first. */
export async function caseChoices(ctx: Ctx, years: number[]) {
  const pages = await Promise.all(years.map((year) => listCases(ctx, { year, limit: 500 })));
  return pages
    .flatMap((p) => p.items)
    .sort((a, b) => b.year - a.year || b.number.localeCompare(a.number, 'nb', { numeric: true }))
    .map((c) => ({ value: c.id, label: `${c.number} ${c.title ?? ''} (${c.bodyName})` }));
}

/** The networks as select options, in Norwegian order (an event can be one of a network's meetings). */
export async function networkChoices(ctx: Ctx) {
  const page = await listNetworks(ctx, { limit: 500 });
  return page.items.map((n) => ({ value: n.id, label: n.name }));
}
