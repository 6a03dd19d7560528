import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yIssues, setupBrowser, signIn } from './browser';

const browser = setupBrowser();
// A month ahead, so registration is open whenever the suite runs.
const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

describe('the work under the programme in the browser', () => {
  it('is set up by the secretariat, registered for on the portal without JavaScript, and fills to a waiting list', async () => {
    const staff = await (await browser.context()).newPage();
    await signIn(staff);
    await staff.goto('/app/arrangementer');
    await staff.getByLabel('Tittel', { exact: true }).fill('Læringsarena for sirkulærøkonomi');
    await staff.getByLabel('Type', { exact: true }).selectOption({ label: 'Seminar' });
    await staff.getByLabel('Starter', { exact: true }).fill(`${day}T09:00`);
    await staff.getByLabel('Slutter', { exact: true }).fill(`${day}T12:00`);
    await staff.getByLabel('Sted', { exact: true }).fill('Asker rådhus');
    await staff.getByLabel('Antall plasser', { exact: true }).fill('1');
    await staff.getByLabel('Vis på nettsiden').check();
    await staff.getByLabel('Åpen for påmelding').check();
    await staff.getByRole('button', { name: 'Opprett arrangement' }).click();
    await staff.waitForURL((url) => /^\/app\/arrangementer\/[\w-]+$/.test(url.pathname));
    await staff.getByLabel('Programpunkt', { exact: true }).fill('Erfaringer fra kommunene');
    await staff.getByLabel('Innledere').fill('Circular Norway');
    await staff.getByRole('button', { name: 'Legg til programpunkt' }).last().click();
    await expect.poll(() => staff.getByText('Erfaringer fra kommunene').count()).toBe(1);
    await expectNoSeriousA11yIssues(staff);
    const eventPath = new URL(staff.url()).pathname.replace('/app', '');

    // A visitor without JavaScript: the form posts and answers as a plain form.
    const visitor = await (await browser.context({ javaScript: false })).newPage();
    await visitor.goto('/arrangementer');
    await visitor.getByRole('link', { name: 'Læringsarena for sirkulærøkonomi' }).click();
    await visitor.waitForURL((url) => url.pathname === eventPath);
    expect(await visitor.getByText('Circular Norway').count()).toBe(1);
    await visitor.getByLabel('Navn', { exact: true }).fill('Marte Kirkerud');
    await visitor.getByLabel('E-post', { exact: true }).fill('marte.kirkerud@example.org');
    await visitor.getByRole('button', { name: 'Meld meg på' }).click();
    await expect
      .poll(() => visitor.getByText('Du må samtykke for å melde deg på.').count())
      .toBeGreaterThan(0);
    await expectNoSeriousA11yIssues(visitor);
    await visitor.getByLabel('Jeg samtykker').check();
    await visitor.getByRole('button', { name: 'Meld meg på' }).click();
    await expect
      .poll(() => visitor.getByText('Takk! Påmeldingen er mottatt.', { exact: false }).count())
      .toBe(1);
    await expectNoSeriousA11yIssues(visitor);

    // The one seat is taken: the next visitor is told so and goes on the waiting list.
    const second = await (await browser.context()).newPage();
    await second.goto(eventPath);
    expect(await second.getByText('Arrangementet er fullt.', { exact: false }).count()).toBe(1);
    await second.getByLabel('Navn', { exact: true }).fill('Tor Ås');
    await second.getByLabel('E-post', { exact: true }).fill('tor.as@example.org');
    await second.getByLabel('Jeg samtykker').check();
    await second.getByRole('button', { name: 'Meld meg på' }).click();
    await expect
      .poll(() => second.getByText('Takk! Påmeldingen er mottatt.', { exact: false }).count())
      .toBe(1);
    expect(await second.content()).not.toContain('Marte Kirkerud');

    await staff.reload();
    const confirmed = staff.getByRole('table', { name: 'Har plass (1)' });
    expect(await confirmed.locator('tbody tr').first().textContent()).toContain('Marte Kirkerud');
    expect(await staff.locator('section[aria-labelledby="pameldte"] ol').textContent()).toContain('Tor Ås');
    await expectNoSeriousA11yIssues(staff);
  });

  it('shows the answered consultations and search to the public, and the registers to the secretariat, all passing axe', async () => {
    const visitor = await (await browser.context({ javaScript: false })).newPage();
    await visitor.goto('/horinger');
    await visitor.getByRole('link', { name: 'Høring – Klimakur 2030' }).click();
    await visitor.waitForURL((url) => url.pathname.startsWith('/horinger/'));
    expect(await visitor.getByText('Miljødirektoratet').count()).toBeGreaterThan(0);
    await expectNoSeriousA11yIssues(visitor);

    // Search, as a plain GET form: the matched word is marked in the snippet.
    await visitor.goto('/sok');
    await visitor.getByLabel('Søkeord').fill('transportplan');
    await visitor.getByRole('button', { name: 'Søk', exact: true }).click();
    await visitor.waitForURL((url) => url.pathname === '/sok' && url.search.includes('q=transportplan'));
    expect(
      await visitor
        .getByRole('link', { name: 'Gi innspill til arbeidet med Nasjonal transportplan' })
        .count(),
    ).toBe(1);
    expect(await visitor.locator('mark').count()).toBeGreaterThan(0);
    await expectNoSeriousA11yIssues(visitor);

    const staff = await (await browser.context()).newPage();
    await signIn(staff);
    for (const [list, item] of [
      ['/app/horinger', 'Høring – EUs transportpolitikk / revisjon av TEN-T-forordningen'],
      ['/app/nettverk', 'Nettverk for sirkulærøkonomi'],
      ['/app/prosjekter', 'Bærekraftig Osloregion'],
    ] as const) {
      await staff.goto(list);
      await expectNoSeriousA11yIssues(staff);
      await staff.getByRole('link', { name: item, exact: true }).first().click();
      await staff.waitForURL((url) => url.pathname.startsWith(`${list}/`));
      await expect.poll(() => staff.locator('h1').textContent()).toContain(item);
      await expectNoSeriousA11yIssues(staff);
    }
  });
});
