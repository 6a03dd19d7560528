import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { ADMIN } from './server';

/** Debian's Chromium, never a downloaded one. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** One browser per test file; `context({ javaScript: false })` blocks every script, as a visitor without JS. */
export function setupBrowser() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const baseURL = inject('baseUrl');
  return {
    baseURL,
    async context(options: { javaScript?: boolean; locale?: string } = {}): Promise<BrowserContext> {
      const context = await browser!.newContext({ baseURL, locale: options.locale ?? 'nb-NO' });
      if (options.javaScript === false) await context.route('**/*.js', (route) => route.abort());
      return context;
    },
  };
}

/** Runs axe (WCAG 2.1 A/AA) and fails on any serious or critical finding, listing them. */
export async function expectNoSeriousA11yIssues(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${page.url()}`).toEqual([]);
}

/** Signs in as the e-2-e administrator through the login form and lands on /app. */
export async function signIn(page: Page) {
  await page.goto('/logg-inn');
  await page.getByLabel('E-postadresse', { exact: true }).fill(ADMIN.email);
  await page.getByLabel('Passord', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL((url) => url.pathname === '/app');
}
