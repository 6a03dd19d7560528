import { createNews } from '../domain/news/create-news';
import { publishNews } from '../domain/news/publish-news';
import { getProgramme } from '../domain/programme/queries';
import type { Ctx } from '../kernel/ctx';
import { at } from './meetings-steps';

interface DemoNews {
  title: string;
  lead: string;
  body: string;
  area: string;
  /** Oslo time it was written; published an hour later unless a draft. */
  written: string;
  draft?: true;
}

/**
 * The secretariat's news of early 2020. Facts from the seed (Handlingsprogram 2020): the vision and
 * the five focus areas, klima og miljø as an area of its own from 2020, BEST-konferansen 2020 on
 * freight and logistics as input to the National Transport Plan, the conversion to an
 * interkommunalt politisk råd after case 39/19 of 17 September 2019, the Nordic Place Branding
 * Conference planned for April 2020 in Oslo, and the 2019 innovation camps at 19 upper secondary
 * schools with Ungt Entreprenørskap. The demo's own: every date and wording, the conference's
 * day and place (as in the demo events), its postponement, and that the camp item is still a draft.
 */
const NEWS: DemoNews[] = [
  {
    title: 'Handlingsprogram 2020 er vedtatt',
    lead: 'Styret har vedtatt handlingsprogrammet for 2020. Klima og miljø blir et eget innsatsområde.',
    body: [
      'Visjonen ligger fast: **Osloregionen skal være en konkurransedyktig og bærekraftig region i Europa.**',
      '',
      'Arbeidet i 2020 skjer innenfor fem innsatsområder:',
      '',
      '- Administrasjon og kommunikasjon',
      '- Areal og transport',
      '- Klima og miljø',
      '- Næringsutvikling og innovasjon',
      '- Internasjonal profilering',
      '',
      'Klima og miljø har fram til og med 2019 vært et tema under areal og transport. Fra 2020 er det et eget område, med blant annet nettverket for oppfølging av ordførererklæringen om klima og miljø og nettverket for sirkulærøkonomi.',
    ].join('\n'),
    area: 'Administrasjon og kommunikasjon',
    written: '2020-01-08T09:00',
  },
  {
    title: 'BEST-konferansen 2020 handler om gods og logistikk',
    lead: 'Resultatene fra Osloregionens gods- og logistikkprosjekt legges fram på årets BEST-konferanse 5. mars.',
    body: [
      'Gods- og logistikkprosjektet gir regionen et kunnskapsgrunnlag for å forstå utfordringene og mulighetene på området. Prosjektet er hovedtema på årets BEST-konferanse på Gardermoen.',
      '',
      'Sammen med Osloregionens areal- og transportstrategi blir kunnskapsgrunnlaget brukt i innspillene til arbeidet med **Nasjonal transportplan**.',
      '',
      'Påmeldingen er åpen på [arrangementssiden](/arrangementer).',
    ].join('\n'),
    area: 'Areal og transport',
    written: '2020-02-03T09:00',
  },
  {
    title: 'Osloregionen blir interkommunalt politisk råd',
    lead: 'I løpet av 2020 omdannes Osloregionen til et interkommunalt politisk råd etter kommuneloven kapittel 18.',
    body: [
      'Styret vedtok 17. september 2019 i sak 39/19 *Konsekvenser av ny kommunelov for Osloregionen* at alliansen skal omdannes til et interkommunalt politisk råd.',
      '',
      'Den politiske organiseringen må tilpasses bestemmelsene i loven. Sekretariatet følger samtidig opp organisasjonsprosessene med Østlandssamarbeidet og Osloregionens Europakontor.',
    ].join('\n'),
    area: 'Administrasjon og kommunikasjon',
    written: '2020-02-20T09:00',
  },
  {
    title: 'Nordic Place Branding Conference er utsatt',
    lead: 'Konferansen om steds- og regionsprofilering, planlagt i Oslo i april, er utsatt på grunn av koronapandemien.',
    body: [
      'Nordic Place Branding Conference skulle samle fagfolk fra hele Norden i Oslo 23.–24. april 2020, i samarbeid med Oslo Business Region og VisitOslo.',
      '',
      'Ny dato kommer. Alle som har meldt interesse, får beskjed.',
    ].join('\n'),
    area: 'Internasjonal profilering',
    written: '2020-03-13T09:00',
  },
  {
    title: 'Ny innovasjonscamp for videregående skoler',
    lead: 'Osloregionen vurderer en ny runde med innovasjonscamp sammen med Ungt Entreprenørskap.',
    body: [
      'I 2019 gjennomførte Osloregionen innovasjonscamp ved 19 videregående skoler i Oslo, Akershus, Østfold og Hedmark i samarbeid med Ungt Entreprenørskap. Temaet var innovasjon knyttet til bærekraftige byer og samfunn.',
      '',
      'Temaet for 2020 avklares med Ungt Entreprenørskap.',
    ].join('\n'),
    area: 'Næringsutvikling og innovasjon',
    written: '2020-05-04T09:00',
    draft: true,
  },
];

/** The demo's news items, written and published through the verbs on their 2020 dates. */
export async function loadNews(ctx: Ctx) {
  const areas = (await getProgramme(ctx, 2020)).focusAreas;
  for (const item of NEWS) {
    const focusAreaId = areas.find((a) => a.name === item.area)!.id;
    const news = await createNews({
      ctx: at(ctx, item.written),
      input: { title: item.title, lead: item.lead, body: item.body, focusAreaId },
    });
    if (item.draft) continue;
    await publishNews({
      ctx: at(ctx, item.written.replace('T09:00', 'T10:00')),
      input: { id: news.id, version: news.version },
    });
  }
}
