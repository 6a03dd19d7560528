import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { membersOnDate } from '../domain/members/queries';
import { addNetwork } from '../domain/networks/add-network';
import { addNetworkMember } from '../domain/networks/add-network-member';
import { partners } from '../domain/partners/schema';
import { people } from '../domain/people/schema';
import { focusAreas, programmes } from '../domain/programme/schema';
import type { Ctx } from '../kernel/ctx';
import { at } from './meetings-steps';
import { REFORM } from './members';

type Who = { personId: string } | { memberId: string } | { partnerId: string };
type Membership = Who & { role?: string; validFrom: string; validTo?: string };

/** The 2020 programme's focus areas by name, the 2020 members and the partners, as the demo made them. */
async function demoRegisters(ctx: Ctx) {
  const areas = await ctx.db
    .select({ id: focusAreas.id, name: focusAreas.name })
    .from(focusAreas)
    .innerJoin(programmes, eq(programmes.id, focusAreas.programmeId))
    .where(eq(programmes.year, 2020));
  const members = await membersOnDate(ctx.db, REFORM);
  const orgs = await ctx.db.select({ id: partners.id, name: partners.name }).from(partners);
  const find =
    <T extends { id: string; name: string }>(list: T[], what: string) =>
    (name: string) => {
      const row = list.find((r) => r.name === name);
      if (!row) throw new Error(`Demo networks: no ${what} "${name}"`);
      return row.id;
    };
  return { area: find(areas, 'focus area'), member: find(members, 'member'), partner: find(orgs, 'partner') };
}

/** The demo's fictional people with a title (as loadBodies made them), in the order they were made. */
async function peopleTitled(ctx: Ctx, titles: string[]) {
  return ctx.db
    .select({
      id: people.id,
      title: people.title,
      organisation: people.organisation,
      memberId: people.memberId,
    })
    .from(people)
    .where(inArray(people.title, titles))
    .orderBy(asc(people.createdAt), asc(people.id));
}

/**
 * The networks of Handlingsprogram 2020 (§ 4.3): the mayors' climate declaration, circular economy,
 * the ambassadors among foreign students and expats, and the two expert groups. Who is in them, and
 * from when, is the demo's own (plausible, not from the sources): the declaration's municipalities
 * with their mayors and the climate advisers (one of whom left in June 2020), the partners the
 * programme names, the expert groups' planners and business officers. Nordre Follo is in the
 * declaration network without a person of its own, so its mailing list shows a member without an
 * address.
 */
