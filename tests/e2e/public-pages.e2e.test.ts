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
