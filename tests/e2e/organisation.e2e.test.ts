import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yIssues, setupBrowser, signIn } from './browser';

const browser = setupBrowser();

describe('the organisation in the browser', () => {
  it('finds a member and sees its representatives', async () => {
    const context = await browser.context();
    const page = await context.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Medlemmer' }).click();
    await page.waitForURL((url) => url.pathname === '/app/medlemmer');
    await expectNoSeriousA11yIssues(page);

    await page.getByLabel('Per dato').fill('2020-06-01');
    await page.getByLabel('Søk').fill('Lillestrøm');
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'Lillestrøm');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('1 treff');
    await page.getByRole('link', { name: 'Lillestrøm', exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/app/medlemmer/'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lillestrøm');

    const representatives = page.locator('section', {
      has: page.getByRole('heading', { name: 'Representanter' }),
    });
    await expect.poll(() => representatives.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await representatives.textContent()).toContain('Samarbeidsrådet');
    expect(await representatives.textContent()).toContain('ordfører');
    // Its history: the three municipalities it continues.
    expect(await page.getByText('Videreført fra').textContent()).toMatch(/Fet.*Skedsmo.*Sørum|Skedsmo|Sørum/);
    await expectNoSeriousA11yIssues(page);
    await context.close();
  });

  it('appoints a person to the board, and the check counts the deputy', async () => {
    const context = await browser.context();
    const page = await context.newPage();
    await signIn(page);
    await page.goto('/app/organer?dato=2020-06-01');
    await page.getByRole('link', { name: 'Styret', exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/app/organer/'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Styret');
    expect(await page.getByText('19 av 19 plasser besatt').count()).toBe(1);
    await expectNoSeriousA11yIssues(page);

    await page.getByRole('link', { name: 'Oppnevn' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/oppnevn'));
    await expectNoSeriousA11yIssues(page);
    const person = page.getByLabel('Person', { exact: true });
    const option = await person
      .locator('option', { hasText: 'regionkoordinator' })
      .first()
      .getAttribute('value');
    await person.selectOption(option!);
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Varamedlem' });
    await page.getByLabel('På vegne av delregion', { exact: true }).selectOption({ label: 'Follo' });
    await page.getByLabel('Fra dato', { exact: true }).fill('2020-06-01');
    await page.getByRole('button', { name: 'Oppnevn' }).click();

    await page.waitForURL(
      (url) => url.pathname.startsWith('/app/organer/') && !url.pathname.endsWith('/oppnevn'),
    );
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('er oppnevnt');
    const appointments = page.locator('section', { has: page.getByRole('heading', { name: /Verv per/ }) });
    expect(await appointments.textContent()).toContain('Varamedlem');
    const follo = page.locator('tr', { hasText: 'Follo' }).first();
    expect(await follo.locator('td').nth(2).textContent()).not.toBe('—');
    await expectNoSeriousA11yIssues(page);
    await context.close();
  });

  it('shows the organisation chart with a text alternative, without JavaScript', async () => {
    const context = await browser.context({ javaScript: false });
    const page = await context.newPage();
    await signIn(page);
    await page.goto('/app/organisasjonskart?dato=2021-01-01');
    expect(await page.locator('svg[role="group"] title').textContent()).toBe(
      'Organisasjonskart for Osloregionen per 1. januar 2021',
    );
    expect(await page.locator(`svg[role="group"] a`).count()).toBeGreaterThan(7);
    const list = page.locator('section', {
      has: page.getByRole('heading', { name: 'Organisasjonskartet som liste' }),
    });
    expect(await list.textContent()).toContain('Representantskapet');
    expect(await list.textContent()).not.toContain('Samarbeidsrådet');
    await expectNoSeriousA11yIssues(page);
    await context.close();
  });
});

describe('the other organisation pages', () => {
  it('pass axe without JavaScript', async () => {
    const context = await browser.context({ javaScript: false });
    const page = await context.newPage();
    await signIn(page);
    const paths = [
      '/app/personer',
      '/app/personer/ny',
      '/app/delregioner?dato=2019-06-01',
      '/app/medlemmer/ny',
      '/app/medlemmer/import',
      '/app/medlemmer/sammenslaing',
      '/app/organer/ny',
    ];
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectNoSeriousA11yIssues(page);
    }
    // And a detail page of each kind, reached by following the first link.
    for (const [list, prefix] of [
      ['/app/personer', '/app/personer/0'],
      ['/app/delregioner', '/app/delregioner/0'],
      ['/app/medlemmer', '/app/medlemmer/0'],
    ] as const) {
      await page.goto(list);
      const href = await page
        .locator(`main a[href^="${prefix.slice(0, -1)}"]`)
        .filter({ hasNotText: /Ny|Importer/ })
        .first()
        .getAttribute('href');
      await page.goto(href!);
      await expectNoSeriousA11yIssues(page);
      if (list === '/app/medlemmer') {
        await page.goto(`${href!.split('?')[0]}/rediger`);
        await expectNoSeriousA11yIssues(page);
      }
    }
    await context.close();
  });
});
