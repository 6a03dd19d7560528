import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yIssues, setupBrowser } from './browser';
import { ADMIN } from './server';

const browser = setupBrowser();

describe('signing in through the login form', () => {
  it('sends an anonymous visitor to the login page, refuses a wrong password in Norwegian, audits it, and lets the right one in', async () => {
    const context = await browser.context();
    const page = await context.newPage();

    await page.goto('/admin/endringslogg');
    await page.waitForURL(
      (url) => url.pathname === '/logg-inn' && url.searchParams.get('neste') === '/admin/endringslogg',
    );

    await page.getByLabel('E-postadresse', { exact: true }).fill(ADMIN.email);
    await page.getByLabel('Passord', { exact: true }).fill('et-feil-passord');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect.poll(() => page.getByText('Feil e-postadresse eller passord.').count()).toBe(1);
    expect(page.url()).toContain('/logg-inn');

    await page.getByLabel('Passord', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/endringslogg');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Endringslogg');
    // The failed attempt is in the audit log, with the e-mail it was made for.
    const failed = page.locator('tr', { hasText: 'Mislykket innlogging' }).first();
    expect(await failed.textContent()).toContain('accounts.login.failed');
    await failed.locator('summary').click();
    expect(await failed.textContent()).toContain(ADMIN.email);
    await expectNoSeriousA11yIssues(page);

    await page.getByRole('link', { name: 'Oversikt' }).click();
    await page.waitForURL((url) => url.pathname === '/app');
    await expectNoSeriousA11yIssues(page);

    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await page.getByRole('status').textContent()).toContain('Du er logget ut.');
    await page.goto('/app');
    await page.waitForURL((url) => url.pathname === '/logg-inn' && url.searchParams.get('neste') === '/app');
    await context.close();
  });

  it('works without JavaScript, as a plain form', async () => {
    const context = await browser.context({ javaScript: false });
    const page = await context.newPage();
    await page.goto('/logg-inn?neste=%2Fapp%2Fprofil');
    await page.getByLabel('E-postadresse', { exact: true }).fill(ADMIN.email);
    await page.getByLabel('Passord', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL((url) => url.pathname === '/app/profil');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Min profil');
    await expectNoSeriousA11yIssues(page);
    await context.close();
  });
});

describe('the signed-in pages', () => {
  it('pass axe, and a failed form shows its errors by the fields (without JavaScript)', async () => {
    const context = await browser.context({ javaScript: false });
    const page = await context.newPage();
    await page.goto('/logg-inn');
    await page.getByLabel('E-postadresse', { exact: true }).fill(ADMIN.email);
    await page.getByLabel('Passord', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL((url) => url.pathname === '/app');
    for (const path of ['/admin/brukere', '/admin/innstillinger', '/app/profil']) {
      await page.goto(path);
      await expectNoSeriousA11yIssues(page);
    }
    await page.goto('/admin/brukere/ny');
    await page.getByLabel('Navn', { exact: true }).fill('Åse Ødegård');
    await page.getByLabel('E-postadresse', { exact: true }).fill('ase@');
    await page.getByRole('button', { name: 'Lagre' }).click();
    const error = page.locator('#field-email-error');
    expect(await error.textContent()).toBe('Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.');
    expect(await page.getAttribute('#field-email', 'aria-describedby')).toBe('field-email-error');
    expect(await page.inputValue('#field-name')).toBe('Åse Ødegård');
    await expectNoSeriousA11yIssues(page);
    await context.close();
  });
});

describe('a forged form post', () => {
  it('is refused with the Norwegian 403 page, and no login happens', async () => {
    const response = await fetch(`${browser.baseURL}/logg-inn`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `samrad_csrf=${'a'.repeat(43)}`,
      },
      body: new URLSearchParams({ _csrf: 'b'.repeat(43), email: ADMIN.email, password: ADMIN.password }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie().some((c) => c.startsWith('samrad_session='))).toBe(false);
    const html = await response.text();
    expect(html).toContain('<h1 class="ds-heading" data-size="lg" id="error-title">Ingen tilgang</h1>');
    expect(html).toContain('sikkerhetsnøkkelen manglet eller var utløpt');
  });
});
