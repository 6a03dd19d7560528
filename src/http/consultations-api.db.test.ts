import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { makeUser } from '../../tests/support/fixtures';
import { bearerFor, callApp, json, testHttp } from '../../tests/support/http';
import { makeBoard } from '../../tests/support/organisation';
import { addCaseDocument } from '../domain/cases/add-case-document';
import { registerCase } from '../domain/cases/register-case';

const database = setupTestDatabase();
const http = () => testHttp(database());
const bearer = async (role: 'admin' | 'editor' | 'member') => (await bearerFor(database().db, role)).headers;
const call = (path: string, init: Parameters<typeof callApp>[2] = {}) => callApp(http().app, path, init);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const NTP = {
  title: 'Høring – Nasjonal transportplan 2022–2033',
  authority: 'Samferdselsdepartementet',
  reference: '19/3210',
  receivedOn: '2020-01-15',
  deadline: '2020-03-31',
};

/** A board case with a public response and an exempt note, made through the verbs. */
async function responseCase() {
  const db = database().db;
  const { ctx } = await makeUser(db, { role: 'editor' });
  const { body } = await makeBoard(db, 'Styret for høringssvar');
  const kase = await registerCase({
    ctx,
    input: { bodyId: body.id, title: 'Høringssvar – NTP 2022–2033', registeredOn: '2020-03-03' },
  });
  const add = (title: string, access: 'public' | 'exempt') =>
    addCaseDocument({
      ctx,
      input: {
        caseId: kase.id,
        title,
        filename: `${access}.pdf`,
        content: PDF,
        access,
        ...(access === 'exempt' ? { legalBasis: 'Offl. § 14' } : {}),
      },
    });
  return {
    kase,
    response: await add('Høringssvar fra Osloregionen – NTP', 'public'),
    exempt: await add('Internt notat om forhandlingsposisjon', 'exempt'),
  };
}

