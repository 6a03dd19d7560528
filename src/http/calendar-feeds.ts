import { can as canReadConsultations } from '../domain/consultations/permissions';
import { consultationDeadlines } from '../domain/consultations/queries';
import { getEvent, listEvents } from '../domain/events/queries';
import { calendarFeedOwner, listMeetings, meetingsForCalendarToken } from '../domain/meetings/queries';
import { getOrganisationProfile } from '../domain/settings/queries';
import { type CalendarEntry, calendarFeed } from '../exports/ical';
import type { Ctx } from '../kernel/ctx';
import { translate } from '../kernel/i18n';

/**
 * The calendar feeds as lists of sources. A source gives its entries as the feed's reader may see
 * them: the public feed reads as anonymous; a personal feed reads as the user the address belongs
 * to, so every source asks its own permissions. To add a source, write one function
 * of each kind that returns CalendarEntry[] (a TimedEntry, or an AllDayEntry with `date`), with ids
 * of its own (`event-<id>`), and put it in PUBLIC_SOURCES and PERSONAL_SOURCES below.
 */
export interface PublicFeed {
  /** Acts as anonymous. */
  ctx: Ctx;
  /** The site's address, without a trailing slash, for links. */
  base: string;
}

export interface PersonalFeed extends PublicFeed {
  /** Acts as the feed's owner. */
  ctx: Ctx;
  token: string;
  personId: string | null;
}

export type PublicSource = (feed: PublicFeed) => Promise<CalendarEntry[]>;
export type PersonalSource = (feed: PersonalFeed) => Promise<CalendarEntry[]>;

const t = (key: string, params?: Record<string, string | number>) => translate('nb', key, params);

/** Every meeting, as the public calendar shows it; a closed one says so, with its legal basis. */
const publicMeetings: PublicSource = async ({ ctx, base }) =>
  (await listMeetings(ctx)).map((m) => ({
    id: m.id,
    title: m.title,
    start: m.startsAt,
    end: m.endsAt,
    location: m.remote ? t('meetings.remoteMeeting') : m.location,
    description: `${m.bodyName}${m.open ? '' : ` – ${t('doc.closedMeeting', { basis: m.closedLegalBasis ?? '' })}`}`,
    url: `${base}/moter/${m.id}`,
    cancelled: m.status === 'cancelled',
  }));

/** The meetings of the bodies the owner sits in, linked to the work area. */
const myMeetings: PersonalSource = async ({ ctx, base, token }) =>
  ((await meetingsForCalendarToken(ctx.db, token)) ?? []).map(({ m, bodyName }) => ({
    id: m.id,
    title: m.title,
    start: m.startsAt,
    end: m.endsAt,
    location: m.remote ? t('meetings.remoteMeeting') : m.location,
    description: bodyName,
    url: `${base}/app/moter/${m.id}`,
    cancelled: m.status === 'cancelled',
  }));

/** Consultation deadlines as all-day entries; `link` gives the page of one, if the reader has one. */
async function deadlines(ctx: Ctx, link: (d: { id: string; answered: boolean }) => string | undefined) {
  return (await consultationDeadlines(ctx)).map(
    (d): CalendarEntry => ({
      id: `consultation-${d.id}`,
      title: t('consultations.calendarTitle', { title: d.title, authority: d.authority }),
      date: d.deadline,
      description: t('consultations.calendarDescription', { authority: d.authority }),
      url: link(d),
    }),
  );
}

/** Open and answered consultations alike; the public has a page only for the answered ones. */
const publicDeadlines: PublicSource = ({ ctx, base }) =>
  deadlines(ctx, (d) => (d.answered ? `${base}/horinger/${d.id}` : undefined));

/** The same deadlines for a user who may read the register, linked to it. */
const myDeadlines: PersonalSource = async ({ ctx, base }) =>
  canReadConsultations(ctx.actor, 'consultations.read')
    ? deadlines(ctx, (d) => `${base}/app/horinger/${d.id}`)
    : [];

/** Every event the reader may see (the public: the published ones), with its page. */
async function eventEntries(ctx: Ctx, href: (id: string) => string): Promise<CalendarEntry[]> {
  const entries: CalendarEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await listEvents(ctx, { limit: 500, cursor });
    for (const e of page.items) entries.push(eventEntry(e, href(e.id)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return entries;
}

function eventEntry(
  e: { id: string; title: string; startsAt: Date; endsAt: Date; location: string; kind: string },
  url: string,
): CalendarEntry {
  return {
    id: `event-${e.id}`,
    title: e.title,
    start: e.startsAt,
    end: e.endsAt,
    location: e.location,
    description: t(`events.kind.${e.kind}`),
    url,
    cancelled: false,
  };
}

const publicEvents: PublicSource = ({ ctx, base }) =>
  eventEntries(ctx, (id) => `${base}/arrangementer/${id}`);
const myEvents: PersonalSource = ({ ctx, base }) =>
  eventEntries(ctx, (id) => `${base}/app/arrangementer/${id}`);

const PUBLIC_SOURCES: PublicSource[] = [publicMeetings, publicDeadlines, publicEvents];
const PERSONAL_SOURCES: PersonalSource[] = [myMeetings, myDeadlines, myEvents];

/** One published event, to put in one's own calendar from its page. */
export async function eventCalendar(ctx: Ctx, id: string, base: string): Promise<string> {
  const anonymous: Ctx = { ...ctx, actor: { kind: 'anonymous' } };
  const [profile, { event }] = await Promise.all([
    getOrganisationProfile(anonymous),
    getEvent(anonymous, id),
  ]);
  return calendarFeed(profile.name, [eventEntry(event, `${base}/arrangementer/${event.id}`)]);
}

/** The public feed (/calendar.ics), read as anonymous whoever asks. */
export async function publicCalendar(ctx: Ctx, base: string): Promise<string> {
  const anonymous: Ctx = { ...ctx, actor: { kind: 'anonymous' } };
  const profile = await getOrganisationProfile(anonymous);
  const feeds = await Promise.all(PUBLIC_SOURCES.map((source) => source({ ctx: anonymous, base })));
  return calendarFeed(profile.name, feeds.flat());
}

/** A user's secret feed (/kalender/<token>.ics); null when the address is unknown or the user inactive. */
export async function personalCalendar(ctx: Ctx, token: string, base: string): Promise<string | null> {
  const owner = await calendarFeedOwner(ctx.db, token);
  if (!owner) return null;
  const mine: Ctx = { ...ctx, actor: owner.actor };
  const profile = await getOrganisationProfile(ctx);
  const feeds = await Promise.all(
    PERSONAL_SOURCES.map((source) => source({ ctx: mine, base, token, personId: owner.personId })),
  );
  return calendarFeed(profile.name, feeds.flat());
}
