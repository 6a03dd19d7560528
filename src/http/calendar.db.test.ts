import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { makeUser } from '../../tests/support/fixtures';
import { testHttp } from '../../tests/support/http';
import { makeBoard, makeBody } from '../../tests/support/organisation';
import { createCalendarFeed } from '../domain/accounts/create-calendar-feed';
import { updateUser } from '../domain/accounts/update-user';
import { cancelMeeting } from '../domain/meetings/cancel-meeting';
import { scheduleMeeting } from '../domain/meetings/schedule-meeting';

const database = setupTestDatabase();
const http = () => testHttp(database());

/** The events of a feed as a calendar client reads them. */
function events(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      location: event.location,
      status: v.getFirstPropertyValue('status'),
      url: String(v.getFirstPropertyValue('url')),
    };
  });
}

describe('calendar feeds', () => {
  it('publish the meetings at the right moment (10:00 in Oslo in summer is 08:00 UTC), cancelled ones marked', async () => {
    const { ctx } = await makeUser(database().db, { role: 'editor' });
    const { body } = await makeBoard(database().db, 'Styret i kalenderen');
    const held = await scheduleMeeting({
      ctx,
      input: {
        bodyId: body.id,
        startsAt: '2019-09-17T10:00',
        endsAt: '2019-09-17T13:00',
        location: 'Akershus fylkeshus',
      },
    });
    const cancelled = await scheduleMeeting({
      ctx,
      input: { bodyId: body.id, startsAt: '2019-12-03T10:00', remote: true },
    });
    await cancelMeeting({ ctx, input: { id: cancelled.id, version: cancelled.version } });

    const response = await http().app.request('/calendar.ics');
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const feed = events(await response.text());
    expect(feed.find((e) => e.summary === held.title)).toMatchObject({
      start: '2019-09-17T08:00:00.000Z',
      location: 'Akershus fylkeshus',
      status: 'CONFIRMED',
      url: expect.stringMatching(new RegExp(`/moter/${held.id}$`)),
    });
    expect(feed.find((e) => e.summary === cancelled.title)).toMatchObject({
      start: '2019-12-03T09:00:00.000Z',
      location: 'Fjernmøte',
      status: 'CANCELLED',
    });
  });

  it("give a user a secret feed of their own bodies' meetings, and stop the old address when a new one is made", async () => {
    const db = database().db;
    const { ctx: editor } = await makeUser(db, { role: 'editor' });
    const board = await makeBoard(db, 'Styret med egen kalender');
    const other = await makeBody(db, { type: 'open' }, 'Et organ uten meg');
    await scheduleMeeting({ ctx: editor, input: { bodyId: board.body.id, startsAt: '2020-03-10T10:00' } });
    await scheduleMeeting({ ctx: editor, input: { bodyId: other.id, startsAt: '2020-03-11T10:00' } });

    const { ctx: admin } = await makeUser(db, { role: 'admin' });
    const { user, ctx: member } = await makeUser(db, { role: 'member' });
    await updateUser({
      ctx: admin,
      input: { id: user.id, version: user.version, personId: board.seats[0]!.personId },
    });

    const first = await createCalendarFeed({ ctx: member, input: {} });
    const mine = await http().app.request(`/kalender/${first.token}.ics`);
    expect(mine.headers.get('cache-control')).toBe('private, no-store');
    const feed = events(await mine.text());
    expect(feed.map((e) => e.summary)).toEqual(['Styret med egen kalender 10. mars 2020']);
    expect(feed[0]!.url).toMatch(/\/app\/moter\//);

    const second = await createCalendarFeed({ ctx: member, input: {} });
    expect((await http().app.request(`/kalender/${first.token}.ics`)).status).toBe(404);
    expect((await http().app.request(`/kalender/${second.token}.ics`)).status).toBe(200);
    expect((await http().app.request('/kalender/not-a-token.ics')).status).toBe(404);
  });

  it('give a user not linked to a person an empty feed', async () => {
    const { ctx } = await makeUser(database().db, { role: 'member' });
    const { token } = await createCalendarFeed({ ctx, input: {} });
    const response = await http().app.request(`/kalender/${token}.ics`);
    expect(response.status).toBe(200);
    expect(events(await response.text())).toEqual([]);
  });
});
