import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yIssues, setupBrowser } from './browser';

const browser = setupBrowser();

describe.each([
  { javaScript: true, label: 'with JavaScript' },
  { javaScript: false, label: 'without JavaScript' },
])('public pages $label', ({ javaScript }) => {
  it('the home page shows the alliance, in bokmål, with landmarks, and passes axe', async () => {
    const context = await browser.context({ javaScript });
    const page = await context.newPage();
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Velkommen til Osloregionen');
    expect(await page.locator('header').count()).toBeGreaterThan(0);
    expect(await page.locator('main#main').count()).toBe(1);
    expect(await page.locator('footer').count()).toBe(1);
    // The skip link is the first stop for the keyboard.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til hovedinnhold');
    await expectNoSeriousA11yIssues(page);
    await context.close();
  });

  it('the login page passes axe', async () => {
    const context = await browser.context({ javaScript });
    const page = await context.newPage();
    await page.goto('/logg-inn');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Logg inn');
    expect(await page.locator('label[for="field-email"]').textContent()).toBe('E-postadresse');
    await expectNoSeriousA11yIssues(page);
    await context.close();
  });

  it('an unknown address gives the Norwegian 404 page in the site layout, and it passes axe', async () => {
    const context = await browser.context({ javaScript });
    const page = await context.newPage();
    const response = await page.goto('/finnes/ikke');
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Siden finnes ikke');
    expect(await page.locator('header a').first().textContent()).toBe('Osloregionen');
    await expectNoSeriousA11yIssues(page);
    await context.close();
  });
});

describe('language', () => {
  it('switches to English and back without JavaScript', async () => {
    const context = await browser.context({ javaScript: false });
    const page = await context.newPage();
    await page.goto('/logg-inn');
    await page.getByRole('link', { name: 'Change language to English' }).click();
    await page.waitForURL((url) => url.pathname === '/logg-inn');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sign in');
    await expectNoSeriousA11yIssues(page);
    await page.getByRole('link', { name: 'Bytt språk til norsk' }).click();
    await page.waitForURL((url) => url.pathname === '/logg-inn');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Logg inn');
    await context.close();
  });
});

describe('delivery', () => {
  it('compresses pages and caches hashed assets for a year', async () => {
    const page = await fetch(`${browser.baseURL}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    const html = await page.text();
    const asset = html.match(/href="(\/assets\/[^"]+\.css)"/)?.[1];
    expect(asset).toBeTruthy();
    const css = await fetch(`${browser.baseURL}${asset}`);
    expect(css.status).toBe(200);
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });
});

describe('every public page', () => {
  /** The href of the first link on the page whose path starts with `prefix` (and whose text matches). */
  const linkTo = async (page: Page, prefix: string, text?: string) => {
    const links = page.locator(`main a[href^="${prefix}"]`);
    const link = text ? links.filter({ hasText: text }).first() : links.first();
    const href = await link.getAttribute('href');
    expect(href, `a link to ${prefix}${text ? ` (${text})` : ''} on ${page.url()}`).toBeTruthy();
    return href!.split('#')[0]!;
  };

  it('has one h1 and a title, passes axe with and without JavaScript, and the skip link reaches main', async () => {
    for (const javaScript of [true, false]) {
      const context = await browser.context({ javaScript });
      const page = await context.newPage();
      /** Visits a page: 200, one h1 (with this text), a title, and no serious axe finding. */
      const visit = async (path: string, h1?: string) => {
        const response = await page.goto(path);
        expect(response?.status(), `${path} (JavaScript ${javaScript ? 'on' : 'off'})`).toBe(200);
        await expect.poll(() => page.locator('h1').count(), { message: path }).toBe(1);
        if (h1) expect(await page.locator('h1').textContent(), path).toBe(h1);
        expect(await page.title(), path).not.toBe('');
        await expectNoSeriousA11yIssues(page);
      };
      const main = () => page.locator('main').textContent();

      await visit('/', 'Velkommen til Osloregionen');
      expect(await main()).toContain('Areal og transport');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til hovedinnhold');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

      await visit('/medlemmer', 'Medlemmer');
      const oslo = await linkTo(page, '/medlemmer/', 'Oslo');
      await visit(oslo, 'Oslo');
      expect(await page.locator('section[aria-labelledby="kontingent"]').textContent()).toMatch(
        /kr\s1\s000\s000/,
      );
      expect(await page.title()).toBe('Oslo – Osloregionen');

      await visit('/organer', 'Organer');
      await visit(await linkTo(page, '/organer/', 'Styret'), 'Styret');
      await visit(await linkTo(page, '/personer/'));
      expect(await main()).toContain('Styret');

      await visit('/vedtak', 'Vedtak');
      expect(await main()).toContain('39/19');
      expect(await main()).not.toContain('kontorlokaler');
      const meeting = await linkTo(page, '/moter/');

      await visit('/handlingsprogram', 'Handlingsprogram');
      await visit('/handlingsprogram/2020', 'Handlingsprogram 2020');
      expect(await main()).toContain('4.3.2 Areal og transport');
      await visit('/handlingsprogram/2020/arsrapport', 'Årsrapport 2020');
      await visit('/om', 'Om Osloregionen');
      await visit('/tilgjengelighet', 'Tilgjengelighetserklæring');
      expect(await page.locator('a[href^="mailto:"]').first().textContent()).toBe(
        'post@osloregionen.example.org',
      );
      expect(await page.locator('footer a[href="/tilgjengelighet"]').count()).toBe(1);

      await visit('/moter');
      await visit(meeting);
      await visit('/arrangementer');
      await visit('/horinger');
      await visit('/nyheter', 'Nyheter');
      await visit(await linkTo(page, '/nyheter/'));
      await visit('/sok?q=transportplan');

      const missing = await page.goto('/organer/00000000-0000-4000-8000-000000000000');
      expect(missing?.status()).toBe(404);
      await context.close();
    }
  }, 300_000);
});
