/**
 * The demo's case papers, grounded in Handlingsprogram 2020 (§§ 2.1, 3 and 4.3): what the board,
 * the council and the expert groups dealt with in 2018–2020. Amounts the programme does not state
 * are left out rather than made up.
 */
export interface Paper {
  title: string;
  background: string;
  assessment: string;
  proposedDecision: string;
}

/** A phrase found only in the exempt case and its attachment: leak tests look for it in public output. */
export const SECRET_PHRASE = 'inntil 2 150 kroner per kvadratmeter';

export const REVIEW_2018: Paper = {
  title: 'Videreutvikling av samarbeidet i Osloregionen',
  background:
    'Osloregionen, Østlandssamarbeidet og Osloregionens Europakontor arbeider alle med regional utvikling og interessepolitikk på Østlandet, og har delvis de samme medlemmene. Flere medlemmer har spurt om samarbeidet kan organiseres enklere og mer samordnet.\n\n' +
    'Regionreformen gir nye fylkeskommuner fra 1. januar 2020, og ny kommunelov trer i kraft etter kommunevalget i 2019. Begge deler får betydning for hvordan det regionale samarbeidet bør organiseres.',
  assessment:
    'Sekretariatet mener det ikke er hensiktsmessig å endre organiseringen nå. Flere av fylkeskommunene som deltar i de tre organisasjonene, slås sammen fra 2020, og konsekvensene av ny kommunelov er ennå ikke avklart. En gjennomgang bør gjøres når de nye fylkeskommunene er etablert.\n\n' +
    'Sekretariatene i de tre organisasjonene bør i mellomtiden utrede spørsmålet, slik at styret har et godt grunnlag når saken tas opp igjen.',
  proposedDecision:
    '1. Gjennomgangen av organiseringen av det regionale samarbeidet på Østlandet utsettes til 2020.\n' +
    '2. Styret ber sekretariatene i Østlandssamarbeidet, Osloregionens Europakontor og Osloregionen utrede spørsmålet om videreutvikling av samarbeidet i Osloregionen.',
};

export const FEE_2020: Paper = {
  title: 'Kontingent for 2020',
  background:
    'Samarbeidsrådet vedtar i sitt årlige møte kontingent for kommende år. Med utgangspunkt i dette vedtar styret handlingsprogram og budsjett, normalt i november/desember.\n\n' +
    'Kontingenten er Osloregionens viktigste inntekt og finansierer sekretariatet og aktivitetene i handlingsprogrammet.',
  assessment:
    'Regionreformen gir nye fylkeskommuner fra 1. januar 2020, og flere medlemskommuner slås sammen. Styret anbefaler at beregningsmodellen fra 2019 videreføres, slik at en sammenslått kommune betaler for de samlede innbyggerne i kommunene den består av.',
  proposedDecision:
    '1. Kontingenten for 2020 beregnes per innbygger etter samme modell som for 2019.\n' +
    '2. Innbyggertallet per 1. januar 2019 legges til grunn; for sammenslåtte kommuner summen av de tidligere kommunene.\n' +
    '3. Styret vedtar handlingsprogram og budsjett for 2020 innenfor denne rammen.',
};

export const NEW_ACT_2019: Paper = {
  title: 'Konsekvenser av ny kommunelov for Osloregionen',
  background:
    'Ny kommunelov (lov 22. juni 2018 nr. 83) trer i kraft når de nye kommunestyrene og fylkestingene konstitueres høsten 2019. Loven har i kapittel 18 en egen samarbeidsform for kommuner og fylkeskommuner som vil samarbeide om regionale spørsmål: **interkommunalt politisk råd**.\n\n' +
    'Et interkommunalt politisk råd bygger på en samarbeidsavtale som kommunestyrene og fylkestingene selv vedtar, og har et representantskap som øverste organ (§ 18-3). Osloregionen er i dag en frivillig samarbeidsallianse med egne vedtekter.',
  assessment:
    'Osloregionens roller – å utvikle felles holdninger og strategier, påvirke nasjonale myndigheter og skape møteplasser – passer godt med formålet til et interkommunalt politisk råd. Sekretariatet anbefaler derfor at Osloregionen omdannes til interkommunalt politisk råd i løpet av 2020.\n\n' +
    'Omdanningen innebærer at Samarbeidsrådet erstattes av et representantskap, og vedtektene av en samarbeidsavtale som hvert medlem må vedta. Organiseringen av profileringsarbeidet i Oslo Brand Partner Arena kan trolig ikke videreføres og må vurderes på nytt.',
  proposedDecision:
    '1. Osloregionen omdannes i løpet av 2020 til interkommunalt politisk råd, jf. kommuneloven kapittel 18.\n' +
    '2. Sekretariatet utarbeider forslag til samarbeidsavtale, som legges fram for styret og deretter for medlemmenes kommunestyrer og fylkesting.\n' +
    '3. Osloregionens politiske organisering tilpasses lovens bestemmelser.',
};

