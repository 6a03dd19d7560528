import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../tests/support/db';
import { makeUser } from '../../tests/support/fixtures';
import { bearerFor, callApp, testHttp } from '../../tests/support/http';
import { makeBoard } from '../../tests/support/organisation';
import { registerCase } from '../domain/cases/register-case';

const database = setupTestDatabase();
const http = () => testHttp(database());
const call = (path: string, init: Parameters<typeof callApp>[2] = {}) => callApp(http().app, path, init);

describe('search through the REST API', () => {
  it('finds public cases for anyone, an exempt one only for the secretariat, and refuses a one-letter query', async () => {
    const { ctx } = await makeUser(database().db, { role: 'editor' });
    const { body } = await makeBoard(database().db, 'Søkestyret');
    await registerCase({
      ctx,
      input: {
        bodyId: body.id,
        title: 'Regional plan for handel og sentrumsutvikling',
        background: 'Planen skal styrke byene og tettstedene i regionen.',
        registeredOn: '2021-03-01',
      },
    });
    await registerCase({
      ctx,
      input: {
        bodyId: body.id,
        title: 'Tomtekjøp ved stasjonen',
        background: 'Forhandlinger om pris.',
        registeredOn: '2021-03-02',
        access: 'exempt',
        titleExempt: true,
        legalBasis: 'Offl. § 23 første ledd',
      },
    });
    const open = await call('/api/v1/search?q=sentrumsutvikling');
    expect(open.status).toBe(200);
    expect(open.body.data.map((h: { title: string }) => h.title)).toEqual([
      'Regional plan for handel og sentrumsutvikling',
    ]);
    expect(open.body.data[0].snippet.some((r: { hit: boolean; text: string }) => r.hit)).toBe(true);
    expect((await call('/api/v1/search?q=tomtekj%C3%B8p')).body.data).toEqual([]);
    const editor = (await bearerFor(database().db, 'editor')).headers;
    const staff = await call('/api/v1/search?q=tomtekj%C3%B8p', { auth: editor });
    expect(staff.body.data.map((h: { reference: string }) => h.reference)).toHaveLength(1);
    const short = await call('/api/v1/search?q=a');
    expect(short.status).toBe(400);
    expect(short.body.errors).toContainEqual({ field: 'q', messages: ['Må være minst 2 tegn.'] });
  });
});
