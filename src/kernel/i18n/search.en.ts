import type { searchNb } from './search.nb';

/** English texts of search. */
export const searchEn: Record<keyof typeof searchNb, string> = {
  'nav.search': 'Search',
  'search.title': 'Search',
  'search.lead':
    'Search cases, papers and attachments, meetings, the action programme, consultations, events and news.',
  'search.query': 'Search words',
  'search.type': 'Type',
  'search.allTypes': 'All types',
  'search.year': 'Year',
  'search.submit': 'Search',
  'search.type.case': 'Case',
  'search.type.document': 'Document',
  'search.type.meeting': 'Meeting',
  'search.type.activity': 'Activity in the action programme',
  'search.type.consultation': 'Consultation',
  'search.type.event': 'Event',
  'search.type.news': 'News item',
  'search.count': '{count} hits',
  'search.none': 'No hits for “{q}”. Try another word, or remove the filters.',
  'search.results': 'Search results',
};
