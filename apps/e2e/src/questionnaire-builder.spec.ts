import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { seriousAccessibilityViolations } from './axe.js';
import { freshPage, launchChromium } from './browser.js';
import { startServer, type RunningServer } from './server.js';
import { signInToCoordinatorApp } from './sign-in.js';

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

describe("a programme's own questionnaire, made in the browser without code", () => {
  it('a coordinator creates a questionnaire with two items and sees it listed for the programme; the builder has no serious accessibility violation', async () => {
    const page = await freshPage(browser);
    await signInToCoordinatorApp(page, server.url);
    await page.goto(`${server.url}/coordinator/programme-settings`);
    await page.getByRole('link', { name: /: instellingen$/ }).first().click();
    await page.getByRole('link', { name: 'Eigen vragenlijsten maken en bewerken' }).click();
    await page.getByRole('heading', { name: /^Vragenlijsten van /, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Nieuwe vragenlijst' }).click();
    await page.getByRole('heading', { name: /^Nieuwe vragenlijst voor /, level: 1 }).waitFor();

    await page.getByLabel('Titel van de vragenlijst in het Nederlands', { exact: true }).fill('Terugblik van de mentor');
    await page.getByLabel('Titel van de vragenlijst in het Engels', { exact: true }).fill("The mentor's look back");
    const first = 'Vraag 1 van deel 1 zoals de vrijwilliger die leest';
    await page.getByLabel(`${first} in het Nederlands`, { exact: true }).fill('Ik had genoeg tijd voor de leerling.');
    await page.getByLabel(`${first} in het Engels`, { exact: true }).fill('I had enough time for the pupil.');
    await page.getByRole('button', { name: 'Vraag toevoegen aan deel 1' }).click();
    await page.getByLabel('Soort vraag (Vraag 2 van deel 1)').selectOption('text');
    await page.getByLabel('Verplicht (Vraag 2 van deel 1)').uncheck();
    const second = 'Vraag 2 van deel 1 zoals de vrijwilliger die leest';
    await page.getByLabel(`${second} in het Nederlands`, { exact: true }).fill('Wat zou je anders doen?');
    await page.getByLabel(`${second} in het Engels`, { exact: true }).fill('What would you do differently?');

    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const saved = page.waitForResponse((r) => r.url().includes('/trpc/evaluation.saveQuestionnaire'));
    await page.getByRole('button', { name: 'Vragenlijst opslaan' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByRole('heading', { name: /^Vragenlijsten van /, level: 1 }).waitFor();
    const row = page.getByRole('row', { name: /Terugblik van de mentor/ });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(1).innerText()).toBe('Eigen');

    // Opened again, the builder shows both items as saved.
    await page.getByRole('link', { name: 'Terugblik van de mentor' }).click();
    await page.getByRole('heading', { name: /bewerken$/, level: 1 }).waitFor();
    expect(await page.getByLabel(`${second} in het Engels`, { exact: true }).inputValue()).toBe('What would you do differently?');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
