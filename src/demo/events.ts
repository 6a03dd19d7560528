import { eq } from 'drizzle-orm';
import { addSession } from '../domain/events/add-session';
import { createEvent } from '../domain/events/create-event';
import { markAttendance } from '../domain/events/mark-attendance';
import { listRegistrations } from '../domain/events/queries';
import { registerForEvent } from '../domain/events/register-for-event';
import { networks } from '../domain/networks/schema';
import type { Ctx } from '../kernel/ctx';
import { at } from './meetings-steps';
import { demoPerson } from './people-names';

const BASE = 'https://osloregionen.example.org';
const CONSENT =
  'Jeg samtykker til at Osloregionen lagrer navn, organisasjon, e-post og eventuelle kostholdsbehov for å gjennomføre arrangementet.';

// Participants are fictional demo people from far down the list, so none sits on a body too.
const PARTICIPANT_OFFSET = 500;
const ORGANISATIONS = [
  'Lillestrøm kommune',
  'Bærum kommune',
  'Asker kommune',
  'Viken fylkeskommune',
  'NHO Oslo og Viken',
  'Posten Norge',
  'Jernbanedirektoratet',
  'Ruter',
  'Oslo kommune',
  'Nordre Follo kommune',
];

/**
 * The events Handlingsprogram 2020 names, with plausible dates (the demo's own): BEST-konferansen
 * on freight and logistics, the Nordic Place Branding Conference (put off in March 2020), an
 * innovation camp, a START meeting and a meeting of the land-use expert group. BEST has its
 * registrations and attendance, made through the public registration as on the day.
 */
export async function loadEvents(ctx: Ctx) {
  const [landUse] = await ctx.db
    .select({ id: networks.id })
    .from(networks)
    .where(eq(networks.name, 'Faggruppen for areal, transport og klima'));
  const event = (when: string, input: Parameters<typeof createEvent>[0]['input']) =>
    createEvent({ ctx: at(ctx, when), input: { consentText: CONSENT, published: true, ...input } });

  const best = await event('2020-01-06T10:00', {
    title: 'BEST-konferansen 2020',
    kind: 'conference',
    description:
      'Årets BEST-konferanse har gods og logistikk som hovedtema. Resultatene fra Osloregionens gods- og logistikkprosjekt legges fram og drøftes med næringsliv, transportetater og kommunene.',
    startsAt: '2020-03-05T09:00',
    endsAt: '2020-03-05T15:30',
    location: 'Thon Hotel Oslo Airport, Gardermoen',
    capacity: 50,
    registrationOpen: true,
  });
  for (const [startsAt, endsAt, title, speakers] of [
    ['2020-03-05T09:00', '2020-03-05T09:20', 'Velkommen', ['Styreleder i Osloregionen']],
    [
      '2020-03-05T09:20',
      '2020-03-05T10:30',
      'Gods og logistikk i Osloregionen: hva viser prosjektet?',
      ['Prosjektleder, Osloregionens sekretariat'],
    ],
    [
      '2020-03-05T10:45',
      '2020-03-05T12:00',
      'Terminalstruktur og jernbanegods mot 2050',
      ['Jernbanedirektoratet', 'Statens vegvesen'],
    ],
    [
      '2020-03-05T13:00',
      '2020-03-05T14:30',
      'Samtale: siste kilometer i byene',
      ['NHO Logistikk og Transport', 'Lillestrøm kommune'],
    ],
    ['2020-03-05T14:45', '2020-03-05T15:30', 'Veien videre: innspill til Nasjonal transportplan', []],
  ] as const)
    await addSession({
      ctx: at(ctx, '2020-01-20T10:00'),
      input: { eventId: best.id, startsAt, endsAt, title, speakers: [...speakers] },
    });
  // 52 register over three weeks for 50 seats: the last two wait for one.
  for (let i = 0; i < 52; i++) {
    const person = demoPerson(PARTICIPANT_OFFSET + i);
    await registerForEvent({
      ctx: {
        ...at(ctx, '2020-01-10T08:00'),
        now: new Date(Date.parse('2020-01-10T08:00:00Z') + i * 11 * 3_600_000),
      },
      input: {
        eventId: best.id,
        baseUrl: BASE,
        name: person.name,
        email: person.email,
        organisation: ORGANISATIONS[i % ORGANISATIONS.length]!,
        dietaryNeeds: i % 9 === 0 ? 'Vegetar' : i % 13 === 0 ? 'Glutenfri' : '',
        consent: true,
      },
    });
  }
  const onTheDay = at(ctx, '2020-03-05T16:00');
  const { confirmed } = await listRegistrations(onTheDay, best.id);
  // Seven did not come.
  await markAttendance({
    ctx: onTheDay,
    input: { eventId: best.id, present: confirmed.filter((_, i) => i % 7 !== 3).map((r) => r.id) },
  });

  await event('2020-01-15T10:00', {
    title: 'Nordic Place Branding Conference 2020',
    kind: 'conference',
    description:
      'Internasjonal konferanse om steds- og regionsprofilering, i samarbeid med Oslo Business Region og VisitOslo. Utsatt på grunn av koronapandemien; ny dato kommer.',
    startsAt: '2020-04-23T09:00',
    endsAt: '2020-04-24T16:00',
    location: 'Oslo',
    capacity: 200,
    registrationOpen: false,
  });
  await event('2020-08-17T10:00', {
    title: 'Innovasjonscamp for videregående skoler 2020',
    kind: 'school_camp',
    description:
      'Elever fra videregående skoler i regionen løser oppgaver om bærekraftige byer og samfunn, i samarbeid med Ungt Entreprenørskap.',
    startsAt: '2020-10-15T08:30',
    endsAt: '2020-10-15T14:30',
    location: 'Strømmen videregående skole',
    capacity: 120,
    registrationOpen: false,
  });
  await event('2020-08-24T10:00', {
    title: 'START-møte: innovative offentlige anskaffelser',
    kind: 'seminar',
    description: 'Møteplass for kommuner og leverandører om innovative anskaffelser, med LUHO.',
    startsAt: '2020-09-24T12:00',
    endsAt: '2020-09-24T15:00',
    location: 'Digitalt (Teams)',
    capacity: null,
    registrationOpen: false,
  });
  await event('2020-01-13T10:00', {
    title: 'Møte i faggruppen for areal, transport og klima',
    kind: 'network_meeting',
    startsAt: '2020-02-11T10:00',
    endsAt: '2020-02-11T13:00',
    location: 'Osloregionens sekretariat, Oslo',
    capacity: 30,
    published: false,
    registrationOpen: false,
    networkId: landUse?.id ?? null,
  });
}
