import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { bearerFor, callApp, json, testHttp } from '../../tests/support/http';
import { makeBoard } from '../../tests/support/organisation';

const database = setupTestDatabase();
const http = () => testHttp(database());
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const SECRET_TITLE = 'Forhandlingsnotat om tomtekjøp på Lysaker';

const bearer = async (role: 'admin' | 'editor' | 'member') => (await bearerFor(database().db, role)).headers;
const call = (path: string, init: Parameters<typeof callApp>[2] = {}) => callApp(http().app, path, init);

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);

describe('meetings, cases, votes and follow-ups through the REST API', () => {
  it('refuses writes without a token (401) and without the editor role (403)', async () => {
    const { body: board } = await makeBoard(database().db);
    const input = json({ bodyId: board.id, startsAt: inDays(30) });
    expect((await call('/api/v1/meetings', { method: 'POST', ...input })).status).toBe(401);
    const member = await bearer('member');
    const forbidden = await call('/api/v1/meetings', { method: 'POST', ...input, auth: member });
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('content-type')).toContain('application/problem+json');
    expect((await call('/api/v1/follow-ups')).status).toBe(401);
    expect(
      (await call('/api/v1/cases', { method: 'POST', ...json({ bodyId: board.id, title: 'X' }) })).status,
    ).toBe(401);
  });

  it("lists a body's meetings a page at a time, earliest first, and refuses a forged cursor", async () => {
    const { body: board } = await makeBoard(database().db);
    const editor = await bearer('editor');
    for (const days of [40, 20, 30])
      expect(
        (
          await call('/api/v1/meetings', {
            method: 'POST',
            ...json({ bodyId: board.id, startsAt: inDays(days) }),
            auth: editor,
          })
        ).status,
      ).toBe(201);
    const first = await call(`/api/v1/meetings?bodyId=${board.id}&limit=2`);
    expect(first.body.total).toBe(3);
    expect(first.body.data.map((m: { startsAt: string }) => m.startsAt.slice(0, 10))).toEqual(
      [inDays(20), inDays(30)].map((d) => d.slice(0, 10)),
    );
    const second = await call(first.body.links.next);
    expect(second.body.data.map((m: { startsAt: string }) => m.startsAt.slice(0, 10))).toEqual([
      inDays(40).slice(0, 10),
    ]);
    expect(second.body.links.next).toBeNull();
    expect((await call(`/api/v1/meetings?bodyId=${board.id}&cursor=ikke-en-markør`)).status).toBe(400);
  });

  it('runs a meeting from agenda to approved minutes, and keeps an exempt attachment from anyone outside', async () => {
    const board = await makeBoard(database().db);
    const [leader, m1, m2, m3] = board.seats;
    const editor = await bearer('editor');
    const post = (path: string, body: unknown) => call(path, { method: 'POST', ...json(body), auth: editor });

    const open = await post('/api/v1/cases', {
      bodyId: board.body.id,
      title: 'Konsekvenser av ny kommunelov for Osloregionen',
      proposedDecision: 'Osloregionen omdannes til interkommunalt politisk råd i 2020.',
    });
    expect(open.status).toBe(201);
    expect(open.body.number).toMatch(/^1\/\d\d$/);
    const exempt = await post('/api/v1/cases', {
      bodyId: board.body.id,
      title: SECRET_TITLE,
      titleExempt: true,
      access: 'exempt',
      legalBasis: 'Offl. § 23 første ledd',
      background: 'Kommunen forhandler om pris.',
    });
    expect(exempt.body.number).toMatch(/^2\/\d\d$/);

    const form = new FormData();
    form.set('title', 'Takst fra megler');
    form.set('access', 'exempt');
    form.set('legalBasis', 'Offl. § 23 første ledd');
    form.set('file', new File([PDF], 'takst-lysaker.pdf', { type: 'application/pdf' }));
    const upload = await call(`/api/v1/cases/${exempt.body.id}/documents`, {
      method: 'POST',
      body: form,
      auth: editor,
    });
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ access: 'exempt', contentType: 'application/pdf', withheld: false });
    const fileId = upload.body.id as string;

    const meeting = await post('/api/v1/meetings', {
      bodyId: board.body.id,
      startsAt: inDays(20),
      location: 'Oslo rådhus',
    });
    expect(meeting.status).toBe(201);
    const id = meeting.body.id as string;
    const item1 = await post(`/api/v1/meetings/${id}/agenda-items`, { caseId: open.body.id });
    const item2 = await post(`/api/v1/meetings/${id}/agenda-items`, { caseId: exempt.body.id });
    expect(item2.body).toMatchObject({ position: 2, caseNumber: exempt.body.number, title: SECRET_TITLE });

    // Before the notice the public sees the meeting but not its agenda.
    expect((await call(`/api/v1/meetings/${id}`)).body.agenda).toEqual([]);
    const notice = await post(`/api/v1/meetings/${id}/notice`, { version: meeting.body.version });
    expect(notice.status).toBe(200);
    expect(notice.body.recipients).toBe(5);

    const attendance = await call(`/api/v1/meetings/${id}/attendance`, {
      method: 'PUT',
      ...json({
        version: notice.body.meeting.version,
        entries: [leader, m1, m2, m3].map((s) => ({ appointmentId: s!.id, status: 'present' })),
      }),
      auth: editor,
    });
    expect(attendance.body.quorum).toMatchObject({ present: 4, required: 2, ok: true });

    const tie = await post('/api/v1/votes', {
      agendaItemId: item1.body.id,
      version: item1.body.version,
      decision: 'Osloregionen omdannes til interkommunalt politisk råd i 2020.',
      votes: [
        { appointmentId: leader!.id, choice: 'for' },
        { appointmentId: m1!.id, choice: 'for' },
        { appointmentId: m2!.id, choice: 'against' },
        { appointmentId: m3!.id, choice: 'against' },
      ],
    });
    expect(tie.status).toBe(201);
    expect(tie.body).toMatchObject({ outcome: 'adopted', count: { for: 2, against: 2, casting: true } });
    await post('/api/v1/votes', {
      agendaItemId: item2.body.id,
      version: item2.body.version,
      unanimous: true,
      decision: 'Tilbudet avslås.',
    });

    // Not yet approved: the public sees neither votes nor decisions.
    expect((await call(`/api/v1/votes?meetingId=${id}`)).body.total).toBe(0);
    const approved = await post(`/api/v1/meetings/${id}/minutes-approval`, {
      version: attendance.body.version,
    });
    expect(approved.body.status).toBe('minutes_approved');

    const publicVotes = await call(`/api/v1/votes?meetingId=${id}`);
    expect(publicVotes.body.total).toBe(4); // the exempt item's votes are withheld
    expect(
      publicVotes.body.data.every((v: { agendaItemId: string }) => v.agendaItemId === item1.body.id),
    ).toBe(true);

    // Every door an anonymous caller could try: nothing of the exempt case but its number and basis.
    const everything = [
      await call(`/api/v1/cases/${exempt.body.id}`),
      await call(`/api/v1/cases/${exempt.body.id}/documents`),
      await call(`/api/v1/cases?bodyId=${board.body.id}`),
      await call('/api/v1/cases?q=tomtekjøp'),
      await call(`/api/v1/meetings/${id}`),
      await call(`/moter/${id}/protokoll?format=html`),
      await call(`/moter/${id}/innkalling?format=html`),
      await call('/calendar.ics'),
    ];
    for (const response of everything) {
      const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
      expect(response.status).toBe(200);
      for (const secret of [
        'tomtekjøp',
        'Takst fra megler',
        'takst-lysaker',
        'forhandler om pris',
        'Tilbudet avslås',
      ])
        expect(text).not.toContain(secret);
    }
    // The same minutes, read by the secretariat, do hold what the public was denied.
    const internal = await call(`/moter/${id}/protokoll?format=html`, { auth: editor });
    expect(internal.body).toContain(SECRET_TITLE);
    expect(internal.body).toContain('Tilbudet avslås');
    const shown = await call(`/api/v1/cases/${exempt.body.id}`);
    expect(shown.body.case).toMatchObject({
      number: exempt.body.number,
      legalBasis: 'Offl. § 23 første ledd',
      title: null,
      paper: null,
      withheld: true,
    });
    expect((await call('/api/v1/cases?q=tomtekjøp')).body.total).toBe(0);
    expect((await call(`/api/v1/documents/${fileId}/content`)).status).toBe(404);
    expect((await call(`/filer/${fileId}`)).status).toBe(404);
    expect((await call(`/api/v1/documents/${fileId}/content`, { auth: await bearer('member') })).status).toBe(
      403,
    );
    const download = await call(`/api/v1/documents/${fileId}/content`, { auth: editor });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
  });

  it('lists open follow-ups per body, overdue first, for signed-in callers', async () => {
    const board = await makeBoard(database().db);
    const editor = await bearer('editor');
    const kase = await call('/api/v1/cases', {
      method: 'POST',
      ...json({ bodyId: board.body.id, title: 'Handlingsprogram 2020' }),
      auth: editor,
    });
    for (const [title, dueOn] of [
      ['Send handlingsprogrammet til kommunene', '2099-01-10'],
      ['Publiser vedtaket', '2020-01-05'],
    ]) {
      const task = await call('/api/v1/follow-ups', {
        method: 'POST',
        ...json({ caseId: kase.body.id, title, dueOn }),
        auth: editor,
      });
      expect(task.status).toBe(201);
    }
    const list = await call(`/api/v1/follow-ups?bodyId=${board.body.id}`, { auth: await bearer('member') });
    expect(list.body.data.map((t: { title: string; overdue: boolean }) => [t.title, t.overdue])).toEqual([
      ['Publiser vedtaket', true],
      ['Send handlingsprogrammet til kommunene', false],
    ]);
  });
});
