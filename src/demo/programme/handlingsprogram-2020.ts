import type { SeedProgramme } from './seed-types';

/**
 * Handlingsprogram 2020 as the customer wrote it (../shared/seed/000_004ffbd40783494e.txt), word
 * for word, typing slips included. Where the source tables lost their bullet points, each activity
 * is the sentence a reader sees as one point. Chapters 1–3 keep only the text that is not generated
 * from the register (founding date, members, bodies, staff, the cycle).
 */
const DIALOGUE = 'Dialog med og påvirke nasjonale myndigheter';
const STRATEGIES = 'Utvikle felles holdninger og strategier';
const IDENTITY = 'Styrke felles identitet';
const MEETING_PLACES = 'Skape møteplasser og nettverk';
const EXPERIENCE = 'Erfaringsoverføring og kunnskapsutvikling';
const COOPERATION = 'Samarbeide og bygge nettverk med andre organisasjoner';
const KNOWLEDGE = 'Samle kunnskap, statistikk og foreta analyser om regionen';

export const HANDLINGSPROGRAM_2020: SeedProgramme = {
  year: 2020,
  title: 'Handlingsprogram 2020',
  vision: 'Osloregionen skal være en konkurransedyktig og bærekraftig region i Europa.',
  visionText:
    'Visjonen skal underbygges med flerkjernet utvikling basert på ulike regionale fortrinn, kvaliteter og muligheter, sterkere byer/byklynger, og samordnede areal og transportløsninger som ivaretar klima og miljø.',
  roles: [
    { name: 'utvikle felles holdninger og strategier', label: STRATEGIES },
    { name: 'ha dialog med og påvirke nasjonale myndigheter', label: DIALOGUE },
    { name: 'styrke felles identitet', label: IDENTITY },
    { name: 'skape møteplasser og nettverk', label: MEETING_PLACES },
    { name: 'drive erfaringsoverføring og kunnskapsutvikling', label: EXPERIENCE },
    { name: 'samarbeide og bygge nettverk med andre organisasjoner', label: COOPERATION },
    { name: 'samle kunnskap, statistikk og foreta analyser om regionen', label: KNOWLEDGE },
  ],
  focusAreasIntro: 'Osloregionens arbeid i 2020 skjer innenfor følgende områder:',
  activitiesIntro: [
    'Matrisen nedenfor viser planlagte aktiviteter fordelt på de ulike hovedtema. Osloregionens sekretariat vil være gjennomfører og ha et oppfølgingsansvar på vegne av Osloregionen. Osloregionen vil imidlertid samarbeide med en rekke andre organisasjoner i gjennomføringen av tiltakene.',
    'Når det gjelder innsatsområdene areal og transport, klima og miljø, næringsutvikling og innovasjon, samt internasjonal profilering, er oversikten over aktivitetene satt opp i forhold til Osloregionens roller og arbeidsformer som er beskrevet i 4.1. I noen tilfeller vil aktivitetene imidlertid bygge opp under flere enn en rolle/arbeidsform. Flere av aktivitetene vil dessuten ha betydning for flere enn ett innsatsområde.',
  ].join('\n\n'),
  focusAreas: [
    {
      name: 'Administrasjon og kommunikasjon',
      intro:
        'Dette innsatsområdet omfatter overordnede og temaovergrepene aktiviteter i regi av sekretariatet i Osloregionen. De fleste av disse er løpende oppgaver. Dette knytter seg til:',
      tasks: [
        {
          title: 'Forberedelse og oppfølging av møter i politiske og administrative fora.',
          text: 'Dette inkluderer utarbeidelse av saksunderlag for beslutninger, praktisk tilrettelegging for møter, utarbeidelse av referater og prosedyrer for oppfølging og gjennomføring.',
        },
        {
          title: 'Medlemspleie, møter med regionråd, fylkeskommuner og enkeltkommuner.',
          text: 'Dette innebærer tilgjengeliggjøring av informasjon om Osloregionens arbeid og organisering, medlemskap, kontingent, samt dialog med medlemmene om aktuelle utfordringer og muligheter i regionen som er av betydning for Osloregionens arbeid.',
        },
        {
          title: 'Kommunikasjon.',
          text: 'Dette innebærer kommunikasjon om Osloregionens arbeid via web, sosiale medier, møter og arenaer samt pressearbeid. Kommunikasjonsarbeidet skal være tilpasset behovet i relasjon til både interne og eksterne målgrupper. I 2020 skal det utvikles en ny kommunikasjonsstrategi for Osloregionen.',
        },
        {
          title: 'Organisasjonsutvikling.',
          text: 'Dette innebærer tilpasning av organiseringen til oppgaver og gjeldende økonomiske rammer. I 2020 vil arbeidet også omfatte arbeid med tilpasning til ny kommunelov, samt å følge opp organisasjonsprosesser i forhold til Østlandssamarbeidet og Osloregionens Europakontor.',
        },
      ],
    },
    {
      name: 'Areal og transport',
      cells: [
        {
          role: STRATEGIES,
          activities: [
            {
              text: 'Følge opp Osloregionens areal- og transportstrategi 2016, med fokus på samordnet areal- og transportutbygging',
            },
            { text: 'Vurdere utarbeidelse av revidert gods- og logistikkstrategi' },
            { text: 'Vurdere revisjon av ATP-strategi, oppstart 2021' },
          ],
        },
        {
          role: DIALOGUE,
          activities: [
            { text: 'Gi innspill til arbeidet med Nasjonal transportplan' },
            { text: 'Gi innspill til EUs transportpolitikk (TEN-T)' },
            { text: 'Delta i relevante høringsprosesser.' },
          ],
        },
        {
          role: MEETING_PLACES,
          activities: [
            { text: 'Arr. 4 – 6 møter i faggruppen for areal, transport, klima' },
            { text: 'Arr. BEST-konferansen 2020 med fokus på gods og logistikk' },
          ],
        },
        {
          role: EXPERIENCE,
          activities: [
            {
              text: 'Bruke faggruppe-møter og konferanser til læring på tvers, besøk i ulike deler av regionen',
            },
            { text: 'Vurdere deltagelse i relevante internasjonale nettverk' },
          ],
        },
        {
          role: COOPERATION,
          activities: [
            {
              text: 'Samarbeide med Østlandssamarbeidet, NHO, LO, Zero, og andre relevante etater og organisasjoner',
              partners: ['Østlandssamarbeidet', 'NHO', 'LO', 'Zero'],
            },
          ],
        },
        {
          role: KNOWLEDGE,
          activities: [
            { text: 'Samle kunnskap om status innen gods- og logistikkområdet' },
            { text: 'Ha oversikt over de viktigste utfordringene innen jernbaneutbygging på Østlandet' },
            { text: 'Oppdatere kunnskap om befolkningsutvikling, pendling og transportmønster i regionen.' },
            { text: 'Vurdere muligheter for kartlegging av tilgjengelige næringsarealer' },
          ],
        },
      ],
      comments: [
        'Areal og transport har vært det viktigste samarbeidsområdet for Osloregionen siden oppstarten. Vekst og endringer i befolkningen, nye næringsstrukturer, økte transportbehov og hensynet til en bærekraftig regional utvikling er sentrale drivere på området. Et grunnprinsipp i Osloregionens areal- og transportstrategi er at utviklingen i regionen bør skje ut i fra en flerkjernet utvikling, med attraktive byer og tettsteder i hele regionen, og at det er i hele Osloregionens interesse å bygge opp under en slik utvikling.',
        'I 2020 fortsetter arbeidet med Osloregionens gods- og logistikkprosjekt, som vil gi regionen et kunnskapsgrunnlag for å forstå utfordringene og mulighetene innenfor dette området. Gods- og logistikkprosjektet vil være hovedtema på årets BEST-konferanse. Dette vil, sammen med Osloregionens areal- og transportstrategi, være grunnlag for innspill fra Osloregionen til arbeidet med Nasjonal transportplan.',
        'Osloregionen vil samarbeide med andre organisasjoner og virksomheter i gjennomføringen av arbeidet. Østlandssamarbeidet, som består av de tre Østlandsfylkene samt Oslo kommune, vil være spesielt viktig når det gjelder det interessepolitiske arbeidet på dette området. Osloregionen vil også fortsette arbeidet med fokus på grensekryssende jernbaneløsninger og følge opp EU-kommisjonens arbeid med TEN-T programmet. Spesielt viktig er at strekningen Oslo – Stockholm igjen kommer inn i kjernenettverket i EUs transportsystem, i tillegg til at fremdriften i utbyggingen av jernbane fra Oslo mot Gøteborg, København og Hamburg forseres og beholder sin nåværende status. Her vil Osloregionens Europakontor være en viktig samarbeidspartner.',
        'Faggruppen for areal, transport og klima er helt sentral på dette området. Gruppen består av planleggere fra kommunene og fylkeskommunene og fagfolk med kompetanse innen transport og miljø. Statens Vegvesen og Jernbanedirektoratet er også representert i faggruppen. Gruppen er viktig arena for erfaringsutveksling og læring, samt for forankring av Osloregionens strategiske og interessepolitiske arbeid på området.',
        'Klima og miljø har frem til og med 2019 vært integrert som et tema innenfor dette området. Fra 2020 foreslås dette som et eget temaområde i Osloregionens arbeid, jfr. punkt 4.3.3.',
      ].join('\n\n'),
    },
    {
      name: 'Klima og miljø',
      cells: [
        {
          role: DIALOGUE,
          activities: [
            { text: 'Følge opp arbeidet med helhetlig plan for Oslofjorden' },
            {
              text: 'Arbeide for bedre nasjonale rammer for arbeid med sirkulærøkonomi på lokalt og regionalt nivå',
            },
            { text: 'Utarbeide forslag til behandling i styret og interessepolitisk utvalg' },
            { text: 'Delta i relevante høringsprosesser, bl.a. Klimakur' },
          ],
        },
        {
          role: MEETING_PLACES,
          activities: [
            {
              text: 'Videreføre nettverket for oppfølging av ordførererklæringen om klima og miljø med sikte på å utfordre medlemmene og synliggjøre positive resultater på klima- og miljøområdet i Osloregionen.',
            },
            {
              text: 'Videreutvikle nettverk for sirkulærøkonomi til en læringsarena for medlemmene i Osloregionen.',
            },
          ],
        },
        {
          role: EXPERIENCE,
          activities: [
            { text: 'Følge opp Horizon-prosjektet Bærekraftig Osloregion' },
            { text: 'Følge opp Klimasats-prosjekt Veileder for klimabudsjett' },
            { text: 'Andre relevante prosjekter' },
          ],
        },
        {
          role: COOPERATION,
          activities: [
            {
              text: 'Samarbeide med Circular Norway, Norsk senter for sirkulærøkonomi, Zero og andre relevante organisasjoner.',
              partners: ['Circular Norway', 'Norsk senter for sirkulærøkonomi', 'Zero'],
            },
          ],
        },
        {
          role: KNOWLEDGE,
          activities: [
            {
              text: 'Samle informasjon om klima og miljøstatus i Osloregionen basert på tilgjengelig statistikk og egne undersøkelser.',
            },
            { text: 'Vurdere muligheter for regional sirkulærøkonomisk kartlegging.' },
          ],
        },
      ],
      comments: [
        'Miljø og klima kom inn som et viktigere tema i Osloregionens arbeid i forbindelse med revidert Areal- og transportstrategi i 2016, der det ble satt tydeligere mål for klima miljøutviklingen i regionen. I 2019 er fokuset på miljø og klima blitt ytterligere forsterket gjennom involveringen av regionen i Oslo Europeisk miljøhovedstad 2019, med bl.a. ordførererklæringen for klima og miljø, kartlegging av klimastatus i Osloregionen og arbeid med en rekke små og store miljøprosjekter i regionen.',
        'Det er etablert en ad hoc arbeidsgruppe som følger oppfølgingen av ordførererklæringen om klima og miljø. Dette vil være et viktig nettverk for dette arbeidet også i 2020.',
        'Sirkulærøkonomi er også kommet på agendaen i Osloregionen. Dette er et viktig tema i flere av kommunene, i skjæringspunktet mellom miljø/bærekraft og næringsutvikling. Her vil Osloregionen kunne ha en rolle i forhold til kunnskapsdeling på tvers, samt ved å bidra til å løfte temaet interessepolitisk overfor nasjonale myndigheter. Innenfor det interessepolitiske arbeidet, vil dessuten Klima- og miljødepartementets arbeid med plan for Oslofjorden være en aktuell sak for Osloregionen.',
        'Osloregionen er sammen med andre partnere involvert i prosjektene Bærekraftig Osloregion og arbeid med Veileder for klimabudsjett. Disse prosjektene vil kunne være viktige kilder for erfaringsoverføring og kunnskapsdeling i regionen.',
        'Klima- og miljøstatus i regionen vil være viktig kunnskapsgrunnlag for videre arbeid på området. Det tas sikte på å oppdatere status i regionen, hovedsakelig med utgangspunkt i foreliggende statistikk.',
      ].join('\n\n'),
    },
    {
      name: 'Næringsutvikling og innovasjon',
      cells: [
        {
          role: STRATEGIES,
          activities: [
            {
              text: 'Arbeide for nærings- og innovasjonssamarbeid på tvers av kommune- og fylkesgrenser på Østlandet',
            },
          ],
        },
        {
          role: DIALOGUE,
          activities: [
            {
              text: 'Vurdere innspill i forbindelse med NFDs gjennomgang av det næringsrettede virkemiddelapparatet',
            },
            { text: 'Utarbeide forslag til behandling i styret og interessepolitisk utvalg' },
            { text: 'Delta i relevante høringsprosesser.' },
          ],
        },
        {
          role: IDENTITY,
          activities: [
            { text: 'Dele kunnskap om regionens sterke nærings- og innovasjonsmiljøer' },
            {
              text: 'Arrangere samlinger og besøk til næringslivet i ulike deler av Osloregionen i forbindelse med møter i faggruppen Næringsssamarbeidet i Osloregionen.',
            },
          ],
        },
        {
          role: MEETING_PLACES,
          activities: [
            { text: 'Arrangere 2- 4 møter i faggruppen Næringsssamarbeidet i Osloregionen' },
            {
              text: 'Gjennomføre omvendt dialogkonferanse om bærekraftig digitalisering samarbeid med IKT-Norge og Leverandørutviklingsprogrammet i Hovedstadsregionen (LUHO)',
              partners: ['IKT-Norge', 'LUHO'],
            },
          ],
        },
        {
          role: EXPERIENCE,
          activities: [
            {
              text: 'Gjennomføre innovasjonscamp for videregående skoler i Osloregionen i samarbeid med Ungt Entreprenørskap',
              partners: ['Ungt Entreprenørskap'],
            },
            {
              text: 'Gjennomføre START-møter i samarbeid med LUHO og innovative offentlige anskaffelser',
              partners: ['LUHO'],
            },
          ],
        },
        {
          role: COOPERATION,
          activities: [
            {
              text: 'Samarbeide med bl.a. Østlandssamarbeidet, lokale næringsforeninger i regionen, NHO, Innovasjon Norge, Oslo Business Region.',
              partners: ['Østlandssamarbeidet', 'NHO', 'Innovasjon Norge', 'Oslo Business Region'],
            },
            { text: 'Ha kontakt med de viktigste næringsklyngene i regionen.' },
          ],
        },
        {
          role: KNOWLEDGE,
          activities: [{ text: 'Samle kunnskap om næringsstruktur, trender, utfordringer for næringslivet' }],
        },
      ],
      comments: [
        'Osloregionen, Osloregionens Europakontor og Østlandssamarbeidet engasjerte i 2017 NIBR og Oxford Research til å foreta en gjennomgang av sterke innovasjonsmiljøer og virkemidler innenfor næringsutvikling og innovasjon. Dette er et viktig kunnskapsgrunnlag for regionen, og kilde til mer innsikt i Osloregionens næringsstruktur både innen det regionale samarbeidet, overfor nasjonale aktører og med hensyn til internasjonal profilering.',
        'I tråd med det overordnede prinsippet om å legge til rette for en flerkjernet utvikling i Osloregionen, er utvikling av sterke innovasjonsmiljøer og næringsklynger en viktig regional faktor, også når disse miljøene geografisk strekker seg over kommune- og fylkesgrenser. For Osloregionen har derfor disse sammenhengene vært viktige, og Osloregionen har hatt kontakt og samarbeid med flere av næringsklyngene i regionen særlig knyttet til internasjonalisering/ posisjonering av regionen. Kartleggingen av sterke innovasjonsmiljøer kan også være viktig i forhold til mulig utvikling av strategier for smart spesialisering, noe bl.a. Kommunal- og regionaldepartementet, Forskningsrådet og Innovasjon Norge har uttrykt støtte til. Den pågående gjennomgangen av næringsrettede virkemidler i regi av Nærings- og fiskeridepartementet kan også være viktig for Osloregionen i en slik sammenheng.',
        'Medlemmene i Osloregionen besitter sterk innkjøpsmakt som kan benyttes til å stimulere innovasjon, bl.a. innenfor grønne løsninger. Osloregionen har en samarbeidsavtale med Leverandørutviklingsprogrammet for hovedstadsregionen (LUHO). Osloregionen vil i løpet av 2020 samarbeide med LUHO og IKT Norge om aktiviteter som oppfølging av denne avtalen.',
        'I 2019 har Osloregionen gjennomført innovasjonscamp ved 19 videregående skoler i Oslo, Akershus, Østfold og Hedmark i samarbeid med Ungt Entreprenørskap. Temaet har vært innovasjon knyttet til bærekraftige byer og samfunn. Samarbeidet har vært vellykket, og Osloregionen vil i 2020 vurdere et tilsvarende samarbeid. Temaer for dette må avklares nærmere i samarbeid med bl.a. Ungt Entreprenørskap.',
        'Faggruppen Næringsssamarbeidet i Osloregionen består bl.a. av næringsssjefer og andre fagfolk i medlemskommunene og –fylkeskommunene i Osloregionen. Gruppen har bl.a. vært en viktig arena for læring og erfaringsoverføring mellom medlemmene. Det er imidlertid ønskelig at gruppen også tar en sterkere strategisk og interessepolitisk rolle, på samme måte som Faggruppen for areal, transport og klima.',
      ].join('\n\n'),
    },
    {
      name: 'Internasjonal profilering',
      cells: [
        {
          role: STRATEGIES,
          activities: [
            { text: 'Følge opp internasjonal profileringsstrategi for Osloregionen' },
            {
              text: 'Utarbeide en handlingsrettet fireårig strategi for Osloregionens arbeid med internasjonal profilering med vekt på bl.a. talentrekruttering, tekniske besøk, investeringer og samarbeidsrelasjoner',
            },
          ],
        },
        {
          role: DIALOGUE,
          activities: [
            {
              text: 'Arbeide for å forenkle prosessene med å få nødvendige tillatelser i forbindelse med utlendinger som har adgang til å arbeide eller studere i Norge',
            },
            {
              text: 'Se profileringsarbeidet i sammenheng med arbeidet innen areal- og transport, klima og miljø og næringsutvikling og innovasjon.',
            },
            { text: 'Utarbeide forslag til behandling i styret og interessepolitisk utvalg' },
            { text: 'Delta i relevante høringsprosesser' },
          ],
        },
        {
          role: IDENTITY,
          activities: [
            {
              text: 'Hjelpe lokale aktører med å fortelle sin historie lokalt, regionalt, nasjonalt og internasjonalt',
            },
            { text: 'Synliggjøre felles regionale effekter av arbeid med å styrke regionens omdømme.' },
          ],
        },
        {
          role: MEETING_PLACES,
          activities: [
            {
              text: 'Etablere tettere samarbeid om internasjonal profilering med Oslo Business Region og VisitOslo',
              partners: ['Oslo Business Region', 'VisitOslo'],
            },
            {
              text: 'Etablere nettverk av organisasjoner, institusjoner, klynger og bedrifter som har interesse av Osloregionens og merkevaren Oslos internasjonale omdømme',
            },
            { text: 'Etablere samarbeid med lokale omdømmeprojekter i kommunene og fylkeskommunene' },
            { text: 'Gjennomføre Nordic Place Branding Conference i april 2020 i Oslo' },
            { text: 'Etablere et nettverk av ambassadører blant utenlandske studenter og ex pats' },
          ],
        },
        {
          role: EXPERIENCE,
          activities: [
            { text: 'Dele kunnskap om metoder og virkemidler i omdømmearbeid' },
            {
              text: 'Lære av internasjonale miljøer gjennom bl.a. Oslo International Advisory Board samt ulike internasjonale nettverk',
              partners: ['Oslo International Advisory Board'],
            },
            {
              text: 'Arbeide for å etablere webplattformer som synliggjør muligheter for investeringer, arbeid, studier og kunnskap om Osloregionen og viktige aktører i regionen',
            },
          ],
        },
        {
          role: COOPERATION,
          activities: [
            {
              text: 'Gjennomføre profileringsprosjekter i samarbeid med stakeholdere i regionen for å styrke regionens omdømme nasjonalt og internasjonalt; bl.a. for å rekruttere talent, tiltrekke investeringer og bedriftsetableringer, eksport gjennom tekniske besøk, forsterke internasjonale samarbeidsrelasjoner.',
            },
          ],
        },
        {
          role: KNOWLEDGE,
          activities: [
            { text: 'Ha oversikt over relevante fakta og kvaliteter i hele regionen.' },
            { text: 'Samle kunnskap om Osloregionens omdømme og effektene av profileringsarbeidet.' },
          ],
        },
      ],
      comments: [
        'Internasjonal profilering ble pekt ut som et samarbeidsområde for Osloregionen allerede i 2005, men ble først et viktig arbeidsområde for samarbeidet fra og med 2013. I 2015 vedtok Osloregionen en internasjonal profileringsstrategi som ligger til grunn for arbeidet. I 2018 og 2019 har profileringsarbeidet vært organisert i en egen beslutningsstruktur kalt Oslo Brand Partner Arena, som har fått delegert fullmakt fra styret i Osloregionen til å fatte vedtak om handlingsplan, budsjett og godkjenne årsrapport og regnskap. Oslo Brand Partner Arena har bestått av de av Osloregionens medlemmer som har bidratt med et ekstra bidrag til Osloregionens internasjonale profileringsarbeid. I 2019 var dette 30 av Osloregionens medlemmer. I forbindelse med omdanningen av Osloregionen til interkommunalt politisk råd, jfr. punkt 2.1, vil denne organiseringen trolig ikke kunne videreføres. Plan for arbeidet innen temaområdet internasjonal profilering er derfor tatt inn i Osloregionens ordinære handlingsplan for 2020.',
        'Flere internasjonale rangeringer og studier viser at merkevaren Oslo inkludert Osloregionen siden 2015 har bedret sitt internasjonale omdømme på en rekke viktige områder. I tillegg er kunnskapen om vår region forsterket blant viktige målgrupper internasjonalt. Dette er en konsekvens av arbeid utført av en rekke aktører og organisasjoner i regionen. Dette gjør det naturlig å vri en større del av innsatsen innenfor Osloregionens profileringsarbeid over mot å skape verdi for virksomheter i regionen ved å utnytte mulighetene som ligger i regionens samlede omdømme. Dette kan bl.a. omfatte rekruttering av internasjonale talenter, tiltrekking av bedrifter og investeringer, besøkende og muligheter for å utvikle internasjonale samarbeidsprosjekter. Samtidig er det høstet en rekke erfaringer om hva som er hensiktsmessige måter å arbeide, samt hvordan kommuner, fylkeskommuner, næringsliv, universiteter og andre virksomheter kan involveres i profileringsarbeidet på en best mulig måte. Basert på dette, legges det i 2020 opp til å utarbeide en handlingsrettet fireårig strategi for profileringsarbeidet. Saken vil bli forankret i organisasjonen og behandlet i styret.',
        'Som en del av profileringsarbeidet, legges det opp til å jobbe mer med å utvikle lokalt omdømme generelt hos medlemmer og organisasjoner i Osloregionen, bl.a. i samarbeid med lokale omdømmeprosjekter, bl.a. med tanke på lærings på tvers og det å skape sterkere synergier mellom det regionale, nasjonale og det internasjonale omdømmearbeidet.',
        'Det legges opp til å gjennomføre flere ulike internasjonale profileringsprosjekter i 2020, bl.a. på MIPIM-messen i Cannes, om mat- og drikkekultur i Osloregionen i samarbeid med VisitOSLOregion, om grønn innovasjon og trevirke som ressurs, om innovasjon i samarbeid med Oslo Business Region i forbindelse med Oslo Innovation Week og om kultur i samarbeid med bl.a. det nye Munch-museet og det regionale Munch-nettverket.',
        'Det legges videre opp til å arbeide med å utvikle tekniske besøk fra internasjonale delegasjoner til Osloregionen får fremme henholdsvis grønn teknologi i samarbeid med Kunnskapsbyen Lillestrøm, og helseteknologi i samarbeid med Norway Health Tech. Det legges også på til å arbeide sammen med Hamarregionen om utvikling av spill/VR-klynga VRINN, om rekruttering av talent i samarbeid med Norway Health Tech, om studentattraktivitet i samarbeid med OsloMET Universitet samt gjennom ambassadørprogrammet Join the Nordics i samarbeid med flere nordiske storbyregioner.',
        'For å utnytte offentlige midler til profileringsformål best mulig, legges det opp til å løse flere prosjekter og oppgaver sammen med andre organisasjoner, som f.eks. VisitOSLO, VisitOSLOregion, Oslo Business Region og Innovasjon Norge/VisitNorway. Samarbeidet vil også omfatte innhenting av fakta og analyse av effektene av det internasjonale profileringsarbeidet.',
        'For å sørge for kunnskapsmessig forankring av arbeidet, legges det opp til å videreføre møter med Osloregionens internasjonale advisory board, der Osloregionen har tilgang til spisskompetanse innen profileringsarbeid på høyt nivå, samt samarbeid med andre byregioner som bl.a. Amsterdam og Barcelona.',
      ].join('\n\n'),
    },
  ],
  texts: {
    about: [
      'Osloregionen er en frivillig sammenslutning basert på interessefellesskap. I følge vedtektene er grunnlaget for å søke om medlemskap «erkjennelse om tilhørighet til det felles bolig- og arbeidsmarked av byer og bysamfunn som har Oslo som sitt naturlige sentrum».',
      'Alliansen har ingen formell myndighet, og må vise sin eksistensberettigelse og nå sine mål gjennom meningsdannelse, påvirkning og samordning.',
      'Samarbeidsalliansens overordnede målsetting er **å styrke Osloregionen som en konkurransedyktig og bærekraftig region i Europa**. Alt Osloregionen gjør skal ha relevans for denne målsettingen. Strategiene for å nå målet kan deles i to:',
      [
        '- Innsatsen for å påvirke positivt ulike faktorer som gjør Osloregionen både konkurransekraftig og bærekraftig, dvs. **gjøre Osloregionen bedre**.',
        '- Den direkte innsatsen for å profilere og markedsføre Osloregionen, nasjonalt og internasjonalt, dvs. **gjøre Osloregionen bedre kjent**.',
      ].join('\n'),
    ].join('\n\n'),
    organisationalChanges: [
      'I henhold til vedtak i styret den 17. september 2019, sak 39/19 Konsekvenser av ny kommunelov for Osloregionen, skal Osloregionen i løpet av 2020 omdannes til interkommunalt politisk råd jfr. kommuneloven kapittel 18. Dette innebærer at Osloregionen-s politiske organisering må tilpasses bestemmelsene i loven. Konsekvensene av dette er ikke fullt ut kjent på det tidspunkt som styret i Osloregionen behandler handlingsprogrammet for 2020.',
      'I forbindelse med behandling av sak 55/18 Videreutvikling av samarbeidet i Osloregionen i styremøtet den 4. desember 2018, ble det besluttet å utsette en gjennomgang av organiseringen av det regionale samarbeidet på Østlandet til 2020. Styret uttrykte ønske om at sekretariatene i de tre organisasjonene Østlandssamarbeidet, Osloregionens Europakontor og Osloregionen utreder spørsmålet om videreutvikling av samarbeidet i Osloregionen.',
    ].join('\n\n'),
    administration:
      '**Prosjektorganisering:** Når oppgaver prosjektorganiseres, etableres egne prosjektgrupper. Faggruppene, evt. supplert med eksterne representanter, vil ofte utgjøre basis for sammensetning av prosjektgrupper. Ved behov suppleres også med ad hoc-grupper for å løse oppgaver som ikke naturlig faller inn under ansvarsområdet til en av faggruppene, f.eks. Miljø- og klimagruppe for oppfølging av Ordførererklæring på miljø og klima.',
    process:
      'Det vil kunne bli endringer i disse prosessene som følge av bl.a. omdanning til interkommunalt politisk råd, jfr. pkt. 2.1.',
  },
};
