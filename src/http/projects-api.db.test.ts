import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { bearerFor, callApp, json, testHttp } from '../../tests/support/http';

const database = setupTestDatabase();
const http = () => testHttp(database());
const bearer = async (role: 'admin' | 'editor' | 'member') => (await bearerFor(database().db, role)).headers;
const call = (path: string, init: Parameters<typeof callApp>[2] = {}) => callApp(http().app, path, init);

describe('projects through the REST API', () => {
  it('answers 401 without a token and 403 to a member who writes; editors add partners and deliverables', async () => {
    expect((await call('/api/v1/projects')).status).toBe(401);
    const member = await bearer('member');
    const body = {
      name: 'Veileder for klimabudsjett',
      funder: 'Miljødirektoratet',
      fundingProgramme: 'Klimasats',
      amountGranted: '500 000',
      startsOn: '2019-03-01',
      endsOn: '2020-12-31',
    };
    expect((await call('/api/v1/projects', { method: 'POST', ...json(body), auth: member })).status).toBe(
      403,
    );
    const editor = await bearer('editor');
    const project = await call('/api/v1/projects', { method: 'POST', ...json(body), auth: editor });
    expect(project.status).toBe(201);
    expect(project.body.amountGrantedOre).toBe(50_000_000);
    const id = project.body.id;

    const zero = await call('/api/v1/partners', {
      method: 'POST',
      ...json({ name: 'Zero', kind: 'ngo' }),
      auth: editor,
    });
    const lead = await call(`/api/v1/projects/${id}/partners`, {
      method: 'POST',
      ...json({ partnerId: zero.body.id, role: 'lead' }),
      auth: editor,
    });
    expect(lead.status).toBe(201);
    const nho = await call('/api/v1/partners', {
      method: 'POST',
      ...json({ name: 'NHO', kind: 'business_association' }),
      auth: editor,
    });
    const second = await call(`/api/v1/projects/${id}/partners`, {
      method: 'POST',
      ...json({ partnerId: nho.body.id, role: 'lead' }),
      auth: editor,
    });
    expect(second.status).toBe(400);
    expect(second.body.errors).toEqual([
      {
        field: 'role',
        messages: ['Prosjektet har allerede en prosjektleder: Zero. Et prosjekt kan bare ha én.'],
      },
    ]);

    const deliverable = await call(`/api/v1/projects/${id}/deliverables`, {
      method: 'POST',
      ...json({ title: 'Veileder publisert', dueOn: '2020-06-30' }),
      auth: editor,
    });
    expect(deliverable.status).toBe(201);
    const delivered = await call(`/api/v1/deliverables/${deliverable.body.id}`, {
      method: 'PATCH',
      ...json({ version: deliverable.body.version, status: 'delivered', deliveredOn: '2020-06-15' }),
      auth: editor,
    });
    expect(delivered.body).toMatchObject({ status: 'delivered', deliveredOn: '2020-06-15' });

    const view = await call(`/api/v1/projects/${id}`, { auth: member });
    expect(view.body.partners.map((p: { name: string; role: string }) => [p.name, p.role])).toEqual([
      ['Zero', 'lead'],
    ]);
    expect(
      view.body.deliverables.map((d: { title: string; overdue: boolean }) => [d.title, d.overdue]),
    ).toEqual([['Veileder publisert', false]]);
    const list = await call('/api/v1/projects', { auth: member });
    expect(list.body.data[0]).toMatchObject({ name: 'Veileder for klimabudsjett', lead: { name: 'Zero' } });
    expect(
      (await call(`/api/v1/project-partners/${lead.body.id}`, { method: 'DELETE', auth: editor })).status,
    ).toBe(204);
    const changed = await call(`/api/v1/projects/${id}`, {
      method: 'PATCH',
      ...json({ ...body, version: project.body.version, endsOn: '2019-01-01' }),
      auth: editor,
    });
    expect(changed.status).toBe(400);
  });
});
