import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yIssues, setupBrowser, signIn } from './browser';

const browser = setupBrowser();

describe('knowledge, fees and budget in the browser', () => {
  it("shows a member's population as a chart and a table, the region ranked, the fee list and budget vs actual", async () => {
    const context = await browser.context();
    const page = await context.newPage();
    await signIn(page);
    await page.goto('/app/medlemmer?q=Lillestr%C3%B8m&dato=2020-06-01');
    await page.getByRole('link', { name: 'Lillestrøm', exact: true }).click();
    await page.getByRole('link', { name: 'Befolkningsutviklingen i Lillestrøm' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/app/kunnskap/medlem/'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lillestrøm: personer');
    await expect.poll(() => page.getByRole('img', { name: 'Lillestrøm: personer' }).count()).toBe(1);
    const table = page.getByRole('table', { name: 'Lillestrøm: personer' });
    // 1.1.2020 on 2020 borders (Statistics Norway 07459): 85 983, up 226 from 85 757.
    expect(await table.locator('tbody tr').first().textContent()).toMatch(/^2020\s*85\s983\s*\+226/);
    expect(await table.locator('tbody tr').count()).toBe(21);
    await expectNoSeriousA11yIssues(page);

    await page.getByRole('link', { name: 'Kunnskap om regionen' }).click();
    await page.waitForURL((url) => url.pathname === '/app/kunnskap');
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: 'Medlemmene rangert etter siste år' })
          .locator('tbody tr')
          .first()
          .textContent(),
      )
      .toContain('Oslo');
    await expectNoSeriousA11yIssues(page);

    // The programme's focus area follows the population: linked with a plain form, the region's figure shows.
    await page.goto('/app/handlingsprogram/2020');
    await page.getByRole('link', { name: 'Areal og transport' }).first().click();
    await page.waitForURL((url) => url.pathname.includes('/omrade/'));
    await page.getByLabel('Indikator', { exact: true }).selectOption({ label: 'Personer (07459)' });
    await page.getByRole('button', { name: 'Koble indikator' }).click();
    await expect
      .poll(() => page.locator('#indikatorer + ul').textContent())
      .toMatch(/Personer i regionen: 2\s\d{3}\s\d{3} \(2020\)/);
    await expectNoSeriousA11yIssues(page);

    await page.getByRole('link', { name: 'Kontingent', exact: true }).click();
    await page.getByRole('link', { name: 'Kontingent 2020' }).click();
    await page.waitForURL((url) => url.pathname === '/app/kontingent/2020');
    const fees = page.getByRole('table', { name: 'Kontingentliste' });
    await expect.poll(() => fees.locator('tbody tr').count()).toBe(72);
    expect(await fees.locator('tbody tr').last().textContent()).toContain('Sum');
    await expectNoSeriousA11yIssues(page);
    // A rate that is not a number is refused with the reason, and nothing changes.
    await page.getByLabel('Sats per innbygger', { exact: true }).fill('to kroner');
    await page.getByRole('button', { name: 'Lagre kontingentvedtaket' }).click();
    await expect
      .poll(() => page.getByText('Skriv satsen i kroner per innbygger').first().isVisible())
      .toBe(true);
    await expectNoSeriousA11yIssues(page);

    await page.goto('/app/budsjett/2020');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Budsjett 2020');
    await expectNoSeriousA11yIssues(page);
    await page.getByRole('link', { name: 'Budsjett mot regnskap 2020' }).click();
    await page.waitForURL((url) => url.pathname === '/app/budsjett/2020/regnskap');
    await expect
      .poll(() => page.getByRole('img', { name: /Utgifter per innsatsområde 2020/ }).count())
      .toBe(1);
    expect(await page.getByText('Alle posteringer er med').textContent()).toMatch(/1\s045\s468,55/);
    await expectNoSeriousA11yIssues(page);
    await context.close();
  });

  it('finds a partner and the programme activities that name it', async () => {
    const context = await browser.context();
    const page = await context.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Partnere' }).click();
    await page.waitForURL((url) => url.pathname === '/app/partnere');
    await expectNoSeriousA11yIssues(page);
    await page.getByRole('link', { name: 'Ungt Entreprenørskap' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/app/partnere/'));
    await expect
      .poll(() => page.getByRole('link', { name: /2020: Gjennomføre innovasjonscamp/ }).count())
      .toBe(1);
    await expectNoSeriousA11yIssues(page);
    await context.close();
  });

  it('reads the knowledge page without client JavaScript', async () => {
    const context = await browser.context({ javaScript: false });
    const page = await context.newPage();
    await signIn(page);
    await page.goto('/app/kunnskap?dato=2020-06-01');
    await expect.poll(() => page.getByRole('img').count()).toBeGreaterThan(0);
    await expectNoSeriousA11yIssues(page);
    await context.close();
  });
});
