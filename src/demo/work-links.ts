import { and, eq } from 'drizzle-orm';
import { consultations } from '../domain/consultations/schema';
import { events } from '../domain/events/schema';
import { networks } from '../domain/networks/schema';
import { linkActivity } from '../domain/programme/link-activity';
import { activities, programmes } from '../domain/programme/schema';
import { projects } from '../domain/projects/schema';
import type { Ctx } from '../kernel/ctx';
import { at } from './meetings-steps';

/** Each register's row by its title or name. */
const BY_NAME = {
  consultationId: async (ctx: Ctx, title: string) =>
    (
      await ctx.db.select({ id: consultations.id }).from(consultations).where(eq(consultations.title, title))
    )[0],
  eventId: async (ctx: Ctx, title: string) =>
    (await ctx.db.select({ id: events.id }).from(events).where(eq(events.title, title)))[0],
  networkId: async (ctx: Ctx, name: string) =>
    (await ctx.db.select({ id: networks.id }).from(networks).where(eq(networks.name, name)))[0],
  projectId: async (ctx: Ctx, name: string) =>
    (await ctx.db.select({ id: projects.id }).from(projects).where(eq(projects.name, name)))[0],
};

/** The 2020 activity, by its text in the programme, and what was done under it. */
const LINKS: [string, keyof typeof BY_NAME, string][] = [
  [
    'Gi innspill til arbeidet med Nasjonal transportplan',
    'consultationId',
    'Høring – Nasjonal transportplan 2022–2033',
  ],
  [
    'Gi innspill til EUs transportpolitikk (TEN-T)',
    'consultationId',
    'Høring – EUs transportpolitikk / revisjon av TEN-T-forordningen',
  ],
  ['Delta i relevante høringsprosesser, bl.a. Klimakur', 'consultationId', 'Høring – Klimakur 2030'],
  [
    'Vurdere innspill i forbindelse med NFDs gjennomgang av det næringsrettede virkemiddelapparatet',
    'consultationId',
    'Innspill – gjennomgang av det næringsrettede virkemiddelapparatet',
  ],
  ['Arr. BEST-konferansen 2020 med fokus på gods og logistikk', 'eventId', 'BEST-konferansen 2020'],
  [
    'Gjennomføre Nordic Place Branding Conference i april 2020 i Oslo',
    'eventId',
    'Nordic Place Branding Conference 2020',
  ],
  [
    'Gjennomføre innovasjonscamp for videregående skoler i Osloregionen i samarbeid med Ungt Entreprenørskap',
    'eventId',
    'Innovasjonscamp for videregående skoler 2020',
  ],
  [
    'Gjennomføre START-møter i samarbeid med LUHO og innovative offentlige anskaffelser',
    'eventId',
    'START-møte: innovative offentlige anskaffelser',
  ],
  [
    'Arr. 4 – 6 møter i faggruppen for areal, transport, klima',
    'eventId',
    'Møte i faggruppen for areal, transport og klima',
  ],
  [
    'Arr. 4 – 6 møter i faggruppen for areal, transport, klima',
    'networkId',
    'Faggruppen for areal, transport og klima',
  ],
  [
    'Videreføre nettverket for oppfølging av ordførererklæringen om klima og miljø med sikte på å utfordre medlemmene og synliggjøre positive resultater på klima- og miljøområdet i Osloregionen.',
    'networkId',
    'Nettverk for oppfølging av ordførererklæringen om klima og miljø',
  ],
  [
    'Videreutvikle nettverk for sirkulærøkonomi til en læringsarena for medlemmene i Osloregionen.',
    'networkId',
    'Nettverk for sirkulærøkonomi',
  ],
  [
    'Etablere et nettverk av ambassadører blant utenlandske studenter og ex pats',
    'networkId',
    'Ambassadørnettverk for utenlandske studenter og ex pats',
  ],
  [
    'Arrangere 2- 4 møter i faggruppen Næringsssamarbeidet i Osloregionen',
    'networkId',
    'Faggruppen Næringssamarbeidet i Osloregionen',
  ],
  ['Følge opp Horizon-prosjektet Bærekraftig Osloregion', 'projectId', 'Bærekraftig Osloregion'],
  ['Følge opp Klimasats-prosjekt Veileder for klimabudsjett', 'projectId', 'Veileder for klimabudsjett'],
  [
    'Vurdere utarbeidelse av revidert gods- og logistikkstrategi',
    'projectId',
    'Gods- og logistikkprosjektet',
  ],
];

/**
 * What was done under the 2020 programme's activities, linked as the secretariat would when
 * writing the annual report: each consultation, event, network and project to its activity.
 */
export async function linkWork(ctx: Ctx) {
  for (const [text, column, name] of LINKS) {
    const [activity] = await ctx.db
      .select({ id: activities.id })
      .from(activities)
      .innerJoin(programmes, eq(programmes.id, activities.programmeId))
      .where(and(eq(programmes.year, 2020), eq(activities.text, text)));
    const target = await BY_NAME[column](ctx, name);
    if (!activity || !target) throw new Error(`Demo: cannot link "${text}" to "${name}"`);
    await linkActivity({
      ctx: at(ctx, '2020-12-15T10:00'),
      input: { activityId: activity.id, [column]: target.id },
    });
  }
}
