import { addBody } from '../domain/bodies/add-body';
import { addDelegation } from '../domain/bodies/add-delegation';
import { appointPerson } from '../domain/bodies/appoint-person';
import { BRAND_PARTNERSHIP } from '../domain/bodies/composition';
import { membersByIds, membersOnDate } from '../domain/members/queries';
import { addPerson } from '../domain/people/add-person';
import type { Ctx } from '../kernel/ctx';
import { type DemoMembers, FOUNDED, REFORM } from './members';
import { demoPerson } from './people-names';

/** The conversion to an intermunicipal political council (Local Government Act ch. 18). */
export const CONVERSION = '2020-10-28';
const TERM_END = '2023-10-31';

/**
 * The bodies of the seed's §2 with fictional people: the council (one seat per member) and, from
 * 28.10.2020, the representantskap; the board (Oslo, the county municipalities and each sub-region);
 * the policy committee; Oslo Brand Partner Arena (the 30 contributors) with its working committee
 * and its delegation from the board; the secretariat of 5; the coordination group; two expert
 * groups; a project group; the climate ad hoc group.
 */
export async function loadBodies(ctx: Ctx, m: DemoMembers) {
  let n = 0;
  const memberNames = new Map<string, string>();
  for (const date of ['2019-12-31', REFORM]) {
    for (const member of await membersOnDate(ctx.db, date)) memberNames.set(member.id, member.name);
  }
  const person = async (title: string, organisation: string, memberId?: string) => {
    const p = demoPerson(n++);
    return addPerson({
      ctx,
      input: {
        name: p.name,
        email: p.email,
        gender: p.gender,
        title,
        organisation,
        memberId,
        phone: `+47 ${String(40000000 + n * 7919).slice(0, 8)}`,
      },
    });
  };
  const organisationOf = (memberId: string) => {
    const name = memberNames.get(memberId) ?? '';
    return name.endsWith('fylkeskommune') ? name : `${name} kommune`;
  };

  // One elected representative (ordfører / fylkesordfører) per member, over the member's life.
  const mayors = new Map<string, string>();
  const genderOf = new Map<string, string>();
  for (const memberId of new Set([...m.byName2019.values(), ...m.byName2020.values()])) {
    const county = (memberNames.get(memberId) ?? '').endsWith('fylkeskommune');
    const mayor = await person(county ? 'fylkesordfører' : 'ordfører', organisationOf(memberId), memberId);
    mayors.set(memberId, mayor.id);
    genderOf.set(memberId, mayor.gender ?? '');
  }
  // The board's sub-region seats go to whichever gender has fewer seats so far, as § 7-6 asks.
  // Counted per board term: before the reform (2019) and after it (2020).
  const seated = { before: { female: 0, male: 0 }, after: { female: 0, male: 0 } } as Record<
    string,
    Record<string, number>
  >;
  const count = (memberId: string, ...terms: ('before' | 'after')[]) => {
    const gender = genderOf.get(memberId) ?? '';
    for (const term of terms) seated[term]![gender] = (seated[term]![gender] ?? 0) + 1;
  };
  const balanced = (candidates: string[], ...terms: ('before' | 'after')[]) => {
    const tally = seated[terms[0]!]!;
    const wanted = (tally.female ?? 0) <= (tally.male ?? 0) ? 'female' : 'male';
    const pick = candidates.find((id) => genderOf.get(id) === wanted) ?? candidates[0];
    if (pick) count(pick, ...terms);
    return pick;
  };
  const lifeOf = async (memberId: string) => {
    const [member] = await membersByIds(ctx.db, [memberId], REFORM);
    return { from: member!.joinedOn, to: member!.leftOn };
  };

  const council = await addBody({
    ctx,
    input: {
      kind: 'council',
      name: 'Samarbeidsrådet',
      mandate:
        'Samarbeidsrådet er Osloregionens høyeste organ, og ledes av styrets leder. Rådet fastlegger strategier for samarbeidet i Osloregionen. Hvert medlem deltar i samarbeidsrådet med én stemme. Samarbeidsråd holdes ordinært én gang hvert kalenderår.',
      composition: { type: 'one_per_member', deputies: false },
      meetingsPerYearMin: 1,
      meetingsPerYearMax: 1,
      validFrom: FOUNDED,
      validTo: '2020-10-27',
    },
  });
  const representantskap = await addBody({
    ctx,
    input: {
      kind: 'council',
      name: 'Representantskapet',
      mandate:
        'Osloregionen interkommunalt politisk råds øverste organ (kommuneloven § 18-3). Hver deltaker har minst ett medlem. Representantskapet fastsetter kontingent og strategier og har den myndighet samarbeidsavtalen gir det.',
      predecessorId: council.id,
      composition: { type: 'one_per_member', deputies: false },
      meetingsPerYearMin: 1,
      meetingsPerYearMax: 2,
      validFrom: CONVERSION,
    },
  });
  const board = await addBody({
    ctx,
    input: {
      kind: 'board',
      name: 'Styret',
      mandate:
        'Styret er det utøvende organ for Osloregionen, og ivaretar løpende Osloregionens interesser mellom møtene i samarbeidsrådet. Styret iverksetter samarbeidsrådets beslutninger og vedtar årlig budsjett for samarbeidsalliansens virksomhet. Oslo kommune, fylkeskommunene og delregionene innen hvert fylke har én representant hver i styret.',
      appointedById: council.id,
      composition: { type: 'named_counties_subregions', namedMemberIds: [m.osloId], deputies: false },
      meetingsPerYearMin: 4,
      meetingsPerYearMax: 6,
      validFrom: FOUNDED,
    },
  });

  // The council and the representantskap: each member's representative, as long as the member lasts.
  for (const [memberId, mayorId] of mayors) {
    const life = await lifeOf(memberId);
    const councilTo = life.to && life.to < '2020-10-27' ? life.to : '2020-10-27';
    await appointPerson({
      ctx,
      input: {
        bodyId: council.id,
        personId: mayorId,
        role: memberId === m.osloId ? 'leader' : 'member',
        onBehalfMemberId: memberId,
        validFrom: life.from < '2016-01-01' ? '2016-01-01' : life.from,
        validTo: councilTo,
      },
    });
    if (life.to === null) {
      await appointPerson({
        ctx,
        input: {
          bodyId: representantskap.id,
          personId: mayorId,
          role: memberId === m.osloId ? 'leader' : 'member',
          onBehalfMemberId: memberId,
          validFrom: CONVERSION,
          validTo: TERM_END,
        },
      });
    }
  }

  // The board: Oslo leads; the county municipalities and one representative per sub-region.
  const seat = async (
    memberOrRegion: { memberId?: string; subregionId?: string },
    personId: string,
    from: string,
    to: string | null,
    role: 'leader' | 'deputy_leader' | 'member' = 'member',
  ) =>
    appointPerson({
      ctx,
      input: {
        bodyId: board.id,
        personId,
        role,
        onBehalfMemberId: memberOrRegion.memberId,
        onBehalfSubregionId: memberOrRegion.subregionId,
        validFrom: from,
        validTo: to,
      },
    });
  await seat({ memberId: m.osloId }, mayors.get(m.osloId)!, '2016-01-01', TERM_END, 'leader');
  count(m.osloId, 'before', 'after');
  for (const name of [
    'Østfold fylkeskommune',
    'Akershus fylkeskommune',
    'Buskerud fylkeskommune',
    'Hedmark fylkeskommune',
    'Oppland fylkeskommune',
  ]) {
    const id = m.byName2019.get(name)!;
    await seat(
      { memberId: id },
      mayors.get(id)!,
      '2016-01-01',
      '2019-12-31',
      name.startsWith('Akershus') ? 'deputy_leader' : 'member',
    );
    count(id, 'before');
  }
  for (const name of ['Viken fylkeskommune', 'Innlandet fylkeskommune']) {
    const id = m.byName2020.get(name)!;
    await seat(
      { memberId: id },
      mayors.get(id)!,
      REFORM,
      TERM_END,
      name.startsWith('Viken') ? 'deputy_leader' : 'member',
    );
    count(id, 'after');
  }
  const boardPeople: string[] = [];
  for (const [key, subregionId] of m.subregionIds) {
    // The sub-region's seat: before the reform a mayor of a 2019 member, after it one of a 2020 member.
    const inRegion = (ids: Iterable<string>) => [...ids].filter((id) => m.subregionOf.get(id) === key);
    const before2019 = inRegion(m.byName2019.values());
    const members2020 = inRegion(m.byName2020.values());
    const before = balanced(before2019, 'before');
    // A member that continues across the reform keeps its seat if that keeps the balance.
    const tally = seated.after!;
    const wantedAfter = (tally.female ?? 0) <= (tally.male ?? 0) ? 'female' : 'male';
    const keeps =
      before !== undefined && members2020.includes(before) && genderOf.get(before) === wantedAfter;
    if (keeps) count(before, 'after');
    const after = keeps ? before : balanced(members2020, 'after');
    const to = key === 'Midt-Buskerud' ? '2020-10-30' : TERM_END;
    if (before && after && before === after) {
      await seat({ subregionId }, mayors.get(before)!, '2016-01-01', to);
      boardPeople.push(mayors.get(before)!);
    } else {
      if (before) await seat({ subregionId }, mayors.get(before)!, '2016-01-01', '2019-12-31');
      if (after) {
        await seat({ subregionId }, mayors.get(after)!, REFORM, to);
        boardPeople.push(mayors.get(after)!);
      }
    }
  }

  const committee = await addBody({
    ctx,
    input: {
      kind: 'committee',
      name: 'Interessepolitisk utvalg',
      mandate:
        'Interessepolitisk utvalg er oppnevnt av styret og skal ivareta Osloregionens interessepolitiske interesser overfor bl.a. nasjonale politiske organer. Arbeidet forankres i vedtak i styret.',
      appointedById: board.id,
      composition: { type: 'fixed', seats: 5, deputies: false },
      meetingsPerYearMin: 2,
      meetingsPerYearMax: 4,
      validFrom: '2018-01-01',
    },
  });
  const committeePeople = [mayors.get(m.osloId)!, ...boardPeople.slice(0, 4)];
  for (const [i, personId] of committeePeople.entries()) {
    await appointPerson({
      ctx,
      input: {
        bodyId: committee.id,
        personId,
        role: i === 0 ? 'leader' : 'member',
        validFrom: '2020-01-01',
        validTo: TERM_END,
      },
    });
  }

  const arena = await addBody({
    ctx,
    input: {
      kind: 'partner_arena',
      name: 'Oslo Brand Partner Arena',
      shortName: 'OBPA',
      mandate:
        'Oslo Brand Partner Arena er opprettet av og delegert kompetanse fra styret i Osloregionen til å vedta budsjett og handlingsplan og godkjenne årsrapport og regnskap for det internasjonale profileringsarbeidet. Organet består av representanter fra kommuner og fylkeskommuner som er med og bidrar økonomisk til det internasjonale profileringsarbeidet.',
      appointedById: board.id,
      composition: { type: 'participants', scheme: BRAND_PARTNERSHIP, deputies: false },
      meetingsPerYearMin: 2,
      meetingsPerYearMax: 2,
      validFrom: '2018-01-01',
      validTo: '2019-12-31',
    },
  });
  await addDelegation({
    ctx,
    input: {
      fromBodyId: board.id,
      toBodyId: arena.id,
      scope:
        'Vedta budsjett og handlingsplan og godkjenne årsrapport og regnskap for det internasjonale profileringsarbeidet.',
      decisionReference: 'Styresak 45/17 (demo)',
      validFrom: '2018-01-01',
      validTo: '2019-12-31',
    },
  });
  const { listParticipants } = await import('../domain/members/queries');
  const contributors = await listParticipants(ctx.db, BRAND_PARTNERSHIP, '2019-06-30');
  for (const member of contributors) {
    await appointPerson({
      ctx,
      input: {
        bodyId: arena.id,
        personId: mayors.get(member.id)!,
        role: member.id === m.osloId ? 'leader' : 'member',
        onBehalfMemberId: member.id,
        validFrom: '2018-01-01',
        validTo: '2019-12-31',
      },
    });
  }
  const workingCommittee = await addBody({
    ctx,
    input: {
      kind: 'working_committee',
      name: 'Arbeidsutvalget i Oslo Brand Partner Arena',
      shortName: 'AU OBPA',
      mandate: 'Følger opp det løpende profileringsarbeidet mellom møtene i Oslo Brand Partner Arena.',
      appointedById: arena.id,
      composition: { type: 'fixed', seats: 5, deputies: false },
      meetingsPerYearMin: 4,
      meetingsPerYearMax: 6,
      validFrom: '2018-01-01',
      validTo: '2019-12-31',
    },
  });
  for (const [i, member] of contributors.slice(0, 5).entries()) {
    await appointPerson({
      ctx,
      input: {
        bodyId: workingCommittee.id,
        personId: mayors.get(member.id)!,
        role: i === 0 ? 'leader' : 'member',
        validFrom: '2018-01-01',
        validTo: '2019-12-31',
      },
    });
  }

  const secretariat = await addBody({
    ctx,
    input: {
      kind: 'secretariat',
      name: 'Sekretariatet',
      mandate:
        'Sekretariatet har sekretariatsansvar for samarbeidsrådet, styret og Osloregionens øvrige grupper, det løpende plan- og budsjettansvaret, overordnet koordinering av det administrative arbeidet, og samordner Osloregionens utadrettede virksomhet.',
      composition: { type: 'fixed', seats: 5, deputies: false },
      validFrom: FOUNDED,
    },
  });
  const staff: { title: string; role: 'leader' | 'member' }[] = [
    { title: 'daglig leder', role: 'leader' },
    { title: 'seniorrådgiver, areal og transport', role: 'member' },
    { title: 'rådgiver, næringsutvikling', role: 'member' },
    { title: 'prosjektleder, internasjonal profilering', role: 'member' },
    { title: 'kommunikasjonsrådgiver', role: 'member' },
  ];
  const staffIds: string[] = [];
  for (const s of staff) {
    const p = await person(s.title, 'Osloregionens sekretariat');
    staffIds.push(p.id);
    await appointPerson({
      ctx,
      input: { bodyId: secretariat.id, personId: p.id, role: s.role, validFrom: '2018-01-01' },
    });
  }

  // The coordination group, administrative, with a few seats still open in the demo: the check shows them.
  const coordination = await addBody({
    ctx,
    input: {
      kind: 'coordination_group',
      name: 'Koordineringsgruppen',
      mandate:
        'Gruppen skal bidra til utvikling av helhetlige strategier, informere om og forankre samarbeidsalliansens arbeid i medlemsorganisasjonene, og målbære synspunkter og innspill fra medlemmene inn i samarbeidet.',
      appointedById: board.id,
      composition: { type: 'named_counties_subregions', namedMemberIds: [m.osloId], deputies: false },
      meetingsPerYearMin: 4,
      meetingsPerYearMax: 6,
      validFrom: FOUNDED,
    },
  });
  const coordinationSeats: { memberId?: string; subregionId?: string; organisation: string }[] = [
    { memberId: m.osloId, organisation: 'Oslo kommune' },
    { memberId: m.byName2020.get('Viken fylkeskommune')!, organisation: 'Viken fylkeskommune' },
    { memberId: m.byName2020.get('Innlandet fylkeskommune')!, organisation: 'Innlandet fylkeskommune' },
    ...[...m.subregionIds.entries()]
      .slice(0, 12)
      .map(([key, subregionId]) => ({ subregionId, organisation: key })),
  ];
  for (const [i, s] of coordinationSeats.entries()) {
    const p = await person(i === 0 ? 'etatsdirektør' : 'regionkoordinator', s.organisation);
    await appointPerson({
      ctx,
      input: {
        bodyId: coordination.id,
        personId: p.id,
        role: i === 0 ? 'leader' : 'member',
        onBehalfMemberId: s.memberId,
        onBehalfSubregionId: s.subregionId,
        validFrom: REFORM,
      },
    });
  }

  const groups = [
    {
      name: 'Faggruppe for areal, transport og klima',
      mandate:
        'Bidrar til strategiutvikling og kan være ansvarlig for utredningsoppdrag på oppdrag fra styret. Gruppen består av planleggere fra kommunene og fylkeskommunene og fagfolk med kompetanse innen transport og miljø; Statens vegvesen og Jernbanedirektoratet er også representert.',
      min: 4,
      max: 6,
      observers: ['Statens vegvesen', 'Jernbanedirektoratet'],
    },
    {
      name: 'Næringssamarbeidet i Osloregionen',
      mandate:
        'Faggruppe for næringssamarbeid: næringssjefer og andre fagfolk i medlemskommunene og -fylkeskommunene; arena for læring og erfaringsoverføring, med en sterkere strategisk og interessepolitisk rolle.',
      min: 2,
      max: 4,
      observers: [] as string[],
    },
  ];
  let atkGroupId = '';
  for (const g of groups) {
    const group = await addBody({
      ctx,
      input: {
        kind: 'expert_group',
        name: g.name,
        mandate: g.mandate,
        appointedById: board.id,
        composition: { type: 'open' },
        meetingsPerYearMin: g.min,
        meetingsPerYearMax: g.max,
        validFrom: FOUNDED,
      },
    });
    if (!atkGroupId) atkGroupId = group.id;
    await appointPerson({
      ctx,
      input: {
        bodyId: group.id,
        personId: staffIds[g.observers.length ? 1 : 2]!,
        role: 'secretary',
        validFrom: '2018-01-01',
      },
    });
    const places = [
      'Oslo kommune',
      'Viken fylkeskommune',
      'Innlandet fylkeskommune',
      'Follorådet',
      'Samarbeidsrådet for Nedre Romerike',
      'Drammensregionen',
    ];
    for (const [i, organisation] of places.entries()) {
      const p = await person(g.observers.length ? 'planlegger' : 'næringssjef', organisation);
      await appointPerson({
        ctx,
        input: {
          bodyId: group.id,
          personId: p.id,
          role: i === 0 ? 'leader' : 'member',
          validFrom: '2018-01-01',
        },
      });
    }
    for (const organisation of g.observers) {
      const p = await person('seniorrådgiver', organisation);
      await appointPerson({
        ctx,
        input: { bodyId: group.id, personId: p.id, role: 'observer', validFrom: '2018-01-01' },
      });
    }
  }

  const project = await addBody({
    ctx,
    input: {
      kind: 'project_group',
      name: 'Prosjektgruppe for gods og logistikk',
      mandate:
        'Gjennomfører Osloregionens gods- og logistikkprosjekt, som gir regionen et kunnskapsgrunnlag om utfordringer og muligheter på området; hovedtema på BEST-konferansen 2020.',
      appointedById: atkGroupId,
      composition: { type: 'open' },
      validFrom: '2019-01-01',
      validTo: '2020-12-31',
    },
  });
  for (const [i, organisation] of [
    'Osloregionens sekretariat',
    'Viken fylkeskommune',
    'Oslo kommune',
    'Statens vegvesen',
  ].entries()) {
    const personId = i === 0 ? staffIds[1]! : (await person('rådgiver', organisation)).id;
    await appointPerson({
      ctx,
      input: {
        bodyId: project.id,
        personId,
        role: i === 0 ? 'leader' : 'member',
        validFrom: '2019-01-01',
        validTo: '2020-12-31',
      },
    });
  }

  const climate = await addBody({
    ctx,
    input: {
      kind: 'ad_hoc_group',
      name: 'Miljø- og klimagruppe for oppfølging av ordførererklæringen',
      shortName: 'Klimagruppen',
      mandate:
        'Ad hoc-gruppe som følger opp ordførererklæringen om klima og miljø (Oslo Europeisk miljøhovedstad 2019).',
      appointedById: board.id,
      composition: { type: 'open' },
      validFrom: '2019-06-01',
    },
  });
  for (const [i, organisation] of [
    'Oslo kommune',
    'Lillestrøm kommune',
    'Asker kommune',
    'Fredrikstad kommune',
    'Hamar kommune',
  ].entries()) {
    const p = await person('klimarådgiver', organisation);
    await appointPerson({
      ctx,
      input: {
        bodyId: climate.id,
        personId: p.id,
        role: i === 0 ? 'leader' : 'member',
        validFrom: '2019-06-01',
      },
    });
  }

  await addDelegation({
    ctx,
    input: {
      fromBodyId: representantskap.id,
      toBodyId: board.id,
      scope:
        'Vedta årlig handlingsprogram og budsjett innenfor rammer representantskapet har satt, og godkjenne årsrapport og regnskap.',
      decisionReference: 'Samarbeidsavtalen § 6 (demo)',
      validFrom: CONVERSION,
    },
  });

  return { council, representantskap, board, committee, arena, secretariat, coordination };
}
