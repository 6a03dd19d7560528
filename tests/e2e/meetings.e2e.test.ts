import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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
    const minutes = await portal.request.get(`${publicPath}/protokoll?format=html`);
    expect(minutes.status()).toBe(200);
    const html = await minutes.text();
    expect(html).toContain('Møtet ble hevet kl. 12.00.');
    expect(html).toContain('Forfall');
    await anonymous.close();
    await context.close();
  });
});
