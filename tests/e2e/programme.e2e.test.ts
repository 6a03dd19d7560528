import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { docxText } from '../../src/exports/text-extraction';
import { expectNoSeriousA11yIssues, setupBrowser, signIn } from './browser';

const browser = setupBrowser();
const NEW_ACTIVITY = 'Arr. godskonferanse for Østlandet 2021';
const KNOWLEDGE = 'Samle kunnskap, statistikk og foreta analyser om regionen';

async function arrived(page: Page, heading: string | RegExp) {
  await expect.poll(() => page.locator('h1').textContent()).toMatch(heading);
}

/** The row of the matrix for a role, by the start of its label. */
const row = (page: Page, role: string) =>
  page.locator('table.matrix tr', { has: page.locator('th', { hasText: role }) });

describe('the action programme in the browser', () => {
  it('is copied to next year; an activity is added in the matrix, moved to another role, followed up and downloaded', async () => {
    const context = await browser.context();
    const page = await context.newPage();
    await signIn(page);

    await page.getByRole('link', { name: 'Handlingsprogram', exact: true }).click();
    await arrived(page, 'Handlingsprogram');
    await expectNoSeriousA11yIssues(page);
    await page.getByRole('button', { name: 'Kopier 2020 til 2021' }).click();
    await arrived(page, 'Handlingsprogram 2021');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('kopiert til 2021');
    await expectNoSeriousA11yIssues(page);

    await page.getByRole('link', { name: 'Areal og transport' }).click();
    await arrived(page, 'Areal og transport');
    await expectNoSeriousA11yIssues(page);
    const meetingPlaces = row(page, 'Skape møteplasser og nettverk');
    await meetingPlaces.getByLabel('Ny aktivitet: Skape møteplasser og nettverk').fill(NEW_ACTIVITY);
    await meetingPlaces.getByRole('button', { name: 'Legg til' }).click();
    await expect.poll(() => meetingPlaces.locator('li', { hasText: NEW_ACTIVITY }).count()).toBe(1);

    const item = meetingPlaces.locator('li', { hasText: NEW_ACTIVITY });
    await item.getByLabel(`Flytt «${NEW_ACTIVITY}» til rolle`).selectOption({ label: KNOWLEDGE });
    await item.getByRole('button', { name: 'Flytt', exact: true }).click();
    await expect.poll(() => row(page, KNOWLEDGE).locator('li', { hasText: NEW_ACTIVITY }).count()).toBe(1);
    expect(await meetingPlaces.locator('li', { hasText: NEW_ACTIVITY }).count()).toBe(0);
    await expectNoSeriousA11yIssues(page);

    await row(page, KNOWLEDGE).getByRole('link', { name: NEW_ACTIVITY }).click();
    await arrived(page, NEW_ACTIVITY);
    await expectNoSeriousA11yIssues(page);
    await page.getByLabel('Pågår', { exact: true }).check();
    await page.getByLabel('Notat (valgfritt)').fill('Programkomité nedsatt med NHO Logistikk og Transport.');
    await page.getByRole('button', { name: 'Lagre status' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Statusen er lagret');
    await expect.poll(() => page.locator('dl.facts').textContent()).toContain('Pågår');
    expect(await page.locator('ol.notes').textContent()).toContain('Programkomité nedsatt');

    await page.goto('/app/handlingsprogram/2021');
    await arrived(page, 'Handlingsprogram 2021');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('p', { hasText: 'Handlingsprogrammet:' }).getByRole('link', { name: 'Word' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('handlingsprogram-2021.docx');
    const text = await docxText(readFileSync((await download.path())!));
    expect(text).toContain('4.3.2 Areal og transport');
    expect(text).toContain(NEW_ACTIVITY);
    expect(text).toContain('Utkast per');

    // The other pages of the draft read well, and the cycle's settings take a new lead time.
    for (const [link, heading] of [
      ['Oppfølging', 'Oppfølging av Handlingsprogram 2021'],
      ['Rediger tekster', 'Tekster i Handlingsprogram 2021'],
      ['Roller og innsatsområder', 'Roller og innsatsområder i Handlingsprogram 2021'],
    ] as const) {
      await page.goto('/app/handlingsprogram/2021');
      await page.getByRole('main').getByRole('link', { name: link, exact: true }).click();
      await arrived(page, heading);
      await expectNoSeriousA11yIssues(page);
    }
    await page.goto('/admin/innstillinger');
    const cycleForm = page.locator('form', { has: page.getByLabel('Påminnelse, dager før fristen') });
    await cycleForm.getByLabel('Påminnelse, dager før fristen').fill('21');
    await cycleForm.getByRole('button', { name: 'Lagre innstillingene' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Innstillingene er lagret');
    expect(await page.getByLabel('Påminnelse, dager før fristen').inputValue()).toBe('21');
    await context.close();
  });

  it('works without JavaScript: the matrix takes a new activity by a plain form, and the wheel reads', async () => {
    const context = await browser.context({ javaScript: false });
    const page = await context.newPage();
    await signIn(page);
    await page.goto('/app/handlingsprogram/2021');
    await page.getByRole('link', { name: 'Klima og miljø' }).click();
    await page.waitForURL((url) => url.pathname.includes('/omrade/'));
    const dialogue = row(page, 'Dialog med og påvirke nasjonale myndigheter');
    await dialogue
      .getByLabel('Ny aktivitet: Dialog med og påvirke nasjonale myndigheter')
      .fill('Gi innspill til Klimakur 2030');
    await dialogue.getByRole('button', { name: 'Legg til' }).click();
    await page.waitForLoadState('load');
    expect(await row(page, 'Dialog med og påvirke').locator('li', { hasText: 'Klimakur 2030' }).count()).toBe(
      1,
    );
    await expectNoSeriousA11yIssues(page);

    await page.goto('/app/arshjul?ar=2019');
    await arrived(page, 'Årshjul 2019');
    expect(await page.locator('svg.annual-wheel title').textContent()).toBe('Årshjulet for 2019');
    expect(await page.locator('table').first().textContent()).toContain(
      'Styret vedtar handlingsprogram og budsjett for 2020',
    );
    await expectNoSeriousA11yIssues(page);
    await context.close();
  });
});
