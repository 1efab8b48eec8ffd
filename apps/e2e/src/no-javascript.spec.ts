/**
 * The recruitment site with JavaScript disabled (issue 15): the role page and the application
 * form are prerendered at build time, so a visitor reads them without the script; what needs the
 * script (loading the programmes, sending) says so instead of spinning.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.js';
import { startServer, type RunningServer } from './server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function pageWithoutJavaScript() {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL', viewport: { width: 390, height: 844 } });
  return context.newPage();
}

describe('issue 15: the recruitment site without JavaScript', () => {
  it('the role page reads in full, with its title and the way to apply', async () => {
    const page = await pageWithoutJavaScript();
    await page.goto(`${server.url}/`);
    await expect(page.title()).resolves.toBe('Word vrijwillige thuismentor – Thuismentor worden');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Word vrijwillige thuismentor');
    expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(5);
    expect(await page.getByRole('link', { name: 'Aanmelden' }).first().getAttribute('href')).toBe('/apply');
    await page.context().close();
  });

  it('the application form shows every question with its label, and says that sending needs JavaScript', async () => {
    const page = await pageWithoutJavaScript();
    await page.goto(`${server.url}/apply`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Aanmelden als vrijwilliger');
    for (const label of ['Voornaam', 'Achternaam', 'E-mailadres', 'Telefoonnummer', 'Postcode', 'Geboortedatum', 'Waarom wil je vrijwilliger worden?']) {
      expect(await page.getByLabel(label).count(), label).toBe(1);
    }
    // (Playwright's text search skips <noscript>, so the hint is found by its class)
    const hint = page.locator('p.recruit-noscript');
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toContain('om het formulier te versturen is JavaScript nodig');
    // no "loading the programmes…" that never ends
    expect(await page.getByRole('status').filter({ hasText: /geladen/i }).isVisible()).toBe(false);
    await page.context().close();
  });

  it('with JavaScript, the prerendered form becomes the working form (labels still lead to their fields)', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${server.url}/apply`);
    await page.getByLabel('Voor welk programma meld je je aan?').selectOption({ label: "School's cool thuismentoraat – School's cool De Liemers" });
    await page.getByLabel('Voornaam').fill('Sanne');
    expect(await page.getByLabel('Voornaam').inputValue()).toBe('Sanne');
    expect(await page.locator('p.recruit-noscript').count()).toBe(0);
    await context.close();
  });
});