describe('consultations through the REST API', () => {
  it('answers 401 to an anonymous write and 403 to a member who writes', async () => {
    const anonymous = await call('/api/v1/consultations', { method: 'POST', ...json(NTP) });
    expect(anonymous.status).toBe(401);
    const member = await call('/api/v1/consultations', {
      method: 'POST',
      ...json(NTP),
      auth: await bearer('member'),
    });
    expect(member.status).toBe(403);
    expect((await call('/api/v1/consultations/overview')).status).toBe(401);
  });

  it('lets editors register, correct, move along and answer one; the public reads only the answered', async () => {
    const editor = await bearer('editor');
    const member = await bearer('member');
    const { kase, response } = await responseCase();
    const created = await call('/api/v1/consultations', { method: 'POST', ...json(NTP), auth: editor });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'registered', state: 'overdue', version: 1 });
    const id = created.body.id as string;

    const patched = await call(`/api/v1/consultations/${id}`, {
      method: 'PATCH',
      ...json({ ...NTP, deadline: '2020-04-01', version: 1 }),
      auth: editor,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ deadline: '2020-04-01', version: 2 });
    const stale = await call(`/api/v1/consultations/${id}`, {
      method: 'PATCH',
      ...json({ ...NTP, version: 1 }),
      auth: editor,
    });
    expect(stale.status).toBe(409);

    const klimakur = await call('/api/v1/consultations', {
      method: 'POST',
      ...json({
        title: 'Høring – Klimakur 2030',
        authority: 'Miljødirektoratet',
        receivedOn: '2020-01-31',
        deadline: '2020-05-15',
      }),
      auth: editor,
    });
    expect(klimakur.status).toBe(201);

    const adopted = await call(`/api/v1/consultations/${id}/status`, {
      method: 'POST',
      ...json({ version: 2, status: 'adopted', caseId: kase.id }),
      auth: editor,
    });
    expect(adopted.status).toBe(200);
    expect(adopted.body).toMatchObject({ status: 'adopted', caseId: kase.id, bodyId: kase.bodyId });
    const withResponse = await call(`/api/v1/consultations/${id}/response`, {
      method: 'PUT',
      ...json({ version: 3, documentId: response.id }),
      auth: editor,
    });
    expect(withResponse.status).toBe(200);
    const submitted = await call(`/api/v1/consultations/${id}/status`, {
      method: 'POST',
      ...json({ version: 4, status: 'submitted', submittedOn: '2020-03-30' }),
      auth: editor,
    });
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      state: 'answered',
      responseDocumentId: response.id,
    });

    // The register, for members: both, with the internal fields.
    const register = await call('/api/v1/consultations?year=2020', { auth: member });
    expect(register.status).toBe(200);
    expect(register.body.data.map((c: { id: string }) => c.id)).toEqual([klimakur.body.id, id]);
    expect(register.body.data[0]).toHaveProperty('responsibleId');
    const overview = await call('/api/v1/consultations/overview', { auth: member });
    expect(overview.body.closed.map((c: { id: string }) => c.id)).toContain(id);
    const detail = await call(`/api/v1/consultations/${id}`, { auth: member });
    expect(detail.body.case).toMatchObject({ id: kase.id, number: kase.number });
    expect(detail.body.responseDocument).toMatchObject({ id: response.id, caseNumber: kase.number });

    // The public: the answered one only, allow-listed.
    const pub = await call('/api/v1/consultations');
    expect(pub.status).toBe(200);
    expect(pub.body.data).toEqual([
      {
        id,
        title: NTP.title,
        authority: NTP.authority,
        reference: NTP.reference,
        deadline: '2020-04-01',
        submittedOn: '2020-03-30',
        bodyName: 'Styret for høringssvar',
        caseNumber: kase.number,
        caseId: kase.id,
        document: { title: 'Høringssvar fra Osloregionen – NTP', download: `/filer/${response.id}` },
        links: { self: `/api/v1/consultations/${id}` },
      },
    ]);
    expect((await call(`/api/v1/consultations/${id}`)).body.title).toBe(NTP.title);
    expect((await call(`/api/v1/consultations/${klimakur.body.id}`)).status).toBe(404);
    const file = await call(`/filer/${response.id}`);
    expect(file.status).toBe(200);
    // A shared cache must ask again each time (the paper could be found exempt later): 304 while unchanged.
    expect(file.headers.get('cache-control')).toBe('public, no-cache');
    const etag = file.headers.get('etag')!;
    expect(etag).toBe(`"${createHash('sha256').update(file.body).digest('hex')}"`);
    expect((await call(`/filer/${response.id}`, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('never lets an exempt response document reach an anonymous caller', async () => {
    const editor = await bearer('editor');
    const { kase, exempt } = await responseCase();
    const created = await call('/api/v1/consultations', {
      method: 'POST',
      ...json({
        ...NTP,
        title: 'Høring – EUs transportpolitikk / revisjon av TEN-T-forordningen',
        authority: 'EU-kommisjonen',
      }),
      auth: editor,
    });
    const id = created.body.id as string;
    await call(`/api/v1/consultations/${id}/status`, {
      method: 'POST',
      ...json({ version: 1, status: 'adopted', caseId: kase.id }),
      auth: editor,
    });
    const named = await call(`/api/v1/consultations/${id}/response`, {
      method: 'PUT',
      ...json({ version: 2, documentId: exempt.id }),
      auth: editor,
    });
    expect(named.status).toBe(200);
    await call(`/api/v1/consultations/${id}/status`, {
      method: 'POST',
      ...json({ version: 3, status: 'submitted', submittedOn: '2020-03-31' }),
      auth: editor,
    });

    const list = await call('/api/v1/consultations');
    const one = await call(`/api/v1/consultations/${id}`);
    const feed = await call('/calendar.ics');
    for (const answer of [list, one, feed]) {
      expect(answer.status).toBe(200);
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      expect(text).not.toContain(exempt.id);
      expect(text).not.toContain('Internt notat');
    }
    expect(one.body.document).toBeNull();
    expect(list.body.data.find((c: { id: string }) => c.id === id).document).toBeNull();
    expect((await call(`/filer/${exempt.id}`)).status).toBe(404);
    // The secretariat sees which document it is.
    const inside = await call(`/api/v1/consultations/${id}`, { auth: editor });
    expect(inside.body.responseDocument).toMatchObject({
      id: exempt.id,
      title: 'Internt notat om forhandlingsposisjon',
    });
  });
});
