import { BRAND_PARTNERSHIP } from '../domain/bodies/composition';
import { importStatistics } from '../domain/knowledge/import-statistics';
import { POPULATION } from '../domain/knowledge/indicators';
import { addMember } from '../domain/members/add-member';
import { addParticipation } from '../domain/members/add-participation';
import { addSubregion } from '../domain/members/add-subregion';
import { assignSubregion } from '../domain/members/assign-subregion';
import { changeMemberIdentity } from '../domain/members/change-member-identity';
import { mergeMembers } from '../domain/members/merge-members';
import { listCounties } from '../domain/members/queries';
import type { Ctx } from '../kernel/ctx';
import { readDemoCsv, readDemoText } from './data-files';

export const FOUNDED = '2005-01-01';
export const REFORM = '2020-01-01';

/** Sub-regions, as the alliance names them, with what the sources say about each. */
const SUBREGIONS: { key: string; name: string; description: string; validTo?: string }[] = [
  { key: 'Follo', name: 'Follo', description: 'Follorådet / Folloregionen.' },
  {
    key: 'Asker og Bærum',
    name: 'Asker og Bærum',
    description: 'Tidligere Vestregionen, som ble oppløst 1.1.2019.',
  },
  { key: 'Nedre Romerike', name: 'Nedre Romerike', description: 'Samarbeidsrådet for Nedre Romerike (SNR).' },
  {
    key: 'Øvre Romerike',
    name: 'Øvre Romerike',
    description: 'Øvre Romerike Utvikling (ØRU); fra 1.1.2019 Gardermoregionen interkommunalt politisk råd.',
  },
  {
    key: 'Søndre Viken',
    name: 'Søndre Viken',
    description: 'Tidligere Nedre Glomma og Haldenregionen; senere Søndre Østfold.',
  },
  { key: 'Mosseregionen', name: 'Mosseregionen', description: '' },
  { key: 'Indre Østfold', name: 'Indre Østfold', description: 'Indre Østfold regionråd.' },
  { key: 'Drammensregionen', name: 'Drammensregionen', description: '' },
  {
    key: 'Kongsbergregionen',
    name: 'Kongsbergregionen',
    description: 'Går over fylkesgrensen: kommuner i Viken og i Vestfold og Telemark.',
  },
  {
    key: 'Midt-Buskerud',
    name: 'Midt-Buskerud',
    description: 'Regionrådet ble oppløst 30.10.2020.',
    validTo: '2020-10-30',
  },
  { key: 'Ringeriksregionen', name: 'Ringeriksregionen', description: '' },
  { key: 'Hadeland', name: 'Hadeland', description: 'Jevnaker deltar også i Ringeriksregionen.' },
  { key: 'Gjøvikregionen', name: 'Gjøvikregionen', description: '' },
  { key: 'Hamarregionen', name: 'Hamarregionen', description: '' },
  { key: 'Kongsvingerregionen', name: 'Kongsvingerregionen', description: 'Glåmdalen.' },
  {
    key: 'Vestfold',
    name: 'Vestfold',
    description: 'Intet navngitt regionråd; styreplass for «Vestfoldkommuner».',
  },
];

/** The CSV's sub-region text → the sub-region above. */
function subregionKey(text: string): string | null {
  if (text.startsWith('Oslo') || text.startsWith('(county')) return null;
  if (text.startsWith('UNCERTAIN')) return 'Søndre Viken';
  return SUBREGIONS.find((s) => text.startsWith(s.key))?.key ?? null;
}

/** The three Vestfold members the reference leaves out, chosen to complete the count of 69. */
const VESTFOLD_EVIDENCE = 'unverified: chosen to complete the count of 69 (demo)';
const COUNTY_PREDECESSORS: Record<string, { number: string; name: string }[]> = {
  '30': [
    { number: '01', name: 'Østfold fylkeskommune' },
    { number: '02', name: 'Akershus fylkeskommune' },
    { number: '06', name: 'Buskerud fylkeskommune' },
  ],
  '34': [
    { number: '04', name: 'Hedmark fylkeskommune' },
    { number: '05', name: 'Oppland fylkeskommune' },
  ],
};

/** The reference's series are table 07459 on 2020 borders, as BergensTidende's bord4-data fetched it. */
const POPULATION_CSV = {
  source: 'Statistisk sentralbyrå (via BergensTidende/bord4-data)',
  tableCode: POPULATION.tableCode,
  tableLabel: POPULATION.tableLabel,
  indicatorCode: POPULATION.key.split(':')[1]!,
  label: POPULATION.label,
  unit: POPULATION.unit,
};

