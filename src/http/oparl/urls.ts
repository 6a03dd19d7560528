/**
 * The canonical URLs of the OParl interface: every object's `id` is its URL under PUBLIC_URL (or
 * the request's origin), and that URL answers with the object. Our rows' UUIDs are the path
 * segments; the alliance (System, Body) has no row and a fixed segment.
 */
export const OPARL_PATH = '/oparl/v1';

/** The one Body: the alliance whose installation this is. */
export const BODY_KEY = 'alliance';

/** The lists the Body links to, by their path segment. */
export const LISTS = {
  organization: 'organizations',
  person: 'persons',
  meeting: 'meetings',
  paper: 'papers',
  agendaItem: 'agenda-items',
  consultation: 'consultations',
  file: 'files',
  locationList: 'locations',
  legislativeTermList: 'legislative-terms',
  membership: 'memberships',
} as const;

export type ListName = keyof typeof LISTS;

export function oparlUrls(publicUrl: string) {
  const base = `${publicUrl}${OPARL_PATH}`;
  const body = `${base}/body/${BODY_KEY}`;
  return {
    system: `${base}/system`,
    bodies: `${base}/bodies`,
    body,
    list: (name: ListName) => `${body}/${LISTS[name]}`,
    organization: (id: string) => `${base}/organization/${id}`,
    person: (id: string) => `${base}/person/${id}`,
    membership: (id: string) => `${base}/membership/${id}`,
    meeting: (id: string) => `${base}/meeting/${id}`,
    agendaItem: (id: string) => `${base}/agenda-item/${id}`,
    consultation: (id: string) => `${base}/consultation/${id}`,
    paper: (id: string) => `${base}/paper/${id}`,
    /** A case's document, or a meeting's notice (innkalling) or minutes (protokoll). */
    file: (id: string, part: 'document' | 'notice' | 'minutes' = 'document') =>
      part === 'document'
        ? `${base}/file/${id}`
        : `${base}/file/${id}/${part === 'notice' ? 'innkalling' : 'protokoll'}`,
    location: (key: string) => `${base}/location/${key}`,
    legislativeTerm: (key: string) => `${base}/legislative-term/${key}`,
    /** The portal's pages and downloads (outside OParl). */
    web: {
      home: `${publicUrl}/`,
      meeting: (id: string) => `${publicUrl}/moter/${id}`,
      body: (id: string) => `${publicUrl}/organer/${id}`,
      member: (id: string) => `${publicUrl}/medlemmer/${id}`,
      person: (id: string) => `${publicUrl}/personer/${id}`,
      case: (id: string) => `${publicUrl}/saker/${id}`,
      document: (id: string) => `${publicUrl}/filer/${id}`,
      notice: (id: string) => `${publicUrl}/moter/${id}/innkalling`,
      minutes: (id: string) => `${publicUrl}/moter/${id}/protokoll`,
    },
  };
}

export type OparlUrls = ReturnType<typeof oparlUrls>;
