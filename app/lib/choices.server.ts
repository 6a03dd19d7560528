import { listCases } from '../../src/domain/cases/queries';
import { listConsultations } from '../../src/domain/consultations/queries';
import { listEvents } from '../../src/domain/events/queries';
import { listNetworks } from '../../src/domain/networks/queries';
import { listPeople } from '../../src/domain/people/queries';
import { listFocusAreas } from '../../src/domain/programme/queries';
import { listProjects } from '../../src/domain/projects/queries';
import type { Ctx } from '../../src/kernel/ctx';
import { todayInOslo } from '../../src/kernel/dates';

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

/**
 * What an activity of `year` can be linked to besides meetings and cases: the consultations,
 * events, networks and projects around that year, as `kind:id` options.
 */
export async function workChoices(ctx: Ctx, year: number) {
  const near = (day: string | Date) => Math.abs(new Date(day).getFullYear() - year) <= 1;
  const [consultations, events, networks, projects] = await Promise.all([
    listConsultations(ctx, { limit: 500 }),
    listEvents(ctx, { limit: 500 }),
    listNetworks(ctx, { limit: 500 }),
    listProjects(ctx, { limit: 500 }),
  ]);
  return [
    ...consultations.items
      .filter((c) => near(c.deadline))
      .map((c) => ({ kind: 'consultation' as const, value: c.id, label: `${c.title} (${c.authority})` })),
    ...events.items
      .filter((e) => near(e.startsAt))
      .map((e) => ({
        kind: 'event' as const,
        value: e.id,
        label: `${e.title} (${todayInOslo(e.startsAt)})`,
      })),
    ...networks.items.map((n) => ({ kind: 'network' as const, value: n.id, label: n.name })),
    ...projects.items.map((p) => ({ kind: 'project' as const, value: p.id, label: p.name })),
  ];
}

/** The focus areas of every programme as options ("2020: Areal og transport"), newest year first. */
export async function focusAreaChoices(ctx: Ctx) {
  return (await listFocusAreas(ctx)).map((a) => ({ value: a.id, label: `${a.year}: ${a.name}` }));
}
