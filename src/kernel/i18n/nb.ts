import { consultationsNb } from './consultations.nb';
import { economyNb } from './economy.nb';
import { eventsNb } from './events.nb';
import { knowledgeNb } from './knowledge.nb';
import { meetingsNb } from './meetings.nb';
import { meetingsUiNb } from './meetings-ui.nb';
import { networksNb } from './networks.nb';
import { newsNb } from './news.nb';
import { organisationNb } from './organisation.nb';
import { partnersNb } from './partners.nb';
import { portalNb } from './portal.nb';
import { programmeNb } from './programme.nb';
import { programmeUiNb } from './programme-ui.nb';
import { projectsNb } from './projects.nb';
import { searchNb } from './search.nb';

/** Bokmål: the first language of the UI. Keys are grouped by area; en.ts must have the same keys. */
export const nb = {
  ...organisationNb,
  ...meetingsNb,
  ...meetingsUiNb,
  ...programmeNb,
  ...knowledgeNb,
  ...economyNb,
  ...partnersNb,
  ...consultationsNb,
  ...eventsNb,
  ...networksNb,
  ...projectsNb,
  ...searchNb,
  ...portalNb,
  ...newsNb,
  ...programmeUiNb,
  // Errors (typed domain errors → status pages, problem+json, CLI)
  'error.notFound': 'Fant ikke det du lette etter.',
  'error.notFound.title': 'Siden finnes ikke',
  'error.notFound.body':
    'Vi fant ingen side på denne adressen. Den kan være flyttet eller slettet, eller adressen kan være feilskrevet.',
  'error.unauthenticated': 'Du må logge inn for å se dette.',
  'error.unauthenticated.title': 'Du må logge inn',
  'error.forbidden': 'Du har ikke tilgang til dette.',
  'error.forbidden.title': 'Ingen tilgang',
  'error.forbidden.body':
    'Du har ikke tilgang til denne siden eller handlingen. Ta kontakt med en administrator hvis du mener du skal ha tilgang.',
  'error.csrf':
    'Skjemaet kunne ikke sendes fordi sikkerhetsnøkkelen manglet eller var utløpt. Last inn siden på nytt og prøv igjen.',
  'error.conflict': 'Endringen kolliderer med data som allerede finnes.',
  'error.conflict.title': 'Konflikt',
  'error.staleVersion':
    'Noen andre har endret dette siden du åpnet det. Last inn siden på nytt for å se endringene, og gjør dine endringer på nytt.',
  'error.validation': 'Noen felter må rettes.',
  'error.validation.title': 'Ugyldige opplysninger',
  'error.precondition.title': 'Kan ikke utføres',
  'error.rateLimited': 'For mange forsøk. Prøv igjen om {minutes} minutter.',
  'error.tooLarge': 'Forespørselen er for stor (høyst {max} MB).',
  'error.tooLarge.title': 'For stor forespørsel',
  'error.rateLimited.title': 'For mange forespørsler',
  'error.server.title': 'Noe gikk galt',
  'error.server.body': 'Det oppstod en uventet feil hos oss. Feilen er logget. Prøv igjen om litt.',
  'error.requestId': 'Feilreferanse: {id}',
  'error.invalidJson': 'Forespørselen inneholder ikke gyldig JSON.',
  'error.invalidForm': 'Forespørselen er ikke et gyldig skjema (multipart/form-data).',
  'error.invalidToken': 'Tilgangsnøkkelen er ugyldig, utløpt eller trukket tilbake.',
  'error.backHome': 'Gå til forsiden',
  'error.status': 'Feilkode {status}',

  // Validation
  'validation.required': 'Feltet må fylles ut.',
  'validation.tooShort': 'Må være minst {min} tegn.',
  'validation.tooLong': 'Kan ikke være mer enn {max} tegn.',
  'validation.tooSmall': 'Må være minst {min}.',
  'validation.tooBig': 'Kan ikke være mer enn {max}.',
  'validation.tooFew': 'Velg minst {min}.',
  'validation.tooMany': 'Velg høyst {max}.',
  'validation.fileTooBig': 'Filen er for stor (høyst {max} byte).',
  'validation.number': 'Må være et tall.',
  'validation.email': 'Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.',
  'validation.date': 'Skriv en gyldig dato (ÅÅÅÅ-MM-DD).',
  'validation.id': 'Ugyldig identifikator.',
  'validation.url': 'Skriv en gyldig nettadresse som begynner med https://.',
  'validation.format': 'Feil format.',
  'validation.oneOf': 'Velg et av alternativene.',
  'validation.unknownField': 'Ukjent felt: {keys}.',
  'validation.cursor': 'Ugyldig sidepeker. Gå tilbake til første side.',
  'validation.dateTime': 'Skriv dato og klokkeslett, for eksempel 2019-09-17T10:00.',
  'validation.invalid': 'Ugyldig verdi.',
  'validation.summary': 'Rett opp følgende før du sender inn:',

  // Layout and navigation
  'layout.skipToContent': 'Hopp til hovedinnhold',
  'layout.mainNav': 'Hovedmeny',
  'layout.appNav': 'Arbeidsmeny',
  'layout.home': 'Forside',
  'layout.login': 'Logg inn',
  'layout.logout': 'Logg ut',
  'layout.signedInAs': 'Innlogget som {name}',
  'layout.toWork': 'Til arbeidsflaten',
  'layout.toPortal': 'Til den offentlige portalen',
  'layout.language': 'Språk',
  'layout.switchLanguage': 'English',
  'layout.switchLanguageLabel': 'Change language to English',
  'layout.footer.poweredBy': 'Drevet av Samråd',
  'layout.footer.contact': 'Kontakt',
  'layout.footer.api': 'Åpne data (API)',
  'layout.dashboard': 'Oversikt',
  'layout.profile': 'Min profil',
  'layout.users': 'Brukere',
  'layout.auditLog': 'Endringslogg',
  'layout.settings': 'Innstillinger',
  'layout.admin': 'Administrasjon',

  // Roles
  'role.admin': 'Administrator',
  'role.editor': 'Redaktør (sekretariat)',
  'role.member': 'Medlem',

  // Home
  'home.title': 'Velkommen til {name}',
  'home.lead': 'Her publiserer {name} informasjon om medlemmer, organer, møter, saker og handlingsprogram.',
  'home.noDescription': 'Beskrivelsen av organisasjonen er ikke skrevet ennå.',
  'home.forStaff': 'For sekretariat og medlemmer av organene',
  'home.forStaffBody': 'Logg inn for å arbeide med møter, saker og handlingsprogram.',

  // Login
  'login.title': 'Logg inn',
  'login.email': 'E-postadresse',
  'login.password': 'Passord',
  'login.submit': 'Logg inn',
  'login.invalid': 'Feil e-postadresse eller passord.',
  'login.inactive': 'Brukeren er deaktivert. Ta kontakt med en administrator.',
  'login.throttled':
    'For mange mislykkede forsøk. Av sikkerhetshensyn må du vente {minutes} minutter før du prøver igjen.',
  'login.oidc': 'Logg inn med {label}',
  'login.or': 'eller med e-post og passord',
  'login.oidcUnknownUser':
    'Du er logget inn hos identitetsleverandøren, men har ingen bruker i Samråd. Be en administrator om å registrere e-postadressen din.',
  'login.oidcInactive': 'Brukeren din er deaktivert. Ta kontakt med en administrator.',
  'login.oidcFailed': 'Innloggingen via identitetsleverandøren mislyktes. Prøv igjen.',
  'login.oidcUnavailable':
    'Identitetsleverandøren svarer ikke akkurat nå. Prøv igjen om litt, eller logg inn med passord.',
  'login.loggedOut': 'Du er logget ut.',

  // Dashboard
  'dashboard.title': 'Oversikt',
  'dashboard.welcome': 'Hei, {name}!',
  'dashboard.role': 'Du er logget inn med rollen {role}.',
  'dashboard.recentChanges': 'Siste endringer i Samråd',
  'dashboard.myActivity': 'Din siste aktivitet',
  'dashboard.seeAll': 'Se hele endringsloggen',
  'dashboard.empty': 'Ingen hendelser ennå.',

  // Audit log
  'audit.title': 'Endringslogg',
  'audit.lead': 'Alle endringer, innlogginger og mislykkede innloggingsforsøk, nyeste først.',
  'audit.at': 'Tidspunkt',
  'audit.actor': 'Utført av',
  'audit.action': 'Handling',
  'audit.entity': 'Gjelder',
  'audit.details': 'Detaljer',
  'audit.before': 'Før',
  'audit.after': 'Etter',
  'audit.filterAction': 'Handling',
  'audit.filterAll': 'Alle handlinger',
  'audit.filter': 'Filtrer',
  'audit.count': '{total} hendelser',
  'audit.next': 'Eldre hendelser',
  'audit.first': 'Til nyeste',

  // Users
  'users.title': 'Brukere',
  'users.lead': 'Brukere med tilgang til Samråd og deres roller.',
  'users.add': 'Legg til bruker',
  'users.search': 'Søk etter navn eller e-post',
  'users.searchButton': 'Søk',
  'users.name': 'Navn',
  'users.email': 'E-postadresse',
  'users.role': 'Rolle',
  'users.status': 'Status',
  'users.active': 'Aktiv',
  'users.inactive': 'Deaktivert',
  'users.sso': 'Enkel pålogging',
  'users.password': 'Passord',
  'users.passwordHint':
    'Minst 12 tegn. La feltet stå tomt for brukere som bare logger inn med enkel pålogging.',
  'users.save': 'Lagre',
  'users.created': 'Brukeren {email} er opprettet.',
  'users.saved': 'Endringene er lagret.',
  'users.empty': 'Ingen brukere passer søket.',
  'users.count': '{total} brukere',
  'users.edit': 'Rediger {name}',
  'users.newTitle': 'Ny bruker',
  'users.activeLabel': 'Brukeren er aktiv og kan logge inn',
  'users.setPassword': 'Sett nytt passord',
  'users.setPasswordHint': 'Brukeren logges ut overalt og må bruke det nye passordet.',
  'users.passwordSet': 'Nytt passord er satt.',
  'users.next': 'Neste side',

  // Profile and tokens
  'profile.title': 'Min profil',
  'profile.changePassword': 'Bytt passord',
  'profile.currentPassword': 'Nåværende passord',
  'profile.newPassword': 'Nytt passord',
  'profile.newPasswordHint': 'Minst 12 tegn. Andre innlogginger enn denne blir logget ut.',
  'profile.passwordChanged': 'Passordet er byttet.',
  'profile.tokens': 'Personlige tilgangsnøkler',
  'profile.tokensLead':
    'Tilgangsnøkler lar skript og integrasjoner bruke API-et på dine vegne med «Authorization: Bearer».',
  'profile.tokenName': 'Navn på nøkkelen',
  'profile.tokenNameHint': 'Hva nøkkelen brukes til, for eksempel «Rapport til regnskap».',
  'profile.tokenExpires': 'Utløper (valgfritt)',
  'profile.tokenCreate': 'Lag tilgangsnøkkel',
  'profile.tokenCreated':
    'Tilgangsnøkkelen «{name}» er laget. Kopier den nå – den vises bare denne ene gangen:',
  'profile.tokenRevoke': 'Trekk tilbake',
  'profile.tokenRevoked': 'Tilgangsnøkkelen er trukket tilbake.',
  'profile.tokensEmpty': 'Du har ingen aktive tilgangsnøkler.',
  'profile.tokenLastUsed': 'Sist brukt',
  'profile.tokenNeverUsed': 'Aldri brukt',
  'profile.tokenExpired': 'Utløpt',
  'profile.never': 'Aldri',
  'profile.sessions': 'Aktive innlogginger',
  'profile.sessionStarted': 'Startet',
  'profile.sessionLastSeen': 'Sist aktiv',
  'profile.sessionMethod': 'Metode',
  'profile.sessionDevice': 'Nettleser',
  'profile.method.password': 'Passord',
  'profile.method.oidc': 'Enkel pålogging',

  // Settings
  'settings.title': 'Innstillinger',
  'settings.profile': 'Organisasjonen',
  'settings.name': 'Navn på organisasjonen',
  'settings.descriptionNb': 'Beskrivelse (bokmål)',
  'settings.descriptionEn': 'Beskrivelse (engelsk)',
  'settings.contactEmail': 'Kontakt-e-post',
  'settings.save': 'Lagre innstillingene',
  'settings.saved': 'Innstillingene er lagret.',

  // Accounts domain messages
  'accounts.emailTaken': 'Det finnes allerede en bruker med e-postadressen {email}.',
  'accounts.lastAdmin': 'Du kan ikke fjerne den siste aktive administratoren.',
  'accounts.adminExists': 'Det finnes allerede en aktiv administrator.',
  'accounts.wrongPassword': 'Nåværende passord er feil.',
  'accounts.passwordUnchanged': 'Det nye passordet må være forskjellig fra det gamle.',
  'accounts.tokenExpiryPast': 'Utløpsdatoen må være i fremtiden.',

  // Audit actions, as people read them
  'audit.action.accounts.login': 'Innlogging',
  'audit.action.accounts.login.failed': 'Mislykket innlogging',
  'audit.action.accounts.login.throttled': 'Innlogging stoppet (for mange forsøk)',
  'audit.action.accounts.logout': 'Utlogging',
  'audit.action.accounts.addUser': 'Ny bruker',
  'audit.action.accounts.updateUser': 'Endret bruker',
  'audit.action.accounts.setUserPassword': 'Nytt passord satt av administrator',
  'audit.action.accounts.changeOwnPassword': 'Byttet eget passord',
  'audit.action.accounts.createAccessToken': 'Ny tilgangsnøkkel',
  'audit.action.accounts.createCalendarFeed': 'Ny kalenderadresse',
  'audit.action.accounts.revokeAccessToken': 'Tilgangsnøkkel trukket tilbake',
  'audit.action.accounts.ensureFirstAdmin': 'Første administrator opprettet',
  'audit.action.accounts.linkOidc': 'Enkel pålogging koblet til bruker',
  'audit.action.settings.updateOrganisationProfile': 'Endret innstillinger for organisasjonen',

  // Entities (for messages like "fant ikke …")
  'entity.user': 'brukeren',
  'entity.accessToken': 'tilgangsnøkkelen',

  // Members, sub-regions, population
  'members.numberForOther':
    'Andre medlemmer enn kommuner og fylkeskommuner har ikke kommune- eller fylkesnummer.',
  'members.municipalityNumber': 'Et kommunenummer har 4 siffer, for eksempel 3019.',
  'members.countyNumber': 'Et fylkesnummer har 2 siffer, for eksempel 30.',
  'members.unknownCountyNumber': 'Det fantes ikke noe fylke med nummer {number} {date}.',
  'members.numberNotInCounty':
    'Kommunenummer {number} hører ikke til {county} (kommunenumre der begynner med {prefix}).',
  'members.unknownCounty': 'Ukjent fylke.',
  'members.countyNotInForce': '{county} gjaldt ikke {date}.',
  'members.numberTaken': 'Nummer {number} brukes allerede av {name}.',
  'members.orgNumberInvalid': 'Organisasjonsnummeret er ikke gyldig (9 siffer med riktig kontrollsiffer).',
  'members.identityFromAfterCurrent':
    'Endringen må gjelde fra en dato etter at gjeldende navn og nummer tok til å gjelde.',
  'members.alreadyLeft': 'Medlemmet har allerede gått ut.',
  'members.noticeBeforeJoining': 'Oppsigelsen kan ikke være datert før medlemskapet begynte.',
  'members.noExitNotice': 'Medlemmet har ikke sagt opp medlemskapet.',
  'members.mergeUnknown': 'Et av medlemmene som skal slås sammen, finnes ikke.',
  'members.mergeNotMember': '{name} var ikke medlem {date} og kan ikke slås sammen fra da.',
  'members.subregionNotInForce': 'Delregionen {name} fantes ikke {date}.',
  'members.populationUnknownMember': 'Folketall kan bare registreres for medlemmer som finnes.',
  'members.participationOverlaps': '{name} deltar allerede i ordningen i denne perioden.',
  'members.endBeforeStart': 'Sluttdatoen kan ikke være før startdatoen.',
  'validation.endBeforeStart': 'Sluttdatoen kan ikke være før startdatoen.',
  'people.phoneInvalid':
    'Skriv et telefonnummer med bare sifre, mellomrom og eventuelt + foran, for eksempel +47 22 00 00 00.',

  // Bodies and appointments
  'bodies.meetingsMaxBelowMin': 'Høyeste antall møter kan ikke være lavere enn laveste.',
  'bodies.onBehalfBoth': 'Velg enten et medlem eller en delregion, ikke begge.',
  'bodies.delegationToItself': 'Et organ kan ikke delegere til seg selv.',
  'bodies.notActive': '{name} var ikke virksomt {date}.',
  'bodies.appointerCycle': 'Et organ kan ikke oppnevnes av seg selv eller av et organ det selv oppnevner.',
  'bodies.onBehalfNotMember': '{name} var ikke medlem {date}.',
  'bodies.deputyForOtherBody': 'En personlig vara må være vara for et verv i det samme organet.',
  'bodies.alreadyAppointed': '{person} har allerede denne rollen i {body} i perioden.',

  // Imports
  'import.unknownColumns': 'Ukjente kolonner: {columns}.',
  'import.missingColumn': 'Kolonnen «{column}» mangler.',
  'import.noRows': 'Filen har ingen rader under overskriftene.',
  'import.badKind': 'Ukjent type «{value}» (bruk kommune, fylkeskommune eller annen).',
  'import.unknownCounty': 'Ukjent fylke «{value}» på innmeldingsdatoen.',
  'import.unknownSubregion': 'Ukjent delregion «{value}».',
  'import.duplicateNumber': 'Nummer {number} står også på linje {line}.',
  'import.badGender': 'Ukjent kjønn «{value}» (bruk kvinne, mann eller annet).',
  'import.refused': 'Ingenting er importert: rett feilene i filen og prøv igjen.',

  // Composition check
  'check.body.inactive': 'Organet var ikke virksomt denne datoen.',
  'check.seat.empty': 'Ingen er oppnevnt for {seat}.',
  'check.seat.overfilled': '{seat} har {count} medlemmer, men én plass.',
  'check.seat.noDeputy': '{seat} mangler varamedlem.',
  'check.fixed.unfilled': '{missing} plasser er ikke besatt.',
  'check.fixed.overfilled': '{extra} flere medlemmer enn plasser.',
  'check.appointment.noSeat':
    '{person} er oppnevnt for {onBehalf}, som ikke har plass i organet denne datoen.',
  'check.appointment.noOnBehalf': '{person} er ikke oppnevnt på vegne av noe medlem eller noen delregion.',
  'check.leader.missing': 'Organet har ingen leder.',
  'check.leader.many': 'Organet har {count} ledere.',
  'check.gender.imbalance':
    'Kjønnsbalansen oppfyller ikke kommuneloven § 7-6: {women} % kvinner og {men} % menn (hvert kjønn skal ha minst 40 %).',
  'check.gender.unknown': '{count} medlemmer har ikke registrert kjønn, så kjønnsbalansen er usikker.',

  'entity.member': 'medlemmet',
  'entity.subregion': 'delregionen',
  'entity.person': 'personen',
  'entity.body': 'organet',
  'entity.appointment': 'vervet',
  'entity.delegation': 'delegasjonen',
  'entity.participation': 'deltakelsen',

  'audit.action.settings.updateMembershipSettings': 'Endret regler for medlemskap',
  'audit.action.members.addMember': 'Nytt medlem',
  'audit.action.members.updateMember': 'Endret medlem',
  'audit.action.members.changeMemberIdentity': 'Nytt navn, nummer eller fylke for medlem',
  'audit.action.members.registerExitNotice': 'Utmelding registrert',
  'audit.action.members.withdrawExitNotice': 'Utmelding trukket',
  'audit.action.members.mergeMembers': 'Medlemmer slått sammen',
  'audit.action.members.addSubregion': 'Ny delregion',
  'audit.action.members.updateSubregion': 'Endret delregion',
  'audit.action.members.assignSubregion': 'Medlem flyttet til annen delregion',
  'audit.action.members.recordPopulation': 'Folketall registrert',
  'audit.action.members.addParticipation': 'Deltakelse registrert',
  'audit.action.members.endParticipation': 'Deltakelse avsluttet',
  'audit.action.members.importMembers': 'Medlemmer importert',
  'audit.action.people.addPerson': 'Ny person',
  'audit.action.people.updatePerson': 'Endret person',
  'audit.action.people.importPeople': 'Personer importert',
  'audit.action.bodies.addBody': 'Nytt organ',
  'audit.action.bodies.updateBody': 'Endret organ',
  'audit.action.bodies.appointPerson': 'Ny oppnevning',
  'audit.action.bodies.updateAppointment': 'Endret oppnevning',
  'audit.action.bodies.removeAppointment': 'Oppnevning slettet',
  'audit.action.bodies.addDelegation': 'Ny delegering',
  'audit.action.bodies.updateDelegation': 'Endret delegering',
  'audit.action.bodies.removeDelegation': 'Delegering slettet',
} as const;
