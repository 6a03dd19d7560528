import { eq } from 'drizzle-orm';
import { membersOnDate } from '../domain/members/queries';
import { partners } from '../domain/partners/schema';
import { focusAreas, programmes } from '../domain/programme/schema';
import { addDeliverable } from '../domain/projects/add-deliverable';
import { addProject } from '../domain/projects/add-project';
import { addProjectPartner } from '../domain/projects/add-project-partner';
import type { Ctx } from '../kernel/ctx';
import { at } from './meetings-steps';
import { REFORM } from './members';

type Party = { partner: string } | { member: string };
type Deliverable = Omit<Parameters<typeof addDeliverable>[0]['input'], 'projectId'>;

/**
 * The projects Handlingsprogram 2020 names (§ 4.3.2–4.3.3): the Horizon 2020 project Bærekraftig
 * Osloregion, the Klimasats project Veileder for klimabudsjett and the own-funded freight and
 * logistics project. The amounts, periods, partners and deliverables are the demo's own
 * (plausible, not from the sources); the budget's Klimasats line for 2020 is part of the grant.
 */
export async function loadProjects(ctx: Ctx) {
  const areas = await ctx.db
    .select({ id: focusAreas.id, name: focusAreas.name })
    .from(focusAreas)
    .innerJoin(programmes, eq(programmes.id, focusAreas.programmeId))
    .where(eq(programmes.year, 2020));
  const members = await membersOnDate(ctx.db, REFORM);
  const orgs = await ctx.db.select({ id: partners.id, name: partners.name }).from(partners);
  const idOf = (list: { id: string; name: string }[], name: string) => {
    const row = list.find((r) => r.name === name);
    if (!row) throw new Error(`Demo projects: no "${name}"`);
    return row.id;
  };
  const project = async (
    created: string,
    input: Parameters<typeof addProject>[0]['input'],
    parties: (Party & { role?: 'lead' | 'partner' })[],
    deliverables: Deliverable[],
  ) => {
    const c = at(ctx, created);
    const row = await addProject({ ctx: c, input });
    for (const p of parties)
      await addProjectPartner({
        ctx: c,
        input: {
          projectId: row.id,
          role: p.role ?? 'partner',
          ...('partner' in p ? { partnerId: idOf(orgs, p.partner) } : { memberId: idOf(members, p.member) }),
        },
      });
    for (const d of deliverables) await addDeliverable({ ctx: c, input: { projectId: row.id, ...d } });
    return row;
  };

  await project(
    '2019-01-15T10:00',
    {
      name: 'Bærekraftig Osloregion',
      description:
        'Horizon 2020-prosjekt om bærekraftig byutvikling i Osloregionen: kunnskapsutvikling og erfaringsoverføring mellom medlemmene og andre partnere.',
      funder: 'EU',
      fundingProgramme: 'Horizon 2020',
      amountGranted: '2 400 000',
      startsOn: '2019-01-01',
      endsOn: '2021-12-31',
      focusAreaId: idOf(areas, 'Klima og miljø'),
    },
    [
      { member: 'Oslo', role: 'lead' },
      { member: 'Viken fylkeskommune' },
      { partner: 'Zero' },
      { partner: 'Norsk senter for sirkulærøkonomi' },
    ],
    [
      {
        title: 'Klima- og miljøstatus for Osloregionen',
        dueOn: '2020-06-30',
        status: 'delivered',
        deliveredOn: '2020-06-22',
      },
      {
        title: 'Erfaringsseminar for medlemmene',
        dueOn: '2020-11-30',
        status: 'delivered',
        deliveredOn: '2020-11-26',
      },
      { title: 'Sluttrapport til EU', dueOn: '2021-12-31', status: 'in_progress' },
    ],
  );

  await project(
    '2019-03-01T10:00',
    {
      name: 'Veileder for klimabudsjett',
      description:
        'Klimasats-prosjekt: en veileder for kommunene i Osloregionen om hvordan klimabudsjett kan brukes i økonomiplan og budsjett.',
      funder: 'Miljødirektoratet',
      fundingProgramme: 'Klimasats',
      amountGranted: '500 000',
      startsOn: '2019-03-01',
      endsOn: '2020-12-31',
      focusAreaId: idOf(areas, 'Klima og miljø'),
    },
    [{ member: 'Oslo' }, { member: 'Lillestrøm' }, { member: 'Asker' }],
    [
      {
        title: 'Utkast til veileder på høring hos medlemmene',
        dueOn: '2020-06-15',
        status: 'delivered',
        deliveredOn: '2020-06-12',
      },
      { title: 'Veileder publisert', dueOn: '2020-12-01', status: 'delivered', deliveredOn: '2020-11-20' },
    ],
  );

  await project(
    '2019-01-10T10:00',
    {
      name: 'Gods- og logistikkprosjektet',
      description:
        'Gir regionen et kunnskapsgrunnlag for å forstå utfordringene og mulighetene innen gods og logistikk; hovedtema på BEST-konferansen 2020 og grunnlag for innspill til Nasjonal transportplan.',
      startsOn: '2019-01-01',
      endsOn: '2020-12-31',
      focusAreaId: idOf(areas, 'Areal og transport'),
    },
    [{ member: 'Viken fylkeskommune' }, { member: 'Oslo' }, { partner: 'NHO' }],
    [
      {
        title: 'Kunnskapsgrunnlag om gods og logistikk',
        dueOn: '2020-02-28',
        status: 'delivered',
        deliveredOn: '2020-02-20',
      },
      {
        title: 'Resultater lagt fram på BEST-konferansen 2020',
        dueOn: '2020-03-05',
        status: 'delivered',
        deliveredOn: '2020-03-05',
      },
      { title: 'Innspill til Nasjonal transportplan 2022–2033', dueOn: '2020-12-31', status: 'planned' },
    ],
  );
}
