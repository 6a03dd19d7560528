import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { anonymousCtx } from '../../tests/support/fixtures';
import { listDecisions } from '../domain/meetings/portal';
import { currentProgramme } from '../domain/programme/portal';
import { loadDemo } from './load-demo';

const database = setupTestDatabase();
/** The portal as a visitor reads it in November 2020, after the conversion to a political council. */
const visitor = () => anonymousCtx(database().db, { now: new Date('2020-11-16T10:00:00Z') });

beforeAll(async () => {
  await loadDemo(database().db);
}, 120_000);

describe('the portal on the demo data', () => {
  it('lists the decisions of public cases, 39/19 among them, and never the exempt lease case', async () => {
    const all = await listDecisions(visitor(), { limit: 100 });
    const case39 = all.items.find((d) => d.case.number === '39/19');
    expect(case39).toMatchObject({ body: { name: 'Styret' }, meeting: { day: '2019-09-17' } });
    expect(case39!.case.title).toContain('kommunelov');
    const text = JSON.stringify(all);
    for (const word of ['kontorlokaler', 'forhandlingsmandat']) expect(text).not.toContain(word);
    const days = all.items.map((d) => d.meeting.day);
    expect(days).toEqual([...days].sort().reverse());
  });

  it('shows the vision and the five focus areas of the 2020 programme as the current one', async () => {
    const programme = await currentProgramme(visitor());
    expect(programme?.year).toBe(2020);
    expect(programme?.vision).toBeTruthy();
    expect(programme?.focusAreas.map((a) => a.name)).toEqual([
      'Administrasjon og kommunikasjon',
      'Areal og transport',
      'Klima og miljø',
      'Næringsutvikling og innovasjon',
      'Internasjonal profilering',
    ]);
  });
});
