import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { bearerFor, callApp, json, testHttp } from '../../tests/support/http';
import { makeBoard } from '../../tests/support/organisation';
import { docxText } from '../exports/text-extraction';

const database = setupTestDatabase();
const http = () => testHttp(database());

const bearer = async (role: 'admin' | 'editor' | 'member') => (await bearerFor(database().db, role)).headers;
const call = (path: string, init: Parameters<typeof callApp>[2] = {}) => callApp(http().app, path, init);

describe('the programme through the REST API', () => {
  it('refuses writes without a token (401) and without the editor role (403), and hides drafts', async () => {
    const create = json({ year: 2090 });
    expect((await call('/api/v1/programmes', { method: 'POST', ...create })).status).toBe(401);
    const member = await bearer('member');
    const forbidden = await call('/api/v1/programmes', { method: 'POST', ...create, auth: member });
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('content-type')).toContain('application/problem+json');
    expect((await call('/api/v1/cycle/2090', { method: 'POST' })).status).toBe(401);

    const editor = await bearer('editor');
    expect((await call('/api/v1/programmes', { method: 'POST', ...create, auth: editor })).status).toBe(201);
    // A draft is the secretariat's: the public does not see it by any door.
    expect((await call('/api/v1/programmes/2090')).status).toBe(404);
    expect((await call('/api/v1/programmes/2090/document?format=html')).status).toBe(404);
    expect((await call('/api/v1/programmes')).body.data.map((p: { year: number }) => p.year)).not.toContain(
      2090,
    );
    expect((await call('/api/v1/programmes/2090', { auth: member })).status).toBe(200);
    const bad = await call('/api/v1/programmes/2090/document?format=odt', { auth: member });
    expect(bad.status).toBe(400);
    expect(bad.body.type).toBe('urn:samrad:problem:validation');
  });

  it('builds a programme from scratch, with other focus areas and roles, that renders like the seed', async () => {
    const editor = await bearer('editor');
    const send = (method: string, path: string, body?: unknown) =>
      call(path, { method, ...(body === undefined ? {} : json(body)), auth: editor });

    const created = await send('POST', '/api/v1/programmes', {
      year: 2091,
      title: 'Handlingsplan for Vestlandsrådet 2091',
      vision: 'Vestland skal vere ein berekraftig region.',
      aboutText: 'Rådet er eit **interkommunalt politisk råd**.',
    });
    expect(created.status).toBe(201);
    const roles: Record<string, string> = {};
    for (const name of ['påverke nasjonale styresmakter', 'byggje nettverk']) {
      const role = await send('POST', '/api/v1/programmes/2091/roles', { name });
      expect(role.status).toBe(201);
      roles[name] = role.body.id;
    }
    const sea = await send('POST', '/api/v1/programmes/2091/focus-areas', {
      name: 'Hav og havbruk',
      comments: 'Havet er **framtida**.\n\nDet andre avsnittet.',
    });
    const tasks = await send('POST', '/api/v1/programmes/2091/focus-areas', {
      name: 'Drift av sekretariatet',
      kind: 'tasks',
      position: 0,
    });
    const aquaculture = await send('POST', '/api/v1/programmes/2091/activities', {
      cell: { focusAreaId: sea.body.id, roleId: roles['påverke nasjonale styresmakter'] },
      text: 'Gje innspel til havbruksmeldinga',
      partners: ['Sjømat Norge'],
    });
    expect(aquaculture.status).toBe(201);
    expect(aquaculture.body.cells[0].roleLabel).toBe('Påverke nasjonale styresmakter');
    await send('POST', '/api/v1/programmes/2091/activities', {
      cell: { focusAreaId: sea.body.id, roleId: roles['byggje nettverk'] },
      text: 'Skipe havkonferansen i Bergen',
    });
    await send('POST', '/api/v1/programmes/2091/activities', {
      cell: { focusAreaId: tasks.body.id },
      text: 'Møteførebuing.',
      details: 'Sakspapir og referat.',
    });
    // Moved to the other role, and its status set.
    const moved = await send('POST', `/api/v1/activities/${aquaculture.body.activity.id}/moves`, {
      placementId: aquaculture.body.cells[0].placementId,
      focusAreaId: sea.body.id,
      roleId: roles['byggje nettverk'],
      position: 0,
    });
    expect(moved.body.cells[0].roleId).toBe(roles['byggje nettverk']);
    const status = await send('PUT', `/api/v1/activities/${aquaculture.body.activity.id}/status`, {
      version: moved.body.activity.version,
      status: 'ongoing',
      note: 'Utkast sendt til styret.',
    });
    expect(status.body.activity.status).toBe('ongoing');
    expect(status.body.notes.map((n: { text: string }) => n.text)).toEqual(['Utkast sendt til styret.']);

    const model = await send('GET', '/api/v1/programmes/2091');
    expect(model.body.focusAreas.map((a: { name: string }) => a.name)).toEqual([
      'Drift av sekretariatet',
      'Hav og havbruk',
    ]);
    expect(model.body.focusAreas[1].progress).toMatchObject({ planned: 1, ongoing: 1 });

    const html = await send('GET', '/api/v1/programmes/2091/document?format=html');
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-disposition')).toContain(
      'inline; filename="handlingsplan-for-vestlandsradet-2091.html"',
    );
    for (const heading of [
      '<h2 id="kap-1">1 Kort om',
      '<h3 id="kap-2-1">2.1 Politiske organer</h3>',
      '<h2 id="kap-3">3 ',
      '4 Visjon, innsatsområder og aktivitet i 2091',
      '<h4 id="kap-4-3-1">4.3.1 Drift av sekretariatet</h4>',
      '<h4 id="kap-4-3-2">4.3.2 Hav og havbruk</h4>',
    ])
      expect(html.body).toContain(heading);
    expect(html.body).toContain(
      '<th scope="col">Hav og havbruk</th><th scope="col">Rolle og arbeidsform</th>',
    );
    expect(html.body).toContain(
      '<li>Gje innspel til havbruksmeldinga</li><li>Skipe havkonferansen i Bergen</li>',
    );
    expect(html.body).toContain('<strong>interkommunalt politisk råd</strong>');
    expect(html.body).toContain('<li><strong>Møteførebuing.</strong> Sakspapir og referat.</li>');

    const docx = await send('GET', '/api/v1/programmes/2091/document?format=docx');
    expect(docx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const text = await docxText(docx.body);
    for (const part of [
      '4.3.2 Hav og havbruk',
      'Rolle og arbeidsform',
      'Skipe havkonferansen i Bergen',
      'Kommentarer til tabellen',
    ])
      expect(text).toContain(part);
    const md = await send('GET', '/api/v1/programmes/2091/document?format=md');
    expect(md.body).toContain('| Hav og havbruk | Rolle og arbeidsform |');
    expect(md.body).toContain(
      '| • Gje innspel til havbruksmeldinga<br>• Skipe havkonferansen i Bergen | Byggje nettverk |',
    );

    // The board adopts it; the public reads it then.
    const { body: board } = await makeBoard(database().db, 'Styret i Vestlandsrådet');
    const kase = await send('POST', '/api/v1/cases', {
      bodyId: board.id,
      title: 'Handlingsplan 2091',
      registeredOn: '2090-11-20',
    });
    const adopted = await send('POST', '/api/v1/programmes/2091/adoption', {
      version: model.body.programme.version,
      caseId: kase.body.id,
      adoptedOn: '2090-12-02',
    });
    expect(adopted.body.programme).toMatchObject({
      status: 'adopted',
      adoptedCase: { number: kase.body.number },
    });
    expect((await call('/api/v1/programmes/2091')).status).toBe(200);
    const locked = await send('POST', '/api/v1/programmes/2091/activities', {
      cell: { focusAreaId: tasks.body.id },
      text: 'For seint',
    });
    expect(locked.status).toBe(422);
    expect(locked.body.detail).toContain('vedtatt');
    const publicActivity = await call(`/api/v1/activities/${aquaculture.body.activity.id}`);
    expect(publicActivity.body.notes).toEqual([]);

    const copy = await send('POST', '/api/v1/programmes/2091/copy', {});
    expect(copy.status).toBe(201);
    expect(copy.body.programme).toMatchObject({
      year: 2092,
      status: 'draft',
      title: 'Handlingsplan for Vestlandsrådet 2092',
    });
  });

  it('plans the cycle and records a milestone', async () => {
    const editor = await bearer('editor');
    const planned = await call('/api/v1/cycle/2093', { method: 'POST', auth: editor });
    expect(planned.status).toBe(201);
    const fee = planned.body.milestones[0];
    expect(fee).toMatchObject({ kind: 'fee', windowFrom: '2092-04-01', state: 'upcoming' });
    const done = await call(`/api/v1/milestones/${fee.id}`, {
      method: 'PUT',
      ...json({
        version: fee.version,
        windowFrom: fee.windowFrom,
        windowTo: fee.windowTo,
        doneOn: '2092-05-10',
      }),
      auth: editor,
    });
    expect(done.body).toMatchObject({ state: 'done', doneOn: '2092-05-10', doneLate: false });
    const calendar = await call('/api/v1/cycle/2092/calendar');
    expect(calendar.body.milestones.map((m: { kind: string }) => m.kind)).toEqual([
      'fee',
      'programme_budget',
    ]);
  });
});
