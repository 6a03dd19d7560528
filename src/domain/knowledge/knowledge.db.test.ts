import { readFileSync } from 'node:fs';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser, systemTestCtx } from '../../../tests/support/fixtures';
import { countyId, makeMunicipality } from '../../../tests/support/organisation';
import { Conflict, Forbidden, Unauthenticated, Validation } from '../../kernel/errors';
import { addMember } from '../members/add-member';
import { changeMemberIdentity } from '../members/change-member-identity';
import { mergeMembers } from '../members/merge-members';
import { addActivity } from '../programme/add-activity';
import { addFocusArea } from '../programme/add-focus-area';
import { createProgramme } from '../programme/create-programme';
import { importStatistics } from './import-statistics';
import { POPULATION } from './indicators';
import {
  areaSeries,
  listIndicators,
  memberSeries,
  populationIndicatorId,
  populationOf,
  referencedIndicators,
  seriesReader,
} from './queries';
import { readStatistics } from './read-statistics';
import { recordPopulation } from './record-population';
import { referenceIndicator } from './reference-indicator';
import { observations, statisticsImports } from './schema';
import { unreferenceIndicator } from './unreference-indicator';

const database = setupTestDatabase();
const db = () => database().db;
const editor = async () => (await makeUser(db(), { role: 'editor' })).ctx;
const REFERENCE = readFileSync(
  new URL('../../../../shared/reference/osloregionen/jsonstat2_example_07459.json', import.meta.url),
  'utf8',
);

/** A JSON-stat dataset of one table with a region × year grid, as Statistics Norway writes it. */
function jsonStat(table: string, cells: Record<string, Record<string, number | null>>) {
  const regions = Object.keys(cells);
  const years = [...new Set(regions.flatMap((r) => Object.keys(cells[r]!)))].sort();
  return JSON.stringify({
    version: '2.0',
    class: 'dataset',
    label: `${table}: Testtabell, etter region og år`,
    source: 'Statistisk sentralbyrå',
    updated: '2020-02-20T07:00:00Z',
    id: ['Region', 'ContentsCode', 'Tid'],
    size: [regions.length, 1, years.length],
    role: { geo: ['Region'], time: ['Tid'], metric: ['ContentsCode'] },
    dimension: {
      Region: {
        label: 'region',
        category: { index: regions, label: Object.fromEntries(regions.map((r) => [r, `Region ${r}`])) },
      },
      ContentsCode: {
        label: 'statistikkvariabel',
        category: {
          index: { Verdi: 0 },
          label: { Verdi: 'Verdi' },
          unit: { Verdi: { base: 'antall', decimals: 0 } },
        },
      },
      Tid: { label: 'år', category: { index: years } },
    },
    value: regions.flatMap((r) => years.map((y) => cells[r]![y] ?? null)),
  });
}

// Real numbering: Oslo 0301; Bærum 0219 → 3024 and Vestby 0211 → 3019 on 1.1.2020; Ski 0213 and
// Oppegård 0217 merged into Nordre Follo 3020 on 1.1.2020.
const ids: Record<string, string> = {};
beforeAll(async () => {
  const ctx = systemTestCtx(db());
  const akershus = await countyId(db(), '02', '2019-06-01');
  const viken = await countyId(db(), '30', '2020-06-01');
  const oslo = await addMember({
    ctx,
    input: {
      kind: 'municipality',
      name: 'Oslo',
      number: '0301',
      countyId: await countyId(db(), '03'),
      joinedOn: '2004-01-01',
    },
  });
  ids.oslo = oslo.id;
  for (const [key, name, before, after] of [
    ['baerum', 'Bærum', '0219', '3024'],
    ['vestby', 'Vestby', '0211', '3019'],
  ] as const) {
    const m = await addMember({
      ctx,
      input: { kind: 'municipality', name, number: before, countyId: akershus, joinedOn: '2004-01-01' },
    });
    await changeMemberIdentity({
      ctx,
      input: { id: m.id, version: m.version, validFrom: '2020-01-01', name, number: after, countyId: viken },
    });
    ids[key] = m.id;
  }
  for (const [key, name, number] of [
    ['ski', 'Ski', '0213'],
    ['oppegard', 'Oppegård', '0217'],
  ] as const) {
    ids[key] = (
      await addMember({
        ctx,
        input: { kind: 'municipality', name, number, countyId: akershus, joinedOn: '2004-01-01' },
      })
    ).id;
  }
  const nordreFollo = await mergeMembers({
    ctx,
    input: {
      predecessorIds: [ids.ski!, ids.oppegard!],
      effectiveOn: '2020-01-01',
      successor: { kind: 'municipality', name: 'Nordre Follo', number: '3020', countyId: viken },
    },
  });
  ids.nordreFollo = nordreFollo.id;
});

