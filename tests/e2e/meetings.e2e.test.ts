import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_EXEMPT } from '../../src/demo/meetings';
import { docxText, pdfText } from '../../src/exports/text-extraction';
import { toOsloLocal } from '../../src/kernel/dates';
import { expectNoSeriousA11yIssues, setupBrowser, signIn } from './browser';

const browser = setupBrowser();

/** Client-side navigation changes the address before the new page is drawn: wait for its heading too. */
async function arrived(page: Page, heading: string | RegExp) {
  await expect.poll(() => page.locator('h1').textContent()).toMatch(heading);
}

async function registerCase(page: Page, title: string, proposedDecision: string) {
  await page.goto('/app/saker/ny');
  await arrived(page, 'Ny sak');
  await page.getByLabel('Organ', { exact: true }).selectOption({ label: 'Koordineringsgruppen' });
  await page.getByLabel('Tittel', { exact: true }).fill(title);
  await page.getByLabel('Forslag til vedtak', { exact: true }).fill(proposedDecision);
  await page.getByRole('button', { name: 'Registrer saken' }).click();
  await page.waitForURL((url) => /^\/app\/saker\/[0-9a-f-]{36}$/.test(url.pathname));
  const pattern = new RegExp(`^Sak \\d+/\\d\\d ${title}$`);
  await arrived(page, pattern);
  const heading = (await page.locator('h1').textContent()) ?? '';
  return heading.split(' ')[1]!;
}