/** The 30 members paying the brand-partnership contribution in 2018–2019 (the sources do not name them). */
const BRAND_PARTNERS = [
  'Oslo',
  'Østfold fylkeskommune',
  'Akershus fylkeskommune',
  'Buskerud fylkeskommune',
  'Hedmark fylkeskommune',
  'Oppland fylkeskommune',
  'Bærum',
  'Asker',
  'Skedsmo',
  'Lørenskog',
  'Ski',
  'Oppegård',
  'Ullensaker',
  'Drammen',
  'Lier',
  'Fredrikstad',
  'Sarpsborg',
  'Moss',
  'Halden',
  'Hamar',
  'Gjøvik',
  'Ringsaker',
  'Kongsberg',
  'Ringerike',
  'Kongsvinger',
  'Eidsvoll',
  'Nittedal',
  'Ås',
  'Frogn',
  'Nesodden',
];

export interface DemoMembers {
  /** Member id by its name in 2019 (before the reform) and in 2020; continuing members have both. */
  byName2019: Map<string, string>;
  byName2020: Map<string, string>;
  /** 2020 member id → its predecessors' ids, when it was formed by a merger. */
  predecessors: Map<string, string[]>;
  subregionIds: Map<string, string>;
  subregionOf: Map<string, string | null>;
  osloId: string;
}

/**
 * The members as the reference has them: the 2019 municipalities and county municipalities, the
 * 1.1.2020 reform (renumbering, new counties, mergers), sub-regions, population 2000–2020 on 2020
 * borders, and the brand-partnership contributors of 2018–2019.
 */