async function stored() {
  const [values] = await db().select({ n: count() }).from(observations);
  const [files] = await db().select({ n: count() }).from(statisticsImports);
  return { values: values!.n, files: files!.n };
}

describe('importStatistics (JSON-stat)', () => {
  it("stores the reference example's values on Oslo and on Bærum, whose number changed from 0219 to 3024", async () => {
    const ctx = await editor();
    const result = await importStatistics({
      ctx,
      input: { format: 'jsonstat', fileName: 'jsonstat2_example_07459.json', content: REFERENCE },
    });
    expect(result).toMatchObject({
      tableCode: '07459',
      source: 'Statistisk sentralbyrå',
      observations: 4,
      skippedRegions: [],
    });
    const indicatorId = (await populationIndicatorId({ db: db() }))!;
    const reader = await seriesReader({ db: db() }, indicatorId);
    expect(reader.valueIn(ids.oslo!, 2019)?.value).toBe(681071);
    expect(reader.valueIn(ids.oslo!, 2020)?.value).toBe(693494);
    expect(reader.valueIn(ids.baerum!, 2019)?.value).toBe(126841);
    expect(reader.valueIn(ids.baerum!, 2020)?.value).toBe(127731);
    const rows = await db().select().from(observations).where(eq(observations.memberId, ids.baerum!));
    expect(rows.map((r) => [r.year, r.regionCode, r.source])).toEqual(
      expect.arrayContaining([[2019, '3024', 'Statistisk sentralbyrå, tabell 07459']]),
    );
    const [audit] = await auditRowsFor(db(), 'knowledge.importStatistics', result.id);
    expect(audit?.after).toMatchObject({ fileName: 'jsonstat2_example_07459.json', observations: 4 });
    expect((await listIndicators({ db: db() })).find((i) => i.key === POPULATION.key)).toMatchObject({
      label: 'Personer',
      unit: 'personer',
    });
  });

  it('puts a 2019 series on the old municipalities and a 2020 series on the merged one, and sums them for 2019', async () => {
    const ctx = await editor();
    await importStatistics({
      ctx,
      input: {
        format: 'jsonstat',
        fileName: 'follo-2019.json',
        content: jsonStat('90001', {
          '0213': { '2019': 30000 },
          '0217': { '2019': 27000 },
          '0211': { '2019': 17824 },
        }),
      },
    });
    await importStatistics({
      ctx,
      input: {
        format: 'jsonstat',
        fileName: 'follo-2020.json',
        content: jsonStat('90001', { '3020': { '2020': 59288 }, '3019': { '2019': 17800, '2020': 18042 } }),
      },
    });
    const indicator = (await listIndicators({ db: db() })).find((i) => i.key === '90001:Verdi')!;
    const reader = await seriesReader({ db: db() }, indicator.id);
    expect(reader.valueIn(ids.ski!, 2019)).toEqual({ year: 2019, value: 30000, derived: false });
    expect(reader.valueIn(ids.oppegard!, 2019)?.value).toBe(27000);
    expect(reader.valueIn(ids.nordreFollo!, 2020)?.value).toBe(59288);
    // Nordre Follo did not exist on 1.1.2019: its 2019 figure is its predecessors' sum.
    expect(reader.valueIn(ids.nordreFollo!, 2019)).toEqual({ year: 2019, value: 57000, derived: true });
    // 0211 (2019) and 3019 are both Vestby: the later file's figure for 2019 replaced the first.
    expect(reader.seriesOf(ids.vestby!).map((p) => [p.year, p.value])).toEqual([
      [2019, 17800],
      [2020, 18042],
    ]);
    const series = await memberSeries(ctx, indicator.id, ids.nordreFollo!);
    expect(series.points.map((p) => p.value)).toEqual([57000, 59288]);
    expect(series.growth).toMatchObject({ fromYear: 2019, toYear: 2020, change: 2288 });
  });

  it('refuses a file whose value list is shorter than its sizes say, with the numbers, and writes nothing', async () => {
    const ctx = await editor();
    const before = await stored();
    const broken = JSON.parse(REFERENCE);
    broken.value = broken.value.slice(0, 3);
    const error = await importStatistics({
      ctx,
      input: { format: 'jsonstat', fileName: 'broken.json', content: JSON.stringify(broken) },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(Validation);
    expect(error.fieldErrors.file).toEqual([
      'Filen har 3 verdier, men dimensjonene (2 × 1 × 2) gir 4. Filen er ufullstendig eller skadet.',
    ]);
    const wrongSize = JSON.parse(REFERENCE);
    wrongSize.size = [2, 1, 3];
    const sizeError = await importStatistics({
      ctx,
      input: { format: 'jsonstat', fileName: 'size.json', content: JSON.stringify(wrongSize) },
    }).catch((e) => e);
    expect(sizeError.fieldErrors.file).toEqual(['Dimensjonen «Tid» har 2 kategorier, men «size» sier 3.']);
    const notJson = await importStatistics({
      ctx,
      input: { format: 'jsonstat', fileName: 'x.json', content: '{"version":' },
    }).catch((e) => e);
    expect(notJson.fieldErrors.file[0]).toMatch(/^Filen er ikke gyldig JSON/);
    const months = JSON.parse(REFERENCE);
    months.dimension.Tid.category.index = { '2020M01': 0, '2020M02': 1 };
    const monthError = await importStatistics({
      ctx,
      input: { format: 'jsonstat', fileName: 'm.json', content: JSON.stringify(months) },
    }).catch((e) => e);
    expect(monthError.fieldErrors.file[0]).toContain('«2020M01»');
    // A 1-based or gappy index would shift every value onto the wrong region; 1e400 is Infinity.
    const shifted = JSON.parse(REFERENCE);
    shifted.dimension.Region.category.index = { '0301': 1, '3024': 2 };
    const shiftError = await importStatistics({
      ctx,
      input: { format: 'jsonstat', fileName: 's.json', content: JSON.stringify(shifted) },
    }).catch((e) => e);
    expect(shiftError.fieldErrors.file).toEqual([
      'Kategoriene i dimensjonen «Region» har en ugyldig indeks.',
    ]);
    const infinite = REFERENCE.replace('681071', '1e400');
    const infiniteError = await importStatistics({
      ctx,
      input: { format: 'jsonstat', fileName: 'i.json', content: infinite },
    }).catch((e) => e);
    expect(infiniteError.fieldErrors.file).toEqual(['Alle verdier må være tall eller tomme (null).']);
    const fraction = REFERENCE.replace('681071', '681071.5');
    const fractionError = await importStatistics({
      ctx,
      input: { format: 'jsonstat', fileName: 'f.json', content: fraction },
    }).catch((e) => e);
    expect(fractionError.fieldErrors.file).toEqual([
      'Folketall må være hele tall, men 0301 har 681071.5 for 2019.',
    ]);
    const sameRole = JSON.parse(REFERENCE);
    sameRole.role.time = ['Region'];
    const roleError = await importStatistics({
      ctx,
      input: { format: 'jsonstat', fileName: 'r.json', content: JSON.stringify(sameRole) },
    }).catch((e) => e);
    expect(roleError.fieldErrors.file).toEqual(['Fant ingen tidsdimensjon (role.time eller «Tid»).']);
    expect(await stored()).toEqual(before);
  });

  it('reports region codes that were never members and stores the rest; only editors import', async () => {
    const ctx = await editor();
    const preview = await readStatistics(ctx, {
      format: 'jsonstat',
      fileName: 'landet.json',
      content: jsonStat('90002', { '0301': { '2020': 1 }, '1103': { '2020': 2 } }),
    });
    expect(preview.rows).toHaveLength(1);
    expect(preview.skipped).toEqual(['1103 Region 1103']);
    expect(preview.regions.find((r) => r.code === '0301')?.member).toBe('Oslo');
    const content = jsonStat('90002', { '0301': { '2020': 1 } });
    await expect(
      importStatistics({
        ctx: (await makeUser(db(), { role: 'member' })).ctx,
        input: { format: 'jsonstat', fileName: 'a.json', content },
      }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(
      importStatistics({
        ctx: anonymousCtx(db()),
        input: { format: 'jsonstat', fileName: 'a.json', content },
      }),
    ).rejects.toBeInstanceOf(Unauthenticated);
  });
});

describe('importStatistics (series CSV)', () => {
  const meta = {
    source: 'Test',
    tableCode: '90003',
    tableLabel: 'Testserie',
    indicatorCode: 'Antall',
    label: 'Antall',
    unit: 'antall',
  };

  it('reads a wide CSV on 2020 borders: 3020 lands on Nordre Follo for every year; bad numbers are refused by line', async () => {
    const ctx = await editor();
    const csv =
      'kommunenummer,name,2018,2019,2020\n3020,Nordre Follo,56000,58237,59288\n0301,Oslo,,681071,693494\n';
    await importStatistics({ ctx, input: { format: 'csv', fileName: 'serie.csv', content: csv, meta } });
    const indicator = (await listIndicators({ db: db() })).find((i) => i.key === '90003:Antall')!;
    const reader = await seriesReader({ db: db() }, indicator.id);
    expect(reader.seriesOf(ids.nordreFollo!).map((p) => p.value)).toEqual([56000, 58237, 59288]);
    expect(reader.seriesOf(ids.oslo!).map((p) => p.year)).toEqual([2019, 2020]);
    const error = await importStatistics({
      ctx,
      input: {
        format: 'csv',
        fileName: 'feil.csv',
        content: 'kommunenummer,name,2020\n0301,Oslo,mange\n',
        meta,
      },
    }).catch((e) => e);
    expect(error.fieldErrors.file).toEqual(['Linje 2: «mange» er ikke et tall.']);
  });

  it('sums the members of the alliance per year, and ranks them', async () => {
    const ctx = await editor();
    const indicator = (await listIndicators({ db: db() })).find((i) => i.key === '90003:Antall')!;
    const area = await areaSeries(ctx, indicator.id, { asOf: '2020-06-01' });
    // Other tests' members have no values in this series; the years count only where all that have one do.
    expect(area.points.find((p) => p.year === 2020)?.value).toBe(59288 + 693494);
    expect(area.members[0]).toMatchObject({ member: { name: 'Oslo' }, latest: 693494, rank: 1 });
  });
});

describe('recordPopulation', () => {
  it('records population typed in, replacing a figure for the same year, for editors only', async () => {
    const ctx = await editor();
    const m = await makeMunicipality(db());
    const source = 'Kommunens eget tall';
    await recordPopulation({
      ctx,
      input: {
        rows: [
          { memberId: m.id, year: 2019, population: 17824, source },
          { memberId: m.id, year: 2020, population: 18000, source },
        ],
      },
    });
    await recordPopulation({
      ctx,
      input: { rows: [{ memberId: m.id, year: 2020, population: 18042, source }] },
    });
    expect((await populationOf({ db: db() }, m.id)).map((p) => [p.year, p.population])).toEqual([
      [2019, 17824],
      [2020, 18042],
    ]);
    expect(await auditRowsFor(db(), 'knowledge.recordPopulation', m.id)).toHaveLength(2);
    await expect(
      recordPopulation({ ctx, input: { rows: [{ memberId: m.id, year: 2020, population: -1, source }] } }),
    ).rejects.toBeInstanceOf(Validation);
    await expect(
      recordPopulation({
        ctx: (await makeUser(db(), { role: 'member' })).ctx,
        input: { rows: [{ memberId: m.id, year: 2020, population: 1, source }] },
      }),
    ).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('indicators on the programme', () => {
  it('links an indicator to an activity and a focus area, shows its latest value, and unlinks it', async () => {
    const ctx = await editor();
    const programme = await createProgramme({ ctx, input: { year: 2061 } });
    const area = await addFocusArea({
      ctx,
      input: { programmeId: programme.id, name: 'Kunnskap', kind: 'tasks' },
    });
    const activity = await addActivity({
      ctx,
      input: {
        programmeId: programme.id,
        cell: { focusAreaId: area.id },
        text: 'Følge befolkningsutviklingen',
      },
    });
    const indicator = (await listIndicators({ db: db() })).find((i) => i.key === '90003:Antall')!;
    const link = await referenceIndicator({
      ctx,
      input: { indicatorId: indicator.id, activityId: activity.id },
    });
    await referenceIndicator({ ctx, input: { indicatorId: indicator.id, focusAreaId: area.id } });
    await expect(
      referenceIndicator({ ctx, input: { indicatorId: indicator.id, activityId: activity.id } }),
    ).rejects.toBeInstanceOf(Conflict);
    await expect(
      referenceIndicator({
        ctx,
        input: { indicatorId: indicator.id, activityId: activity.id, focusAreaId: area.id },
      }),
    ).rejects.toBeInstanceOf(Validation);
    const shown = await referencedIndicators(ctx, { activityId: activity.id });
    expect(shown).toMatchObject([{ indicator: { label: 'Antall' }, latest: { year: 2020 } }]);
    expect(await referencedIndicators(ctx, { focusAreaId: area.id })).toHaveLength(1);
    await unreferenceIndicator({ ctx, input: { id: link.id } });
    expect(await referencedIndicators(ctx, { activityId: activity.id })).toEqual([]);
    expect(await auditRowsFor(db(), 'knowledge.referenceIndicator')).toHaveLength(2);
  });
});
