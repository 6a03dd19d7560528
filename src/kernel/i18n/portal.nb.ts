/** Bokmål texts of the public portal: home, members, bodies, people, decisions, programme, about. */
export const portalNb = {
  // Menu and footer
  'portal.nav.decisions': 'Vedtak',
  'portal.nav.programme': 'Handlingsprogram',
  'portal.footer.about': 'Om oss',
  'portal.footer.accessibility': 'Tilgjengelighetserklæring',

  // Shared
  'portal.col.body': 'Organ',
  'portal.col.kind': 'Type',
  'portal.col.role': 'Rolle',
  'portal.col.person': 'Person',
  'portal.col.onBehalf': 'På vegne av',
  'portal.col.deputies': 'Vara',
  'portal.col.period': 'Periode',
  'portal.col.members': 'Oppnevnte i dag',
  'portal.filter': 'Vis',
  'portal.aboutBody': 'Om {name}',
  'portal.all': 'Alle',

  // Home
  'portal.home.programme': 'Visjon og innsatsområder',
  'portal.home.vision': 'Visjonen: {vision}',
  'portal.home.focusAreas': 'Innsatsområdene i {year}',
  'portal.home.programmeLink': 'Les handlingsprogrammet for {year}',
  'portal.home.noProgramme': 'Det er ikke vedtatt noe handlingsprogram ennå.',
  'portal.home.meetings': 'Kommende møter',
  'portal.home.noMeetings': 'Det er ikke satt opp noen møter fremover.',
  'portal.home.allMeetings': 'Alle møter',
  'portal.home.events': 'Kommende arrangementer',
  'portal.home.noEvents': 'Det er ikke publisert noen arrangementer fremover.',
  'portal.home.allEvents': 'Alle arrangementer',
  'portal.home.decisions': 'Siste vedtak',
  'portal.home.noDecisions': 'Det er ikke publisert noen vedtak ennå.',
  'portal.home.allDecisions': 'Alle vedtak',

  // Members
  'portal.members.title': 'Medlemmer',
  'portal.members.lead':
    '{name} har {total} medlemmer per {date}: {municipalities} kommuner og {counties} fylkeskommuner.',
  'portal.members.caption': 'Medlemmer per {date}, i alfabetisk rekkefølge',
  'portal.members.name': 'Medlem',
  'portal.members.subregion': 'Delregion',
  'portal.members.population': 'Innbyggere',
  'portal.members.populationYear': '{value} ({year})',
  'portal.members.none': 'Det er ikke registrert noen medlemmer ennå.',
  'portal.members.pages': 'Sider i medlemslisten',

  // A member
  'portal.member.number': 'Nummer',
  'portal.member.orgNumber': 'Organisasjonsnummer',
  'portal.member.county': 'Fylke',
  'portal.member.subregion': 'Delregion',
  'portal.member.joinedOn': 'Medlem fra',
  'portal.member.leftOn': 'Medlem til',
  'portal.member.population': 'Innbyggere',
  'portal.member.populationValue': '{value} per 1. januar {year}',
  'portal.member.formerMember': '{name} er ikke lenger medlem. Siste medlemsdag var {date}.',
  'portal.member.successors': 'Videreført i',
  'portal.member.predecessors': 'Videreført fra',
  'portal.member.representatives': 'Representanter',
  'portal.member.representativesLead': 'Hvem som representerer {name} i organene per {date}.',
  'portal.member.noRepresentatives': '{name} har ingen representanter i organene per {date}.',
  'portal.member.fee': 'Kontingent',
  'portal.member.feeLead': 'Kontingenten for {year} er fastsatt i',
  'portal.member.feeCase': 'sak {number}',
  'portal.member.feeLeadNoCase': 'Kontingenten for {year}.',
  'portal.member.feeNone': 'Det er ikke fastsatt noen kontingent for {name} ennå.',
  'portal.member.feeMissingPopulation':
    'Kontingenten for {year} kan ikke regnes ut fordi innbyggertallet per {date} mangler.',
  'portal.member.feePopulation': 'Innbyggere per {date}',
  'portal.member.feeRate': 'Sats per innbygger',
  'portal.member.feeAmount': 'Kontingent',
  'portal.member.feeFloor': 'hevet til minstebeløpet',
  'portal.member.feeCap': 'begrenset til høyeste beløp',
  'portal.member.feePartYear': 'for {days} av årets {of} dager',
  'portal.member.feeTotal': 'Til sammen',
  'portal.member.feeShare': 'Andel av all kontingent',

  // Bodies
  'portal.bodies.title': 'Organer',
  'portal.bodies.lead': 'Organene i {name}: hvem som sitter der i dag, og hvem som har sittet der før.',
  'portal.bodies.active': 'Organer i dag',
  'portal.bodies.former': 'Tidligere organer',
  'portal.bodies.none': 'Det er ikke registrert noen organer ennå.',

  // A body
  'portal.body.mandate': 'Mandat',
  'portal.body.appointedBy': 'Oppnevnes av',
  'portal.body.predecessor': 'Erstatter',
  'portal.body.successor': 'Erstattet av',
  'portal.body.period': 'Periode',
  'portal.body.meetingsPerYear': 'Møter per år',
  'portal.body.meetingsRange': '{min}–{max}',
  'portal.body.composition': 'Sammensetning per {date}',
  'portal.body.noComposition': 'Ingen er oppnevnt til {name} per {date}.',
  'portal.body.deputies': 'Varamedlemmer',
  'portal.body.personalDeputy': 'personlig vara for {name}',
  'portal.body.history': 'Tidligere oppnevninger',
  'portal.body.historyLead': 'Etter periode, den siste først.',
  'portal.body.noHistory': 'Det er ikke registrert noen tidligere oppnevninger.',
  'portal.body.historyPages': 'Sider i historikken',
  'portal.body.delegations': 'Delegert myndighet',
  'portal.body.delegationTo': 'Delegert til',
  'portal.body.delegationFrom': 'Delegert fra',
  'portal.body.meetings': 'Møter',
  'portal.body.noMeetings': 'Det er ikke registrert noen møter i {name}.',
  'portal.body.allMeetings': 'Møtekalenderen',
  'portal.body.decisions': 'Vedtak i {name}',

  // A person
  'portal.person.lead': 'Verv i {name}',
  'portal.person.current': 'Verv nå',
  'portal.person.noCurrent': 'Ingen verv per {date}.',
  'portal.person.past': 'Tidligere verv',
  'portal.person.noPast': 'Ingen tidligere verv.',

  // Decisions
  'portal.decisions.title': 'Vedtak',
  'portal.decisions.lead':
    'Vedtak i offentlige saker, det siste først. Hvert vedtak lenker til saken med saksframlegg og dokumenter.',
  'portal.decisions.body': 'Organ',
  'portal.decisions.year': 'År',
  'portal.decisions.count': '{count} vedtak',
  'portal.decisions.none': 'Det er ikke publisert noen vedtak ennå.',
  'portal.decisions.noneFiltered': 'Ingen vedtak passer med det du har valgt.',
  'portal.decisions.pages': 'Sider i vedtakslisten',
  'portal.decisions.feed': 'Følg nye vedtak (Atom-feed)',
  'portal.decisions.meeting': 'Møtet {date}',
  'portal.outcome.adopted': 'Vedtatt',
  'portal.outcome.rejected': 'Falt',
  'portal.outcome.tied': 'Stemmelikhet',
  'portal.outcome.noted': 'Tatt til orientering',

  // Programme
  'portal.programme.title': 'Handlingsprogram',
  'portal.programme.lead':
    'Handlingsprogrammet sier hva {name} skal arbeide med hvert år. Årsrapporten forteller hva som ble gjort.',
  'portal.programme.none': 'Det er ikke vedtatt noe handlingsprogram ennå.',
  'portal.programme.adoptedOn': 'Vedtatt {date}',
  'portal.programme.activities': '{count} aktiviteter',
  'portal.programme.report': 'Årsrapport {year}',
  'portal.programme.reportPending': 'Årsrapporten for {year} er ikke publisert ennå.',
  'portal.programme.downloads': 'Last ned',
  'portal.programme.document': 'Handlingsprogrammet',
  'portal.programme.back': 'Alle handlingsprogram',
  'portal.report.document': 'Årsrapporten',
  'portal.report.pendingBody':
    'Årsrapporten for {year} publiseres når styret har godkjent årsrapport og regnskap, normalt i mars året etter.',
  'portal.report.programmeLink': 'Handlingsprogrammet for {year}',

  // About
  'portal.about.title': 'Om {name}',
  'portal.about.facts': 'Fakta',
  'portal.about.founded': 'Etablert',
  'portal.about.members': 'Medlemmer',
  'portal.about.membersValue': '{total} ({municipalities} kommuner og {counties} fylkeskommuner)',
  'portal.about.contact': 'Kontakt',
  'portal.about.what': 'Hva er et interkommunalt politisk råd?',
  'portal.about.whatBody':
    'Et interkommunalt politisk råd er et samarbeid mellom kommuner og fylkeskommuner etter kommuneloven kapittel 18. Rådet er et forum for drøfting og samordning av politiske spørsmål som går på tvers av kommunegrensene, og kan ta initiativ overfor myndigheter og andre. Rådets øverste organ er representantskapet, der hver deltaker har minst ett medlem.',
  'portal.about.more': 'Les mer',
  'portal.about.openData': 'Åpne data',
  'portal.about.openDataLead': 'Det som er offentlig i portalen, kan også hentes maskinelt:',
  'portal.about.api': 'REST-API, med beskrivelse i OpenAPI',
  'portal.about.oparl': 'OParl 1.1, den åpne standarden for data fra folkevalgte organer',
  'portal.about.calendar': 'Kalender (iCalendar) med møter, arrangementer og høringsfrister',

  // Accessibility statement
  'portal.a11y.title': 'Tilgjengelighetserklæring',
  'portal.a11y.lead':
    'Erklæringen gjelder den offentlige portalen til {name}: alle sider som kan leses uten å logge inn.',
  'portal.a11y.requirement': 'Krav til universell utforming',
  'portal.a11y.requirementBody':
    'Offentlige virksomheter skal følge forskrift om universell utforming av IKT-løsninger. Forskriften krever at nettsteder oppfyller suksesskriteriene i WCAG 2.1 på nivå A og AA, med de unntakene forskriften gjør.',
  'portal.a11y.status': 'Status',
  'portal.a11y.statusBody':
    'Alle offentlige sider testes automatisk med verktøyet axe mot WCAG 2.1 nivå A og AA hver gang programvaren endres, både med og uten JavaScript i nettleseren. Testene finner ingen alvorlige eller kritiske brudd. Sidene kan brukes med tastatur, har en lenke for å hoppe til hovedinnholdet, og fungerer uten JavaScript.',
  'portal.a11y.manual':
    'Automatiske tester finner bare en del av mulige feil. Vi har testet tastaturbruk av menyen og lenken til hovedinnholdet manuelt, men vi har ennå ikke gått gjennom alle suksesskriteriene manuelt eller testet med skjermleser. Det kan derfor finnes brudd vi ikke kjenner til.',
  'portal.a11y.deviations': 'Kjente avvik',
  'portal.a11y.deviationsNone': 'Vi kjenner ikke til brudd på kravene i sidene selv.',
  'portal.a11y.deviationsAttachments':
    'Vedlegg til saker (PDF- og Word-filer) lastes opp av sekretariatet og er ikke kontrollert for universell utforming. Innkallinger, protokoller, handlingsprogram og årsrapporter lages av portalen og finnes også som nettsider.',
  'portal.a11y.feedback': 'Tilbakemelding',
  'portal.a11y.feedbackBody':
    'Er det noe som ikke fungerer for deg, eller trenger du innhold i et annet format? Skriv til oss, så svarer vi så snart vi kan.',
  'portal.a11y.feedbackEmail': 'E-post:',
  'portal.a11y.feedbackNoEmail': 'Kontakt sekretariatet i {name}.',
  'portal.a11y.complaint': 'Klage',
  'portal.a11y.complaintBody':
    'Får du ikke svar, eller er du ikke fornøyd med svaret, kan du melde fra til Tilsynet for universell utforming av IKT (Uu-tilsynet).',
  'portal.a11y.complaintLink': 'Meld fra til Uu-tilsynet',
  'portal.a11y.about': 'Om erklæringen',
  'portal.a11y.dated':
    'Erklæringen ble skrevet {date}. Den følger oppbygningen i Digitaliseringsdirektoratets mal for tilgjengelighetserklæringer.',
} as const;