export const PROGRAMME_2020: Paper = {
  title: 'Handlingsprogram 2020',
  background:
    'Med utgangspunkt i Samarbeidsrådets kontingentvedtak vedtar styret årlig handlingsprogram og budsjett. Utkastet til Handlingsprogram 2020 (datert 26. november 2019) beskriver Osloregionens organisering, plan- og budsjettprosessen og aktivitetene i 2020 innen fem innsatsområder: administrasjon og kommunikasjon, areal og transport, klima og miljø, næringsutvikling og innovasjon, og internasjonal profilering.',
  assessment:
    'Klima og miljø foreslås fra 2020 som et eget innsatsområde; til og med 2019 har det vært en del av areal og transport. Internasjonal profilering tas inn i den ordinære handlingsplanen, fordi organiseringen i Oslo Brand Partner Arena trolig ikke kan videreføres etter omdanningen til interkommunalt politisk råd (sak 39/19).\n\n' +
    'Konsekvensene av omdanningen er ikke fullt ut kjent. Handlingsprogrammet må derfor kunne justeres i løpet av året.',
  proposedDecision:
    'Styret vedtar Handlingsprogram 2020 for Osloregionen i samsvar med utkastet datert 26. november 2019.',
};

export const BUDGET_2020: Paper = {
  title: 'Budsjett 2020',
  background:
    'Styret vedtar årlig budsjett for samarbeidsalliansens virksomhet. Budsjettet for 2020 bygger på kontingenten Samarbeidsrådet fastsatte i sitt møte 9. mai 2019, og på aktivitetene i Handlingsprogram 2020.',
  assessment:
    'Fra 2020 inngår det internasjonale profileringsarbeidet i Osloregionens ordinære budsjett, slik det også er tatt inn i handlingsprogrammet. Arbeidet med tilpasning til ny kommunelov gjennomføres av sekretariatet.',
  proposedDecision:
    '1. Styret vedtar budsjett for 2020 i samsvar med sekretariatets forslag.\n' +
    '2. Sekretariatet gis fullmakt til mindre omdisponeringer mellom postene innenfor den samlede rammen.',
};

/** The exempt case: its title too is withheld from the public (offentleglova § 23 første ledd). */
export const OFFICE_LEASE: Paper = {
  title: 'Leie av kontorlokaler for sekretariatet – forhandlingsmandat',
  background:
    'Sekretariatets leieavtale for kontorlokaler løper ut, og utleier har gitt tilbud om ny avtale. Sekretariatet har også innhentet tilbud på alternative lokaler i Oslo sentrum.',
  assessment: `Sekretariatet anbefaler å forhandle om fornyelse av dagens avtale. Forhandlingsrammen holdes fortrolig av hensyn til Osloregionens forhandlingsposisjon: styret bør gi fullmakt til en leie på ${SECRET_PHRASE} per år.`,
  proposedDecision: `Styret gir daglig leder fullmakt til å inngå ny leieavtale for sekretariatets kontorlokaler med en leie på ${SECRET_PHRASE} per år og en leietid på inntil fem år.`,
};

export const ACCOUNTS_2019: Paper = {
  title: 'Årsrapport og regnskap 2019',
  background:
    'Årsrapport og regnskap godkjennes av styret, normalt i mars, og legges fram for Samarbeidsrådet til orientering.',
  assessment:
    'Årsrapporten viser aktiviteten i 2019 innen areal og transport, næringsutvikling og innovasjon og internasjonal profilering, blant annet Osloregionens deltakelse i Oslo Europeisk miljøhovedstad 2019.',
  proposedDecision:
    'Styret godkjenner årsrapport og regnskap for 2019. Årsrapporten legges fram for Samarbeidsrådet til orientering.',
};

export const AGREEMENT_2020: Paper = {
  title: 'Forslag til samarbeidsavtale for Osloregionen interkommunalt politisk råd',
  background:
    'Styret vedtok 17. september 2019 (sak 39/19) at Osloregionen skal omdannes til interkommunalt politisk råd i løpet av 2020, og ba sekretariatet utarbeide forslag til samarbeidsavtale.',
  assessment:
    'Forslaget viderefører Osloregionens formål og arbeidsformer. Representantskapet blir øverste organ, med én representant for hvert medlem, og fastsetter kontingent og strategier. Styret vedtar årlig handlingsprogram og budsjett innenfor rammene representantskapet setter.',
  proposedDecision:
    'Styret slutter seg til forslaget til samarbeidsavtale og anbefaler medlemmene å vedta den i sine kommunestyrer og fylkesting.',
};
