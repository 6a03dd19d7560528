/** Bokmål texts of search. */
export const searchNb = {
  'nav.search': 'Søk',
  'search.title': 'Søk',
  'search.lead':
    'Søk i saker, saksdokumenter og vedlegg, møter, handlingsprogrammet, høringer, arrangementer og nyheter.',
  'search.query': 'Søkeord',
  'search.type': 'Type',
  'search.allTypes': 'Alle typer',
  'search.year': 'År',
  'search.submit': 'Søk',
  'search.type.case': 'Sak',
  'search.type.document': 'Dokument',
  'search.type.meeting': 'Møte',
  'search.type.activity': 'Aktivitet i handlingsprogrammet',
  'search.type.consultation': 'Høring',
  'search.type.event': 'Arrangement',
  'search.type.news': 'Nyhet',
  'search.count': '{count} treff',
  'search.none': 'Ingen treff på «{q}». Prøv et annet ord, eller fjern filtrene.',
  'search.results': 'Søkeresultater',
} as const;
