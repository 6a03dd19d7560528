import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { makeUser } from '../../tests/support/fixtures';
import { testHttp } from '../../tests/support/http';
import { createCalendarFeed } from '../domain/accounts/create-calendar-feed';
import { consultationOverview } from '../domain/consultations/queries';
import { registerConsultation } from '../domain/consultations/register-consultation';
import { setConsultationStatus } from '../domain/consultations/set-consultation-status';
import { addDays, todayInOslo } from '../kernel/dates';

const database = setupTestDatabase();
const http = () => testHttp(database());

/** The events of a feed as a calendar client reads them, with their days. */
function events(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      allDay: event.startDate.isDate,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      url: v.getFirstPropertyValue('url') as string | null,
    };
  });
}

describe('consultation deadlines in the calendar', () => {
  it("A consultation due in 5 days appears in the secretariat's due-next list and in the calendar feed (/calendar.ics, as an all-day entry on its deadline)", async () => {
    const db = database().db;
    const { ctx } = await makeUser(db, { role: 'editor' });
    const today = todayInOslo(ctx.now);
    const deadline = addDays(today, 5);
    const ntp = await registerConsultation({
      ctx,
      input: {
        title: 'Høring – Nasjonal transportplan 2022–2033',
        authority: 'Samferdselsdepartementet',
        receivedOn: addDays(today, -30),
        deadline,
      },
    });
    const refused = await registerConsultation({
      ctx,
      input: {
        title: 'Innspill – gjennomgang av det næringsrettede virkemiddelapparatet',
        authority: 'Nærings- og fiskeridepartementet',
        receivedOn: addDays(today, -30),
        deadline: addDays(today, 3),
      },
    });
    await setConsultationStatus({
      ctx,
      input: {
        id: refused.id,
        version: refused.version,
        status: 'not_answered',
        reason: 'Dekkes av Østlandssamarbeidet.',
      },
    });

    const overview = await consultationOverview(ctx);
    expect(overview.dueNext.find((c) => c.id === ntp.id)?.state).toBe('open');

    const response = await http().app.request('/calendar.ics');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain(`DTSTART;VALUE=DATE:${deadline.replaceAll('-', '')}`);
    const feed = events(text);
    expect(feed.find((e) => e.uid === `consultation-${ntp.id}@samrad`)).toEqual({
      uid: `consultation-${ntp.id}@samrad`,
      summary: 'Høringsfrist: Høring – Nasjonal transportplan 2022–2033 (Samferdselsdepartementet)',
      allDay: true,
      start: deadline,
      end: addDays(deadline, 1),
      // Not answered yet: the public has no page for it.
      url: null,
    });
    expect(feed.map((e) => e.uid)).not.toContain(`consultation-${refused.id}@samrad`);

    // A member's own feed has it too, linked to the register.
    const { ctx: member } = await makeUser(db, { role: 'member' });
    const { token } = await createCalendarFeed({ ctx: member, input: {} });
    const mine = events(await (await http().app.request(`/kalender/${token}.ics`)).text());
    expect(mine.find((e) => e.uid === `consultation-${ntp.id}@samrad`)).toMatchObject({
      allDay: true,
      start: deadline,
      url: expect.stringMatching(new RegExp(`/app/horinger/${ntp.id}$`)),
    });
  });
});
