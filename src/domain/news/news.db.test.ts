import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../../../tests/support/db';
import { anonymousCtx, auditRowsFor, makeUser } from '../../../tests/support/fixtures';
import { bearerFor, callApp, json, testHttp } from '../../../tests/support/http';
import { Conflict, NotFound, Validation } from '../../kernel/errors';
import { createNews } from './create-news';
import { deleteNews } from './delete-news';
import { publishNews } from './publish-news';
import { getNews, listNews, listPublishedNews } from './queries';
import { unpublishNews } from './unpublish-news';
import { updateNews } from './update-news';

const database = setupTestDatabase();
const anonymous = () => anonymousCtx(database().db);
const editor = async () => (await makeUser(database().db, { role: 'editor' })).ctx;
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );
const publishedTitles = async () =>
  (await listPublishedNews(anonymous(), { limit: 500 })).items.map((n) => n.title);

describe('news', () => {
  it('is written as a draft the public cannot see, published, taken down and deleted, each change audited', async () => {
    const ctx = await editor();
    const draft = await createNews({
      ctx,
      input: {
        title: 'Nytt nettverk for sirkulærøkonomi',
        lead: 'Medlemmene inviteres til første samling.',
        body: 'Nettverket blir en **læringsarena** for medlemmene.',
      },
    });
    expect(draft).toMatchObject({
      status: 'draft',
      publishedAt: null,
      createdBy: expect.stringContaining('@example.org'),
    });
    expect(await failureOf(getNews(anonymous(), draft.id))).toBeInstanceOf(NotFound);
    expect(await publishedTitles()).not.toContain(draft.title);

    const published = await publishNews({ ctx, input: { id: draft.id, version: draft.version } });
    expect(published.publishedAt).toEqual(ctx.now);
    expect(await getNews(anonymous(), draft.id)).toMatchObject({
      title: 'Nytt nettverk for sirkulærøkonomi',
      links: { page: `/nyheter/${draft.id}` },
    });
    expect(await getNews(anonymous(), draft.id)).not.toHaveProperty('createdBy');
    expect(await publishedTitles()).toContain(draft.title);

    // Published again a week later without a date: it keeps its date, it does not jump to the top.
    const again = await publishNews({
      ctx: { ...ctx, now: new Date(ctx.now.getTime() + 7 * 86_400_000) },
      input: { id: draft.id, version: published.version },
    });
    expect(again.publishedAt).toEqual(published.publishedAt);

    const down = await unpublishNews({ ctx, input: { id: draft.id, version: again.version } });
    expect(down).toMatchObject({ status: 'draft', publishedAt: null });
    expect(await failureOf(getNews(anonymous(), draft.id))).toBeInstanceOf(NotFound);
    expect(await getNews(ctx, draft.id)).toMatchObject({ status: 'draft' });

    await deleteNews({ ctx, input: { id: draft.id, version: down.version } });
    expect(await failureOf(getNews(ctx, draft.id))).toBeInstanceOf(NotFound);
    for (const [action, times] of [
      ['createNews', 1],
      ['publishNews', 2],
      ['unpublishNews', 1],
      ['deleteNews', 1],
    ] as const)
      expect(await auditRowsFor(database().db, `news.${action}`, draft.id), action).toHaveLength(times);
    const [deleted] = await auditRowsFor(database().db, 'news.deleteNews', draft.id);
    expect(deleted!.before).toMatchObject({ title: 'Nytt nettverk for sirkulærøkonomi' });
  });

  it('says in Norwegian what is missing or wrong, and refuses to overwrite a newer version', async () => {
    const ctx = await editor();
    const empty = (await failureOf(createNews({ ctx, input: { title: ' ' } }))) as Validation;
    expect(empty.fieldErrors).toEqual({ title: ['Feltet må fylles ut.'] });
    const item = await createNews({ ctx, input: { title: 'Styremøte i Lillestrøm' } });
    const future = (await failureOf(
      publishNews({
        ctx,
        input: {
          id: item.id,
          version: item.version,
          publishedAt: new Date(ctx.now.getTime() + 86_400_000).toISOString(),
        },
      }),
    )) as Validation;
    expect(future.fieldErrors).toEqual({
      publishedAt: ['Publiseringstidspunktet kan ikke være fram i tid.'],
    });
    const unknownArea = (await failureOf(
      updateNews({
        ctx,
        input: {
          id: item.id,
          version: item.version,
          title: item.title,
          focusAreaId: '01890000-0000-7000-8000-000000000000',
        },
      }),
    )) as Validation;
    expect(Object.keys(unknownArea.fieldErrors)).toEqual(['focusAreaId']);

    await updateNews({
      ctx,
      input: { id: item.id, version: item.version, title: 'Styremøte på Lillestrøm' },
    });
    const stale = await failureOf(
      updateNews({ ctx, input: { id: item.id, version: item.version, title: 'Styremøte' } }),
    );
    expect(stale).toBeInstanceOf(Conflict);
    expect((await listNews(ctx, { status: 'draft' })).items.map((n) => n.title)).toContain(
      'Styremøte på Lillestrøm',
    );
  });

  it('lists published news newest first, a page at a time, dated back when asked', async () => {
    const ctx = await editor();
    const days = ['2020-03-02', '2020-03-04', '2020-03-03'];
    for (const [i, day] of days.entries()) {
      const item = await createNews({ ctx, input: { title: `Kommunebesøk ${i + 1}` } });
      await publishNews({ ctx, input: { id: item.id, version: item.version, publishedAt: `${day}T12:00` } });
    }
    const visits = async (cursor?: string) => {
      const page = await listPublishedNews(anonymous(), { limit: 2, cursor });
      return { titles: page.items.map((n) => n.title), next: page.nextCursor };
    };
    // Only this test dates items in 2020, so they are the oldest and come last.
    let page = await visits();
    const seen: string[] = [...page.titles];
    while (page.next) {
      page = await visits(page.next);
      seen.push(...page.titles);
    }
    expect(seen.filter((t) => t.startsWith('Kommunebesøk'))).toEqual([
      'Kommunebesøk 2',
      'Kommunebesøk 3',
      'Kommunebesøk 1',
    ]);
    expect(await failureOf(listPublishedNews(anonymous(), { cursor: 'tull' }))).toBeInstanceOf(Validation);
  });

  it('answers writes through the API with 401 and 403 first; the public list, item and feed never show a draft', async () => {
    const { app } = testHttp(database());
    const call = (path: string, init: Parameters<typeof callApp>[2] = {}) => callApp(app, path, init);
    const member = (await bearerFor(database().db, 'member')).headers;
    const staff = (await bearerFor(database().db, 'editor')).headers;
    const item = { title: 'Høringssvar om regional plan', lead: 'Styret har avgitt høringssvar.' };

    expect((await call('/api/v1/news', { method: 'POST', ...json(item) })).status).toBe(401);
    expect((await call('/api/v1/news', { method: 'POST', ...json(item), auth: member })).status).toBe(403);
    const created = await call('/api/v1/news', { method: 'POST', ...json(item), auth: staff });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', title: item.title, version: 1 });
    const id = created.body.id as string;
    for (const [method, path, body] of [
      ['PATCH', `/api/v1/news/${id}`, { version: 1, title: 'Endret' }],
      ['POST', `/api/v1/news/${id}/publish`, { version: 1 }],
      ['DELETE', `/api/v1/news/${id}?version=1`, undefined],
    ] as const) {
      const init = body ? { method, ...json(body) } : { method };
      expect((await call(path, init)).status, `${method} ${path}`).toBe(401);
      expect((await call(path, { ...init, auth: member })).status, `${method} ${path}`).toBe(403);
    }
    expect((await call('/api/v1/news?status=draft')).status).toBe(401);
    expect((await call(`/api/v1/news/${id}`)).status).toBe(404);
    expect((await call('/api/v1/news')).body.data.map((n: { id: string }) => n.id)).not.toContain(id);
    expect(await (await app.request('/nyheter.atom')).text()).not.toContain(item.title);

    const patched = await call(`/api/v1/news/${id}`, {
      method: 'PATCH',
      ...json({ version: 1, body: 'Uttalelsen er sendt.' }),
      auth: staff,
    });
    expect(patched.body).toMatchObject({
      title: item.title,
      lead: item.lead,
      body: 'Uttalelsen er sendt.',
      version: 2,
    });
    const published = await call(`/api/v1/news/${id}/publish`, {
      method: 'POST',
      ...json({ version: 2 }),
      auth: staff,
    });
    expect(published.body).toMatchObject({ status: 'published', version: 3 });
    const list = await call('/api/v1/news');
    expect(list.status).toBe(200);
    expect(list.body.data[0]).toMatchObject({ id, title: item.title, links: { self: `/api/v1/news/${id}` } });
    expect(list.body.data[0]).not.toHaveProperty('status');
    expect(await (await app.request('/nyheter.atom')).text()).toContain(item.title);
    expect((await call(`/api/v1/news/${id}?version=3`, { method: 'DELETE', auth: staff })).status).toBe(204);
  });
});
