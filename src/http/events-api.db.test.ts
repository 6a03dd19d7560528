import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { bearerFor, callApp, json, testHttp } from '../../tests/support/http';
import { outbox } from '../domain/mail/schema';

const database = setupTestDatabase();
const http = () => testHttp(database());
const bearer = async (role: 'admin' | 'editor' | 'member') => (await bearerFor(database().db, role)).headers;
const call = (path: string, init: Parameters<typeof callApp>[2] = {}) => callApp(http().app, path, init);

// A month from now, so registration is open whatever day the suite runs.
const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const seminar = {
  title: 'Innovasjonscamp for videregående skoler',
  kind: 'school_camp',
  startsAt: `${day}T09:00`,
  endsAt: `${day}T15:00`,
  location: 'Lillestrøm videregående skole',
  capacity: 2,
  published: true,
  registrationOpen: true,
  consentText: 'Jeg samtykker til at Osloregionen lagrer opplysningene til campen er gjennomført.',
};
const registrant = (name: string, email: string) => ({
  name,
  email,
  organisation: 'Ungt Entreprenørskap',
  consent: true,
});

describe('events through the REST API', () => {
  it('answers 401 and 403 to writes and to the participant list; the public registers and cancels; the XLSX has the confirmed', async () => {
    expect((await call('/api/v1/events', { method: 'POST', ...json(seminar) })).status).toBe(401);
    const member = await bearer('member');
    expect((await call('/api/v1/events', { method: 'POST', ...json(seminar), auth: member })).status).toBe(
      403,
    );
    const editor = await bearer('editor');
    const created = await call('/api/v1/events', { method: 'POST', ...json(seminar), auth: editor });
    expect(created.status).toBe(201);
    const id = created.body.id;

    for (const [name, email] of [
      ['Ida Solberg', 'ida@example.org'],
      ['Jonas Lie', 'jonas@example.org'],
      ['Kristin Aas', 'kristin@example.org'],
    ]) {
      const r = await call(`/api/v1/events/${id}/registrations`, {
        method: 'POST',
        ...json(registrant(name!, email!)),
      });
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ received: true });
    }
    const refused = await call(`/api/v1/events/${id}/registrations`, {
      method: 'POST',
      ...json({ ...registrant('<script>alert(1)</script>', 'x@example.org') }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toContainEqual({
      field: 'name',
      messages: ['Feltet kan ikke inneholde tegnene < og >.'],
    });

    expect((await call(`/api/v1/events/${id}/registrations`)).status).toBe(401);
    expect((await call(`/api/v1/events/${id}/registrations`, { auth: member })).status).toBe(403);
    expect((await call(`/api/v1/events/${id}/participants`, { auth: member })).status).toBe(403);
    const publicView = await call(`/api/v1/events/${id}`);
    expect(publicView.body.event.seatsLeft).toBe(0);
    expect(JSON.stringify(publicView.body)).not.toContain('example.org');

    const [mail] = await database().db.select().from(outbox).where(eq(outbox.toAddress, 'ida@example.org'));
    const token = /avmelding\/([\w-]+)/.exec(mail!.text)![1];
    const cancelled = await call('/api/v1/event-registrations/cancel', {
      method: 'POST',
      ...json({ token }),
    });
    expect(cancelled.body).toEqual({ eventId: id, promoted: 1 });

    const xlsx = await call(`/api/v1/events/${id}/participants?format=xlsx`, { auth: editor });
    expect(xlsx.headers.get('content-disposition')).toContain(
      'deltakere-innovasjonscamp-for-videregaende-skoler.xlsx',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.body) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(3);
    expect([2, 3].map((n) => sheet.getRow(n).getCell(1).value)).toEqual(['Jonas Lie', 'Kristin Aas']);

    // A PATCH changes what it names and keeps the rest: the seats stay two.
    const renamed = await call(`/api/v1/events/${id}`, {
      method: 'PATCH',
      ...json({ version: created.body.version, title: 'Innovasjonscamp 2027' }),
      auth: editor,
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title: 'Innovasjonscamp 2027', capacity: 2, published: true });
  });
});
