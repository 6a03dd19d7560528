import { and, eq, inArray } from 'drizzle-orm';
import { events } from '../domain/events/schema';
import { linkActivity } from '../domain/programme/link-activity';
import { activities, programmes } from '../domain/programme/schema';
import type { Ctx } from '../kernel/ctx';
import { at } from './meetings-steps';

/**
 * What was done under the 2020 programme's activities, linked as the secretariat would when
 * writing the annual report: each event (and consultation, network, project) to its activity.
 */
export async function linkWork(ctx: Ctx) {
  const activity = async (text: string) => {
    const [row] = await ctx.db
      .select({ id: activities.id })
      .from(activities)
      .innerJoin(programmes, eq(programmes.id, activities.programmeId))
      .where(and(eq(programmes.year, 2020), eq(activities.text, text)));
    if (!row) throw new Error(`Demo: no 2020 activity "${text}"`);
    return row.id;
  };
  const eventIds = new Map(
    (
      await ctx.db
        .select({ id: events.id, title: events.title })
        .from(events)
        .where(
          inArray(events.title, [
            'BEST-konferansen 2020',
            'Nordic Place Branding Conference 2020',
            'Innovasjonscamp for videregående skoler 2020',
            'START-møte: innovative offentlige anskaffelser',
            'Møte i faggruppen for areal, transport og klima',
          ]),
        )
    ).map((e) => [e.title, e.id]),
  );
  const links: [string, string][] = [
    ['Arr. BEST-konferansen 2020 med fokus på gods og logistikk', 'BEST-konferansen 2020'],
    [
      'Gjennomføre Nordic Place Branding Conference i april 2020 i Oslo',
      'Nordic Place Branding Conference 2020',
    ],
    [
      'Gjennomføre innovasjonscamp for videregående skoler i Osloregionen i samarbeid med Ungt Entreprenørskap',
      'Innovasjonscamp for videregående skoler 2020',
    ],
    [
      'Gjennomføre START-møter i samarbeid med LUHO og innovative offentlige anskaffelser',
      'START-møte: innovative offentlige anskaffelser',
    ],
    [
      'Arr. 4 – 6 møter i faggruppen for areal, transport, klima',
      'Møte i faggruppen for areal, transport og klima',
    ],
  ];
  for (const [text, title] of links)
    await linkActivity({
      ctx: at(ctx, '2020-12-15T10:00'),
      input: { activityId: await activity(text), eventId: eventIds.get(title)! },
    });
}
