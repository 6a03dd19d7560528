import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { makeUser, systemTestCtx } from '../../tests/support/fixtures';
import { budgetVsActual } from '../domain/budget/comparison';
import { getBudget } from '../domain/budget/queries';
import { getCycle } from '../domain/cycle/queries';
import { feeList, getFeeDecision } from '../domain/fees/queries';
import { setFeeDecision } from '../domain/fees/set-fee-decision';
import { getPartner, listPartners } from '../domain/partners/queries';
import { feeListTable } from '../exports/fee-list';
import { writeCsv, writeXlsx } from '../exports/table';

const database = setupTestDatabase({ demo: true });
const ctx = () => systemTestCtx(database().db);

/** Population 1.1.2019 on 2020 borders by number, straight from the shared reference files. */
function reference2019(): Map<string, number> {
  const read = (name: string) =>
    parse(readFileSync(new URL(`../../../shared/reference/osloregionen/${name}`, import.meta.url), 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
  const byNumber = new Map<string, number>();
  for (const r of read('population_2000_2020_all_municipalities.csv'))
    byNumber.set(r.kommunenummer!, Number(r['2019']));
  for (const r of read('population_2000_2020_counties.csv')) byNumber.set(r.fylkesnummer!, Number(r['2019']));
  return byNumber;
}

/** The rule as the issue states it, in øre: population × rate, to the krone, between floor and cap. */
const rule = (population: number, rateOre: number) =>
  Math.min(100_000_000, Math.max(500_000, Math.floor((population * rateOre + 50) / 100) * 100));

describe('the fee for 2020 (demo)', () => {
  it("is the council's decision in sak 1/19, with the cycle's milestone done by it", async () => {
    const decision = await getFeeDecision(ctx(), 2020);
    expect(decision).toMatchObject({
      rate: '2.5000',
      referenceDate: '2019-01-01',
      floorOre: 500_000,
      capOre: 100_000_000,
      case: { number: '1/19' },
    });
    const milestone = (await getCycle(ctx(), 2020)).milestones.find((m) => m.kind === 'fee');
    expect(milestone?.case?.id).toBe(decision?.caseId);
    expect(milestone?.doneOn).toBe('2019-05-09');
  });

  it('charges every member kr 2,50 per inhabitant on 1.1.2019, floor kr 5 000, cap kr 1 000 000', async () => {
    const population = reference2019();
    const list = await feeList(ctx(), 2020);
    expect(list.rows).toHaveLength(71);
    expect(list.missing).toEqual([]);
    for (const row of list.rows) {
      const expected = population.get(row.member.number!);
      expect(row.population, row.member.name).toBe(expected);
      expect(row.totalOre, row.member.name).toBe(rule(expected!, 250));
    }
    const oslo = list.rows.find((r) => r.member.name === 'Oslo')!;
    expect(oslo).toMatchObject({ population: 681_071, limit: 'cap', feeOre: 100_000_000 });
    expect(
      list.rows.find((r) => r.member.name === 'Hjartdal') ?? list.rows.find((r) => r.limit === 'floor'),
    ).toBeTruthy();
    expect(list.totalOre).toBe(list.rows.reduce((s, r) => s + r.totalOre!, 0));
  });

  it('exports an XLSX with one row per member and a correct total, and a CSV for Norwegian Excel', async () => {
    const list = await feeList(ctx(), 2020);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(await writeXlsx('Kontingent 2020', feeListTable(list, 'nb'))) as never,
    );
    const sheet = workbook.worksheets[0]!;
    const values = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const header = values[0]!;
    const totalAt = header.indexOf('Å betale (kr)');
    const memberRows = values.slice(1, -1);
    expect(memberRows).toHaveLength(71);
    expect(memberRows.map((r) => r[1])).toEqual(list.rows.map((r) => r.member.name));
    const sum = memberRows.reduce((s, r) => s + Math.round((r[totalAt] as number) * 100), 0);
    expect(values.at(-1)![1]).toBe('Sum');
    expect(Math.round((values.at(-1)![totalAt] as number) * 100)).toBe(sum);
    expect(sum).toBe(list.totalOre);
    expect(typeof memberRows[0]![totalAt]).toBe('number');
    const csv = Buffer.from(writeCsv(feeListTable(list, 'nb'))).toString('utf8');
    expect(csv.startsWith('\uFEFFMedlem;Nummer;Folketall 1.1.2019;')).toBe(true);
    expect(csv).toContain('Oslo;0301;681071;2,5;1702677,5;Tak;;1000000;1000000');
  });

  it('changes every row when the rate changes, and only editors may change it; a member contact sees no list of others', async () => {
    const before = await feeList(ctx(), 2020);
    const decision = (await getFeeDecision(ctx(), 2020))!;
    const { ctx: member } = await makeUser(database().db, { role: 'member' });
    const input = {
      year: 2020,
      version: decision.version,
      rate: '3,10',
      referenceDate: '2019-01-01',
      floor: '5000',
      cap: '1000000',
      caseId: decision.caseId,
      rounding: 'krone' as const,
    };
    await expect(setFeeDecision({ ctx: member, input })).rejects.toThrow();
    expect((await feeList(member, 2020)).rows).toEqual([]);
    await setFeeDecision({ ctx: ctx(), input });
    const after = await feeList(ctx(), 2020);
    const population = reference2019();
    for (const [i, row] of after.rows.entries()) {
      expect(row.totalOre, row.member.name).toBe(rule(population.get(row.member.number!)!, 310));
      // Those at the cap or the floor stay there; everyone else pays more.
      if (row.limit === null)
        expect(row.totalOre!, row.member.name).toBeGreaterThan(before.rows[i]!.totalOre!);
    }
    // Back to the council's rate, for the budget below.
    const changed = (await getFeeDecision(ctx(), 2020))!;
    await setFeeDecision({ ctx: ctx(), input: { ...input, version: changed.version, rate: '2,50' } });
    expect((await feeList(ctx(), 2020)).totalOre).toBe(before.totalOre);
  });
});

describe('the budget and accounts for 2020 (demo)', () => {
  it('has the budget adopted in sak 53/19 with the fee total as income', async () => {
    const model = await getBudget(ctx(), 2020);
    const fees = await feeList(ctx(), 2020);
    expect(model.budget.status).toBe('adopted');
    expect(model.revisions.map((r) => [r.number, r.case?.number, r.adoptedOn])).toEqual([
      [1, '53/19', '2019-12-03'],
    ]);
    expect(model.lines.find((l) => l.fromFees)?.amountOre).toBe(fees.totalOre);
  });

  it('matches the imported ledger to the øre, line by line and in total', async () => {
    // The ledger file summed straight from its text: "-1000000,00" → øre, no floating point.
    const text = readFileSync(new URL('./data/regnskap_2020.csv', import.meta.url), 'utf8');
    const amounts = text
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(';'));
    const ore = (s: string) => {
      const [kr, fraction = '00'] = s.replace('-', '').split(',');
      return (s.startsWith('-') ? -1 : 1) * (Number(kr) * 100 + Number(fraction.padEnd(2, '0')));
    };
    const fileTotal = amounts.reduce((sum, cells) => sum + ore(cells[6]!), 0);
    const byAccount = (prefix: string) =>
      amounts.filter((c) => c[2]!.startsWith(prefix)).reduce((s, c) => s + ore(c[6]!), 0);
    const comparison = await budgetVsActual(ctx(), 2020);
    expect(comparison.ledger?.rows).toBe(amounts.length);
    expect(comparison.ledger?.totalOre).toBe(fileTotal);
    expect(comparison.totals.ledgerOre).toBe(fileTotal);
    const line = (label: string) => comparison.lines.find((l) => l.label === label)!;
    expect(line('Sekretariatet (5 årsverk)').actualOre).toBe(byAccount('10'));
    expect(line('Kontingent fra medlemmene').actualOre).toBe(-byAccount('1750'));
    expect(line('Kontingent fra medlemmene').varianceOre).toBe(0);
    expect(line('BEST-konferansen og innovasjonscamp').actualOre).toBe(byAccount('11503'));
    expect(comparison.unmatched).toEqual({ ledgerOre: byAccount('1900'), accounts: ['1900'], count: 1 });
    const areas = comparison.byFocusArea.map((a) => a.name);
    expect(areas).toEqual([
      'Administrasjon og kommunikasjon',
      'Areal og transport',
      'Klima og miljø',
      'Næringsutvikling og innovasjon',
      'Internasjonal profilering',
      null,
    ]);
  });
});

describe('the partners (demo)', () => {
  it("has the seed's partner organisations, each finding the activities that name it", async () => {
    const page = await listPartners(ctx(), { limit: 100 });
    expect(page.items.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Østlandssamarbeidet', 'Zero', 'Ungt Entreprenørskap', 'Innovasjon Norge']),
    );
    const ue = page.items.find((p) => p.name === 'Ungt Entreprenørskap')!;
    const view = await getPartner(ctx(), ue.id);
    expect(view.activities.map((a) => a.year)).toEqual([2020]);
  });
});
