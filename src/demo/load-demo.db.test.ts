import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { anonymousCtx, systemTestCtx } from '../../tests/support/fixtures';
import { checkBody, listBodies } from '../domain/bodies/queries';
import { listMembers, listSubregions } from '../domain/members/queries';
import { loadDemo } from './load-demo';

const database = setupTestDatabase();

describe('the demo installation (Osloregionen 2020)', () => {
  it('loads through the verbs', async () => {
    const started = performance.now();
    await loadDemo(database().db);
    console.log(`demo loaded in ${Math.round(performance.now() - started)} ms on ${database().driver}`);
  }, 120_000);

  it('has 69 municipalities and 2 county municipalities on 1.1.2020', async () => {
    const page = await listMembers(anonymousCtx(database().db), { asOf: '2020-01-01', limit: 500 });
    expect(page.total).toBe(71);
    expect(page.items.filter((m) => m.kind === 'municipality')).toHaveLength(69);
    expect(page.items.filter((m) => m.kind === 'county').map((m) => m.name)).toEqual([
      'Innlandet fylkeskommune',
      'Viken fylkeskommune',
    ]);
    const names = page.items.map((m) => m.name);
    expect(names.indexOf('Ås')).toBeGreaterThan(names.indexOf('Vestby'));
    expect(names.indexOf('Øvre Eiker')).toBeGreaterThan(names.indexOf('Vestby'));
    expect(names.at(-1)).toBe('Åsnes');
  });

  it('has the pre-merger municipalities on 31.12.2019, with their old numbers and counties', async () => {
    const page = await listMembers(anonymousCtx(database().db), { asOf: '2019-12-31', limit: 500 });
    const byName = new Map(page.items.map((m) => [m.name, m]));
    for (const name of [
      'Skedsmo',
      'Ski',
      'Røyken',
      'Fet',
      'Sørum',
      'Oppegård',
      'Hurum',
      'Rygge',
      'Nedre Eiker',
    ]) {
      expect(byName.has(name), name).toBe(true);
    }
    expect(byName.has('Lillestrøm')).toBe(false);
    expect(byName.get('Vestby')).toMatchObject({ number: '0211', county: { name: 'Akershus' } });
    expect(byName.get('Akershus fylkeskommune')).toMatchObject({ kind: 'county', number: '02' });
  });

  it('gives every board seat in 2019 a holder, and shows the coordination group its open seats', async () => {
    const ctx = systemTestCtx(database().db);
    const { items } = await listBodies(ctx, { asOf: '2019-06-01' });
    const board = items.find((b) => b.name === 'Styret')!;
    for (const date of ['2018-12-04', '2019-06-01', '2019-12-31', '2020-06-01']) {
      const check = await checkBody(ctx, board.id, date);
      expect(
        check.warnings.filter((w) => w.code.startsWith('seat.') || w.code.startsWith('appointment.')),
        date,
      ).toEqual([]);
      expect(check.filled).toBe(check.required);
    }
    const on2019 = await checkBody(ctx, board.id, '2019-06-01');
    expect(on2019.required).toBe(22); // Oslo, 5 county municipalities, 16 sub-regions
    const coordination = (await listBodies(ctx, { asOf: '2020-06-01' })).items.find(
      (b) => b.name === 'Koordineringsgruppen',
    )!;
    const open = await checkBody(ctx, coordination.id, '2020-06-01');
    expect(open.warnings.filter((w) => w.code === 'seat.empty').length).toBe(4);
  });

  it('becomes an intermunicipal political council on 28.10.2020', async () => {
    const ctx = systemTestCtx(database().db);
    const before = (await listBodies(ctx, { asOf: '2020-10-27' })).items.map((b) => b.name);
    const after = (await listBodies(ctx, { asOf: '2020-10-28' })).items.map((b) => b.name);
    expect(before).toContain('Samarbeidsrådet');
    expect(after).not.toContain('Samarbeidsrådet');
    expect(after[0]).toBe('Representantskapet');
    const regions = await listSubregions(ctx, '2020-11-01');
    expect(regions.items.map((r) => r.name)).not.toContain('Midt-Buskerud');
  });
});