describe('a meeting in the browser', () => {
  it('is planned, gets two cases, a notice, attendance, a vote and approved minutes', async () => {
    const context = await browser.context();
    const page = await context.newPage();
    await signIn(page);

    const first = await registerCase(
      page,
      'Handlingsprogram 2021',
      'Koordineringsgruppen anbefaler handlingsprogrammet for 2021.',
    );
    await expectNoSeriousA11yIssues(page);
    const second = await registerCase(
      page,
      'Budsjett 2021',
      'Koordineringsgruppen anbefaler budsjettet for 2021.',
    );

    await page.getByRole('link', { name: 'Møter', exact: true }).click();
    await arrived(page, 'Møter');
    await expectNoSeriousA11yIssues(page);
    await page.getByRole('link', { name: 'Nytt møte' }).click();
    await arrived(page, 'Nytt møte');
    const startsAt = toOsloLocal(new Date(Date.now() + 14 * 86_400_000)).slice(0, 11) + '10:00';
    await page.getByLabel('Organ', { exact: true }).selectOption({ label: 'Koordineringsgruppen' });
    await page.getByLabel('Starter', { exact: true }).fill(startsAt);
    await page.getByLabel('Sted', { exact: true }).fill('Oslo rådhus, møterom 1');
    await expectNoSeriousA11yIssues(page);
    await page.getByRole('button', { name: 'Opprett møtet' }).click();
    await page.waitForURL((url) => /^\/app\/moter\/[0-9a-f-]{36}$/.test(url.pathname));
    const meetingPath = new URL(page.url()).pathname;

    const agenda = page.locator('ol.agenda > li');
    for (const [index, number] of [first, second].entries()) {
      const select = page.getByLabel('Sak', { exact: true });
      const option = select.locator('option', { hasText: new RegExp(`^${number.replace('/', '\\/')} `) });
      await select.selectOption((await option.getAttribute('value'))!);
      await page.getByRole('button', { name: 'Legg til', exact: true }).click();
      await expect.poll(() => agenda.count()).toBe(index + 1);
    }
    expect(await agenda.first().textContent()).toContain(`Sak ${first} Handlingsprogram 2021`);
    await expectNoSeriousA11yIssues(page);

    await page.getByRole('button', { name: 'Send innkalling' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/Innkallingen er sendt til \d+ mottakere/);

    await page.getByRole('link', { name: 'Registrer oppmøte' }).click();
    await arrived(page, 'Registrer oppmøte');
    await expectNoSeriousA11yIssues(page);
    // Everyone is present by default; one member sends apologies.
    await page.locator('tbody tr').nth(1).getByLabel('Forfall').check();
    await page.getByRole('button', { name: 'Lagre oppmøtet' }).click();
    await expect.poll(() => page.getByText(/Organet er vedtaksført/).count()).toBe(1);

    // A vote on the first item: two against, the rest for.
    await agenda.first().getByRole('link', { name: 'Registrer vedtak' }).click();
    await arrived(page, `Sak ${first} Handlingsprogram 2021`);
    const voters = page.locator('tbody tr');
    const count = await voters.count();
    for (let i = 0; i < count; i++)
      await voters
        .nth(i)
        .getByLabel(i < 2 ? 'Mot' : 'For', { exact: true })
        .check();
    await expectNoSeriousA11yIssues(page);
    await page.getByRole('button', { name: 'Lagre vedtaket' }).click();
    await expect
      .poll(() => agenda.first().textContent())
      .toContain(`Vedtatt. ${count - 2} stemte for, 2 mot, 0 avsto.`);

    await agenda.nth(1).getByRole('link', { name: 'Registrer vedtak' }).click();
    await arrived(page, `Sak ${second} Budsjett 2021`);
    await page.getByLabel('Enstemmig').check();
    await page.getByRole('button', { name: 'Lagre vedtaket' }).click();
    await expect.poll(() => agenda.nth(1).textContent()).toContain('Vedtatt.');

    await page.getByLabel('Merknader i protokollen').fill('Møtet ble hevet kl. 12.00.');
    await page.getByRole('button', { name: 'Godkjenn protokollen' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Protokollen er godkjent');
    await expectNoSeriousA11yIssues(page);

    // The approved minutes are public, with the vote.
    const anonymous = await browser.context();
    const portal = await anonymous.newPage();
    const publicPath = meetingPath.replace('/app', '');
    await portal.goto(publicPath);
    expect(await portal.locator('ol.agenda').textContent()).toContain(`${count - 2} stemte for, 2 mot`);
    await expectNoSeriousA11yIssues(portal);
    await portal.locator('ol.agenda').getByRole('link').first().click();
    await arrived(portal, `Sak ${first} Handlingsprogram 2021`);
    await expectNoSeriousA11yIssues(portal);
    await portal.goto('/moter');
    await expectNoSeriousA11yIssues(portal);
    const minutes = await portal.request.get(`${publicPath}/protokoll?format=html`);
    expect(minutes.status()).toBe(200);
    const html = await minutes.text();
    expect(html).toContain('Møtet ble hevet kl. 12.00.');
    expect(html).toContain('Forfall');
    await anonymous.close();
    await context.close();
  });
});

describe('the exempt case of the demo', () => {
  const base = browser.baseURL;
  const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, { redirect: 'manual', ...init });
  const secrets = [DEMO_EXEMPT.title, DEMO_EXEMPT.documentTitle, DEMO_EXEMPT.secretPhrase];
  const expectNoSecret = (text: string, door: string) => {
    for (const secret of secrets) expect(text, door).not.toContain(secret);
  };

  it('is shown to the public by its number and legal basis only, through every door', async () => {
    const found = (await (await get(`/api/v1/cases?q=${DEMO_EXEMPT.caseNumber}`)).json()) as {
      data: { id: string; title: string | null; legalBasis: string; withheld: boolean }[];
    };
    const kase = found.data[0]!;
    expect(kase).toMatchObject({ title: null, legalBasis: 'Offl. § 23 første ledd', withheld: true });
    const documents = (await (await get(`/api/v1/cases/${kase.id}/documents`)).json()) as {
      data: { id: string; title: string | null; links: { download: string | null } }[];
    };
    const file = documents.data[0]!;
    expect(file).toMatchObject({ title: null, links: { download: null } });

    // The file itself: no door opens it, and none admits it exists.
    expect((await get(`/filer/${file.id}`)).status).toBe(404);
    expect((await get(`/api/v1/documents/${file.id}/content`)).status).toBe(404);
    expect((await get(`/app/saker/${kase.id}`)).status).toBe(303);

    const meetings = (await (await get('/api/v1/meetings?from=2019-12-01&to=2019-12-31')).json()) as {
      data: { id: string; bodyName: string }[];
    };
    const meeting = meetings.data.find((m) => m.bodyName === 'Styret')!;
    const textDoors: [string, string][] = [];
    for (const path of [
      `/saker/${kase.id}`,
      `/moter/${meeting.id}`,
      `/moter/${meeting.id}/innkalling?format=html`,
      `/moter/${meeting.id}/protokoll?format=html`,
      '/moter?maned=2019-12',
      '/calendar.ics',
      `/api/v1/cases/${kase.id}`,
      `/api/v1/cases?q=${encodeURIComponent('kontorlokaler')}`,
      `/api/v1/cases?year=2019&limit=500`,
      `/api/v1/meetings/${meeting.id}`,
      `/api/v1/votes?meetingId=${meeting.id}&limit=500`,
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      textDoors.push([path, await response.text()]);
    }
    for (const [door, text] of textDoors) expectNoSecret(text, door);
    // A word of the exempt title finds nothing.
    expect(JSON.parse(textDoors[7]![1]).total).toBe(0);
    const casePage = textDoors[0]![1];
    expect(casePage).toContain(DEMO_EXEMPT.caseNumber);
    expect(casePage).toContain('Offl. § 23 første ledd');

    // The minutes as Word and PDF, read back as text.
    const docx = await get(`/moter/${meeting.id}/protokoll?format=docx`);
    const docxBody = await docxText(new Uint8Array(await docx.arrayBuffer()));
    expect(docxBody).toContain(DEMO_EXEMPT.caseNumber);
    expectNoSecret(docxBody, 'minutes (docx)');
    const pdf = await get(`/moter/${meeting.id}/protokoll?format=pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expectNoSecret(await pdfText(new Uint8Array(await pdf.arrayBuffer())), 'minutes (pdf)');
  });
});
