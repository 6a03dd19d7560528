import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser } from '../../../tests/support/fixtures';
import type { Ctx } from '../../kernel/ctx';
import {
  Forbidden,
  NotFound,
  PreconditionFailed,
  RateLimited,
  Unauthenticated,
  Validation,
} from '../../kernel/errors';
import { outbox } from '../mail/schema';
import { cancelRegistration } from './cancel-registration';
import { createEvent } from './create-event';
import { markAttendance } from './mark-attendance';
import { getEvent, listRegistrations, participantsTable, registrationForToken } from './queries';
import { eventReferences } from './references';
import { REGISTRATIONS_PER_MINUTE, registerForEvent } from './register-for-event';
import { updateEvent } from './update-event';

const database = setupTestDatabase();
const db = () => database().db;
const BASE = 'https://samrad.osloregionen.no';
// Registration opens in February 2020 for the conference in March.
const FEB = new Date('2020-02-10T09:00:00Z');
const at = (ctx: Ctx, now = FEB): Ctx => ({ ...ctx, now });
const editor = async () => at((await makeUser(db(), { role: 'editor' })).ctx);
const visitor = (ip = '203.0.113.7', now = FEB) => anonymousCtx(db(), { ip, now });

async function conference(capacity: number | null = 2) {
  return createEvent({
    ctx: await editor(),
    input: {
      title: 'BEST-konferansen 2020',
      kind: 'conference',
      startsAt: '2020-03-12T09:00',
      endsAt: '2020-03-12T16:00',
      location: 'Oslo kongressenter',
      capacity,
      published: true,
      registrationOpen: true,
      consentText:
        'Jeg samtykker til at Osloregionen lagrer navn og e-post til arrangementet er gjennomført.',
    },
  });
}

const person = (name: string) => ({
  name,
  organisation: 'Lillestrøm kommune',
  email: `${name.split(' ')[0]!.toLowerCase().replace('ø', 'o').replace('æ', 'ae').replace('å', 'a')}@example.org`,
  dietaryNeeds: '',
  consent: true as const,
});

/** The event's fields as the edit form sends them back. */
const edited = (event: Awaited<ReturnType<typeof conference>>, changes: Record<string, unknown>) => ({
  id: event.id,
  version: event.version,
  baseUrl: BASE,
  title: event.title,
  kind: event.kind,
  startsAt: event.startsAt.toISOString(),
  endsAt: event.endsAt.toISOString(),
  location: event.location,
  capacity: event.capacity,
  published: event.published,
  registrationOpen: event.registrationOpen,
  consentText: event.consentText,
  ...changes,
});

const mailsTo = async (address: string) =>
  (await db().select().from(outbox).where(eq(outbox.toAddress, address))).map((m) => ({
    subject: m.subject,
    text: m.text,
  }));
const cancelToken = (text: string) => /\/arrangementer\/avmelding\/([\w-]+)/.exec(text)?.[1];