export async function loadNetworks(ctx: Ctx) {
  const r = await demoRegisters(ctx);
  const network = async (
    input: Parameters<typeof addNetwork>[0]['input'],
    created: string,
    memberships: Membership[],
  ) => {
    const row = await addNetwork({ ctx: at(ctx, created), input });
    for (const m of memberships)
      await addNetworkMember({ ctx: at(ctx, created), input: { networkId: row.id, ...m } });
    return row;
  };

  const declaration = ['Oslo', 'Asker', 'Bærum', 'Lillestrøm', 'Drammen', 'Fredrikstad', 'Hamar'];
  const mayors = await ctx.db
    .select({ id: people.id, memberId: people.memberId })
    .from(people)
    .where(
      and(
        eq(people.title, 'ordfører'),
        isNotNull(people.memberId),
        inArray(
          people.memberId,
          declaration.map((name) => r.member(name)),
        ),
      ),
    );
  const advisers = await peopleTitled(ctx, ['klimarådgiver']);
  await network(
    {
      name: 'Nettverk for oppfølging av ordførererklæringen om klima og miljø',
      purpose:
        'Følger opp ordførererklæringen om klima og miljø fra Oslo Europeisk miljøhovedstad 2019: utfordrer medlemmene og synliggjør positive resultater på klima- og miljøområdet i Osloregionen.',
      focusAreaId: r.area('Klima og miljø'),
    },
    '2019-06-03T10:00',
    [
      ...[...declaration, 'Nordre Follo'].map((name) => ({ memberId: r.member(name), validFrom: REFORM })),
      ...mayors.map((m) => ({ personId: m.id, role: 'ordfører', validFrom: REFORM })),
      ...advisers.map((p, i) => ({
        personId: p.id,
        role: i === 0 ? 'leder' : 'klimarådgiver',
        validFrom: '2019-06-01',
        // Hamar's adviser left the network when the position ended (the demo's own).
        ...(p.organisation === 'Hamar kommune' ? { validTo: '2020-06-30' } : {}),
      })),
    ],
  );

  await network(
    {
      name: 'Nettverk for sirkulærøkonomi',
      purpose:
        'En læringsarena for medlemmene om sirkulærøkonomi, i skjæringspunktet mellom miljø og næringsutvikling, sammen med Circular Norway, Norsk senter for sirkulærøkonomi og Zero.',
      focusAreaId: r.area('Klima og miljø'),
    },
    '2020-01-15T10:00',
    [
      ...['Circular Norway', 'Norsk senter for sirkulærøkonomi', 'Zero'].map((name) => ({
        partnerId: r.partner(name),
        role: 'fagpartner',
        validFrom: '2020-02-01',
      })),
      ...['Oslo', 'Asker', 'Lillestrøm', 'Fredrikstad'].map((name) => ({
        memberId: r.member(name),
        validFrom: '2020-02-01',
      })),
    ],
  );

  await network(
    {
      name: 'Ambassadørnettverk for utenlandske studenter og ex pats',
      purpose:
        'Et nettverk av ambassadører blant utenlandske studenter og ex pats, som forteller om Osloregionen internasjonalt og styrker talentrekrutteringen.',
      focusAreaId: r.area('Internasjonal profilering'),
    },
    '2020-02-10T10:00',
    [
      ...['Oslo Business Region', 'VisitOslo'].map((name) => ({
        partnerId: r.partner(name),
        role: 'samarbeidspartner',
        validFrom: '2020-03-01',
      })),
      { memberId: r.member('Oslo'), validFrom: '2020-03-01' },
    ],
  );

  const planners = await peopleTitled(ctx, ['planlegger', 'seniorrådgiver']);
  await network(
    {
      name: 'Faggruppen for areal, transport og klima',
      purpose:
        'Planleggere fra kommunene og fylkeskommunene og fagfolk innen transport og miljø; Statens vegvesen og Jernbanedirektoratet er også representert. Arena for erfaringsutveksling og forankring av det strategiske og interessepolitiske arbeidet.',
      focusAreaId: r.area('Areal og transport'),
    },
    '2018-01-02T10:00',
    planners
      .filter(
        (p) =>
          p.title === 'planlegger' || ['Statens vegvesen', 'Jernbanedirektoratet'].includes(p.organisation),
      )
      .map((p, i) => ({
        personId: p.id,
        role: p.title === 'seniorrådgiver' ? 'observatør' : i === 0 ? 'leder' : 'medlem',
        validFrom: '2018-01-01',
      })),
  );

  const business = await peopleTitled(ctx, ['næringssjef']);
  await network(
    {
      name: 'Faggruppen Næringssamarbeidet i Osloregionen',
      purpose:
        'Næringssjefer og andre fagfolk i medlemskommunene og -fylkeskommunene: læring og erfaringsoverføring, og en sterkere strategisk og interessepolitisk rolle.',
      focusAreaId: r.area('Næringsutvikling og innovasjon'),
    },
    '2018-01-02T10:00',
    [
      ...business.map((p, i) => ({
        personId: p.id,
        role: i === 0 ? 'leder' : 'medlem',
        validFrom: '2018-01-01',
      })),
      { partnerId: r.partner('Innovasjon Norge'), role: 'observatør', validFrom: REFORM },
    ],
  );
}