export async function loadMembers(ctx: Ctx): Promise<DemoMembers> {
  const members2020 = readDemoCsv('members_2020.csv');
  const crosswalk = readDemoCsv('crosswalk_2019_2020_members.csv');

  const counties2019 = await listCounties(ctx, '2019-12-31');
  const counties2020 = await listCounties(ctx, REFORM);
  const countyId = (list: typeof counties2019, name: string) => {
    const found = list.find((c) => c.name === name.split('/')[0]);
    if (!found) throw new Error(`Demo: no county named ${name}`);
    return found.id;
  };
  const countyByNumber = (list: typeof counties2019, number: string) =>
    list.find((c) => c.number === number)!.id;

  const subregionIds = new Map<string, string>();
  for (const s of SUBREGIONS) {
    const row = await addSubregion({
      ctx,
      input: { name: s.name, description: s.description, validFrom: FOUNDED, validTo: s.validTo ?? null },
    });
    subregionIds.set(s.key, row.id);
  }

  const byName2019 = new Map<string, string>();
  const byName2020 = new Map<string, string>();
  const predecessors = new Map<string, string[]>();
  const subregionOf = new Map<string, string | null>();
  const evidenceOf = (row: Record<string, string>) => row.source ?? '';

  // The three Vestfold members, shaped like the reference's rows.
  const vestfold = [
    { number: '3801', name: 'Horten', was: [{ number: '0701', name: 'Horten' }] },
    {
      number: '3803',
      name: 'Tønsberg',
      was: [
        { number: '0704', name: 'Tønsberg' },
        { number: '0716', name: 'Re' },
      ],
    },
    { number: '3811', name: 'Færder', was: [{ number: '0729', name: 'Færder' }] },
  ];
  const municipalities = [
    ...members2020
      .filter((r) => r.type === 'kommune')
      .map((r) => ({
        number: r.kommunenummer!,
        name: r.name!,
        county2019: r.county_2019!,
        county2020: r.county_2020!,
        subregion: subregionKey(r.subregion ?? ''),
        evidence: evidenceOf(r),
        was:
          r.kommunenummer === '0301'
            ? [{ number: '0301', name: 'Oslo' }]
            : crosswalk
                .filter((c) => c.kommunenummer_2020 === r.kommunenummer)
                .map((c) => ({ number: c.kommunenummer_2019!, name: c.name_2019!, county: c.county_2019! })),
      })),
    ...vestfold.map((v) => ({
      number: v.number,
      name: v.name,
      county2019: 'Vestfold',
      county2020: 'Vestfold og Telemark',
      subregion: 'Vestfold',
      evidence: VESTFOLD_EVIDENCE,
      was: v.was.map((w) => ({ ...w, county: 'Vestfold' })),
    })),
  ];

  for (const m of municipalities) {
    const subregionId = m.subregion ? subregionIds.get(m.subregion) : undefined;
    const county2020 = countyId(counties2020, m.county2020);
    if (m.was.length === 1) {
      const before = m.was[0]!;
      const before2019County = countyId(
        counties2019,
        'county' in before ? (before.county as string) : m.county2019,
      );
      const member = await addMember({
        ctx,
        input: {
          kind: 'municipality',
          name: before.name,
          number: before.number,
          countyId: before2019County,
          joinedOn: before.name === 'Færder' ? '2018-01-01' : FOUNDED,
          subregionId,
          evidence: m.evidence,
        },
      });
      if (before.number !== m.number || before.name !== m.name) {
        await changeMemberIdentity({
          ctx,
          input: {
            id: member.id,
            version: member.version,
            validFrom: REFORM,
            name: m.name,
            number: m.number,
            countyId: county2020,
          },
        });
      }
      byName2019.set(before.name, member.id);
      byName2020.set(m.name, member.id);
      subregionOf.set(member.id, m.subregion);
      continue;
    }
    const ids: string[] = [];
    for (const before of m.was) {
      const member = await addMember({
        ctx,
        input: {
          kind: 'municipality',
          name: before.name,
          number: before.number,
          countyId: countyId(counties2019, 'county' in before ? (before.county as string) : m.county2019),
          joinedOn: FOUNDED,
          subregionId,
          evidence: `Forgjenger til ${m.name} (sammenslått 1.1.2020). ${m.evidence}`,
        },
      });
      ids.push(member.id);
      byName2019.set(before.name, member.id);
      subregionOf.set(member.id, m.subregion);
    }
    const successor = await mergeMembers({
      ctx,
      input: {
        predecessorIds: ids,
        effectiveOn: REFORM,
        successor: {
          kind: 'municipality',
          name: m.name,
          number: m.number,
          countyId: county2020,
          subregionId,
          evidence: m.evidence,
        },
      },
    });
    byName2020.set(m.name, successor.id);
    predecessors.set(successor.id, ids);
    subregionOf.set(successor.id, m.subregion);
  }

  // Rakkestad moved from Søndre Viken to Indre Østfold on 1.1.2021.
  const rakkestad = byName2020.get('Rakkestad')!;
  const { getMemberOn } = await import('../domain/members/queries');
  const current = await getMemberOn(ctx, rakkestad);
  await assignSubregion({
    ctx,
    input: {
      memberId: rakkestad,
      version: current.version,
      subregionId: subregionIds.get('Indre Østfold')!,
      validFrom: '2021-01-01',
    },
  });

  for (const row of members2020.filter((r) => r.type === 'fylkeskommune')) {
    const ids: string[] = [];
    for (const before of COUNTY_PREDECESSORS[row.kommunenummer!] ?? []) {
      const member = await addMember({
        ctx,
        input: {
          kind: 'county',
          name: before.name,
          number: before.number,
          joinedOn: FOUNDED,
          evidence: `unverified: assumed member before the 1.1.2020 merger into ${row.name} (demo). ${evidenceOf(row)}`,
        },
      });
      ids.push(member.id);
      byName2019.set(before.name, member.id);
    }
    const successor = await mergeMembers({
      ctx,
      input: {
        predecessorIds: ids,
        effectiveOn: REFORM,
        successor: {
          kind: 'county',
          name: row.name!,
          number: row.kommunenummer!,
          countyId: countyByNumber(counties2020, row.kommunenummer!),
          evidence: evidenceOf(row),
        },
      },
    });
    byName2020.set(row.name!, successor.id);
    predecessors.set(successor.id, ids);
  }

  // Population 1 January 2000–2020 on 2020 borders, imported as the secretariat would import it:
  // the members' series, the whole country (for the three Vestfold members) and the counties.
  for (const fileName of [
    'population_series_2000_2020_members.csv',
    'population_2000_2020_all_municipalities.csv',
    'population_2000_2020_counties.csv',
  ]) {
    await importStatistics({
      ctx,
      input: { format: 'csv', fileName, content: readDemoText(fileName), meta: POPULATION_CSV },
    });
  }

  for (const name of BRAND_PARTNERS) {
    const memberId = byName2019.get(name);
    if (!memberId) throw new Error(`Demo: no 2019 member named ${name}`);
    await addParticipation({
      ctx,
      input: { memberId, scheme: BRAND_PARTNERSHIP, validFrom: '2018-01-01', validTo: '2019-12-31' },
    });
  }

  return { byName2019, byName2020, predecessors, subregionIds, subregionOf, osloId: byName2020.get('Oslo')! };
}