describe('event registration', () => {
  it('puts the third of three on the waiting list, moves them up when the first cancels by the link, and lists the two confirmed', async () => {
    const event = await conference(2);
    const register = (name: string) =>
      registerForEvent({ ctx: visitor(), input: { ...person(name), eventId: event.id, baseUrl: BASE } });
    expect((await register('Ingrid Bakke')).status).toBe('confirmed');
    expect((await register('Ola Haugen')).status).toBe('confirmed');
    expect((await register('Sofie Lund')).status).toBe('waiting');

    const [first] = await mailsTo('ingrid@example.org');
    expect(first?.subject).toBe('Påmeldt: BEST-konferansen 2020');
    expect(first?.text).toContain('BEST-konferansen 2020, 12. mars 2020 kl. 09:00, Oslo kongressenter.');
    const [waiting] = await mailsTo('sofie@example.org');
    expect(waiting?.subject).toBe('Venteliste: BEST-konferansen 2020');

    const token = cancelToken(first!.text)!;
    expect((await registrationForToken(anonymousCtx(db()), token)).name).toBe('Ingrid Bakke');
    const cancelled = await cancelRegistration({ ctx: visitor(), input: { token, baseUrl: BASE } });
    expect(cancelled.promoted).toBe(1);
    expect((await mailsTo('sofie@example.org')).map((m) => m.subject)).toEqual([
      'Venteliste: BEST-konferansen 2020',
      'Du har fått plass: BEST-konferansen 2020',
    ]);
    expect((await mailsTo('ingrid@example.org')).map((m) => m.subject)).toContain(
      'Avmeldt: BEST-konferansen 2020',
    );
    await expect(
      cancelRegistration({ ctx: visitor(), input: { token, baseUrl: BASE } }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
    // After the event, a cancel link changes nothing any more (nobody is mailed a seat that was).
    const olaToken = cancelToken((await mailsTo('ola@example.org'))[0]!.text)!;
    await expect(
      cancelRegistration({
        ctx: visitor('203.0.113.7', new Date('2020-03-13T10:00:00Z')),
        input: { token: olaToken, baseUrl: BASE },
      }),
    ).rejects.toMatchObject({ messageKey: 'events.eventOver' });

    const { table } = await participantsTable(await editor(), event.id);
    expect(table.rows.map((r) => r[0])).toEqual(['Ola Haugen', 'Sofie Lund']);
    expect(table.rows[0]![2]).toBe('ola@example.org');
    expect(await auditRowsFor(db(), 'events.cancelRegistration')).toHaveLength(1);
  });

  it('refuses a 10 000-character name, a script tag and a missing consent with clear messages, and a filled honeypot', async () => {
    const event = await conference(null);
    const attempt = (fields: Record<string, unknown>) =>
      registerForEvent({
        ctx: visitor(),
        input: { ...person('Kari Nordmann'), eventId: event.id, baseUrl: BASE, ...fields } as never,
      }).catch((e) => e);
    const long = await attempt({ name: 'K'.repeat(10_000) });
    expect(long).toBeInstanceOf(Validation);
    expect(long.fieldErrors.name).toEqual(['Kan ikke være mer enn 200 tegn.']);
    const script = await attempt({ name: '<script>alert(1)</script>' });
    expect(script.fieldErrors.name).toEqual(['Feltet kan ikke inneholde tegnene < og >.']);
    const consent = await attempt({ consent: undefined });
    expect(consent.fieldErrors.consent).toEqual(['Du må samtykke for å melde deg på.']);
    const bot = await attempt({ website: 'https://spam.example' });
    expect(bot.fieldErrors.website).toEqual(['Dette feltet skal stå tomt.']);
    const email = await attempt({ email: 'ikke-en-adresse' });
    expect(email.fieldErrors.email).toEqual(['Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.']);
    expect((await listRegistrations(await editor(), event.id)).confirmed).toHaveLength(0);
  });

  it('throttles 30 registrations in a minute from one address, not another address, and lets it in again a minute later', async () => {
    const event = await conference(null);
    const register = (i: number, ip = '198.51.100.20', now = FEB) =>
      registerForEvent({
        ctx: visitor(ip, now),
        input: {
          ...person(`Deltaker${i} Skole`),
          email: `deltaker${i}@example.org`,
          eventId: event.id,
          baseUrl: BASE,
        },
      }).then(
        () => 'ok',
        (e) => e,
      );
    const results = [];
    for (let i = 0; i < 30; i++)
      results.push(await register(i, '198.51.100.20', new Date(FEB.getTime() + i * 1000)));
    expect(results.filter((r) => r === 'ok')).toHaveLength(REGISTRATIONS_PER_MINUTE);
    const refused = results.find((r) => r !== 'ok');
    expect(refused).toBeInstanceOf(RateLimited);
    expect(refused.status).toBe(429);
    expect(await register(100, '198.51.100.99')).toBe('ok');
    expect(await register(101, '198.51.100.20', new Date(FEB.getTime() + 90_000))).toBe('ok');
    // The secretariat entering a school class by hand from the office is not throttled.
    const staff = { ...(await editor()), ip: '198.51.100.20' };
    for (let i = 200; i < 200 + REGISTRATIONS_PER_MINUTE + 5; i++)
      await registerForEvent({
        ctx: staff,
        input: {
          ...person(`Elev${i} Skole`),
          email: `elev${i}@example.org`,
          eventId: event.id,
          baseUrl: BASE,
        },
      });
  });

  it('answers a repeated address as a new one, sends that person a fresh cancel link, and never shows participants to the public', async () => {
    const event = await conference(5);
    const input = { ...person('Per Olsen'), eventId: event.id, baseUrl: BASE };
    const first = await registerForEvent({ ctx: visitor(), input });
    const again = await registerForEvent({ ctx: visitor(), input: { ...input, name: 'Per Olsen' } });
    expect(again).toEqual(first);
    const mails = await mailsTo('per@example.org');
    expect(mails.map((m) => m.subject)).toEqual([
      'Påmeldt: BEST-konferansen 2020',
      'Du er allerede påmeldt: BEST-konferansen 2020',
    ]);
    await expect(
      registrationForToken(anonymousCtx(db()), cancelToken(mails[0]!.text)!),
    ).rejects.toBeInstanceOf(NotFound);
    expect((await registrationForToken(anonymousCtx(db()), cancelToken(mails[1]!.text)!)).name).toBe(
      'Per Olsen',
    );

    const page = await getEvent(visitor(), event.id);
    expect(page.internal).toBeNull();
    expect(page.event.seatsLeft).toBe(4);
    expect(JSON.stringify(page)).not.toContain('per@example.org');
    await expect(listRegistrations(visitor(), event.id)).rejects.toBeInstanceOf(Unauthenticated);
    await expect(
      listRegistrations(at((await makeUser(db(), { role: 'member' })).ctx), event.id),
    ).rejects.toBeInstanceOf(Forbidden);
    const hidden = await updateEvent({
      ctx: await editor(),
      input: edited(event, { published: false }),
    });
    expect(hidden.published).toBe(false);
    await expect(getEvent(visitor(), event.id)).rejects.toBeInstanceOf(NotFound);
    await expect(
      registerForEvent({
        ctx: visitor(),
        input: { ...person('Nina Berg'), eventId: event.id, baseUrl: BASE },
      }),
    ).rejects.toBeInstanceOf(NotFound);
  });

  it('moves the waiting list up when seats are added, refuses fewer seats than confirmed, and counts who came', async () => {
    const event = await conference(1);
    for (const name of ['Anne Moen', 'Bjørn Dahl', 'Cecilie Strand'])
      await registerForEvent({
        ctx: visitor(),
        input: { ...person(name), eventId: event.id, baseUrl: BASE },
      });
    const ctx = await editor();
    const more = await updateEvent({ ctx, input: edited(event, { capacity: 3 }) });
    expect(more.capacity).toBe(3);
    const fewer = await updateEvent({ ctx, input: edited(more, { capacity: 2 }) }).catch((e) => e);
    expect(fewer.fieldErrors.capacity).toEqual([
      'Kan ikke være lavere enn antall som allerede har fått plass (3).',
    ]);
    expect((await mailsTo('cecilie@example.org')).at(-1)?.subject).toBe(
      'Du har fått plass: BEST-konferansen 2020',
    );
    const { confirmed } = await listRegistrations(ctx, event.id);
    expect(confirmed.map((r) => r.name)).toEqual(['Anne Moen', 'Bjørn Dahl', 'Cecilie Strand']);

    await expect(
      markAttendance({ ctx, input: { eventId: event.id, present: [confirmed[0]!.id] } }),
    ).rejects.toBeInstanceOf(PreconditionFailed);
    const onTheDay = at(ctx, new Date('2020-03-12T10:00:00Z'));
    expect(
      await markAttendance({
        ctx: onTheDay,
        input: { eventId: event.id, present: [confirmed[0]!.id, confirmed[2]!.id] },
      }),
    ).toEqual({ present: 2, absent: 1 });
    const ref = (await eventReferences(onTheDay, [event.id])).get(event.id);
    expect(ref).toMatchObject({ confirmed: 3, attended: 2 });
  });
});
