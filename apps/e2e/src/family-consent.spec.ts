import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freshPage, launchChromium } from './browser.js';
import { birthDateForAge } from './clock.js';
import { startServer, type RunningServer } from './server.js';
import { seriousAccessibilityViolations } from './axe.js';

/** The portal's own Arabic texts, so the test clicks what an Arabic-reading parent sees. */
const ar = JSON.parse(readFileSync(new URL('../../portal/src/locales/ar.json', import.meta.url), 'utf8')) as {
  signIn: Record<string, string>;
  consent: Record<string, string>;
};
const fill = (text: string, name: string) => text.replaceAll('{{name}}', name);

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

async function signInToCoordinatorApp(page: Page, email: string) {
  await page.goto(`${server.url}/coordinator/`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('driehoek-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

/** The code from the newest sign-in e-mail, read in the development outbox as a coordinator would. */
async function codeFromOutbox(): Promise<string> {
  const page = await freshPage(browser);
  await signInToCoordinatorApp(page, 'coordinator@schoolscool.example');
  await page.getByRole('link', { name: 'Verzonden e-mail' }).click();
  await page.getByRole('button', { name: /Bericht tonen: رمز تسجيل الدخول/ }).first().click();
  const text = await page.locator('main').innerText();
  await page.context().close();
  const code = /(\d{6})/.exec(text)?.[1];
  if (!code) throw new Error('no sign-in code in the outbox');
  return code;
}

describe('pupils, families and consent in the browser', () => {
  it('a school mentor nominates a pupil with the help request and the family', async () => {
    const page = await freshPage(browser);
    await signInToCoordinatorApp(page, 'mentor@academie-tien.example');
    await page.getByRole('link', { name: 'Leerling aanmelden' }).click();
    await page.getByLabel('Programma').selectOption({ label: 'Thuisschoolmaatje' });
    await page.getByLabel('Voornaam leerling').fill('Yara');
    await page.getByLabel('Achternaam leerling').fill('Mansour');
    await page.getByLabel('Geboortedatum leerling').fill(birthDateForAge(13));
    await page.getByLabel('Leerjaar').fill('Brugklas');
    await page.getByLabel('Postcode van het gezin').fill('3541 AB');
    await page.getByLabel('Arabisch').check();
    await page.getByLabel('Ouders spreken weinig Nederlands en niemand thuis kan helpen met schoolwerk').check();
    await page.getByLabel('Hulpvraag').fill('Er is niemand thuis aan wie ze hulp kan vragen over haar werk.');
    await page.getByLabel('Rol (familielid 1)').selectOption('parent');
    await page.getByLabel('Voornaam (familielid 1)').fill('Huda');
    await page.getByLabel('Achternaam (familielid 1)').fill('Mansour');
    await page.getByLabel('E-mailadres (familielid 1)').fill('huda.mansour@example.org');
    await page.getByLabel('Voorkeurstaal (familielid 1)').selectOption('ar');
    await page.getByLabel('Heeft ouderlijk gezag (familielid 1)').check();
    await page.getByRole('button', { name: 'Leerling aanmelden' }).click();
    await page.getByRole('heading', { name: 'Yara Mansour', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Mijn leerlingen' }).click();
    await page.getByRole('link', { name: 'Yara Mansour' }).waitFor();
    await page.context().close();
  });

  it('before the family answered, the coordinator is told to ask the pupil first (CON-2)', async () => {
    const coordinator = await freshPage(browser);
    await signInToCoordinatorApp(coordinator, 'coordinator@schoolscool.example');
    await coordinator.getByRole('link', { name: 'Leerlingen' }).click();
    await coordinator.getByRole('link', { name: 'Amira Benali' }).click();
    await coordinator.getByText('Vraag eerst de leerling').waitFor();
    await coordinator.context().close();
  });

  it('a parent signs in to the portal in Arabic (right to left), the child answers first, then the parent; the coordinator sees the pupil ready to match', async () => {
    const portal = await freshPage(browser);
    await portal.goto(`${server.url}/portal/sign-in`);
    await portal.getByLabel('Taal').first().selectOption('ar');
    await portal.getByRole('heading', { name: ar.signIn.title, level: 1 }).waitFor();
    expect(await portal.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    expect(await seriousAccessibilityViolations(portal)).toEqual([]);

    await portal.getByLabel(ar.signIn.email!, { exact: true }).fill('ouder@example.org');
    await portal.getByRole('button', { name: ar.signIn.send }).click();
    await portal.getByLabel(ar.signIn.code!).fill(await codeFromOutbox());
    await portal.getByRole('button', { name: ar.signIn.submit }).click();
    await portal.locator('section.portal-question').first().waitFor();
    expect(await portal.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await seriousAccessibilityViolations(portal)).toEqual([]);

    // Amira is a girl: the sentences about her are in the feminine ("تقول", not "يقول"; issue 15).
    const girlSaysYes = fill(ar.consent.childYes_female!, 'Amira');
    await portal.getByRole('button', { name: girlSaysYes }).first().waitFor();
    expect(await portal.getByRole('button', { name: fill(ar.consent.childYes!, 'Amira') }).count()).toBe(0);

    // Answer every open question, the child's first (CON-2): tick "I have read this", then "yes".
    const yes = [girlSaysYes, ar.consent.yes!];
    for (let answered = 0; answered < 12; answered++) {
      // Pin the question by its heading: once ticked it no longer counts as open.
      const open = portal.locator('section.portal-question').filter({ has: portal.locator('input[type=checkbox]:not(:checked)') });
      if ((await open.count()) === 0) break;
      const headingId = await open.first().getAttribute('aria-labelledby');
      const question = portal.locator(`section.portal-question[aria-labelledby="${headingId}"]`);
      await question.locator('input[type=checkbox]').check();
      const saved = portal.waitForResponse((r) => r.url().includes('portal.answerConsent'));
      await question.getByRole('button', { name: new RegExp(`^(${yes.map((y) => y.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`) }).click();
      expect((await saved).status()).toBe(200);
    }
    expect(await seriousAccessibilityViolations(portal)).toEqual([]);
    await portal.context().close();

    const coordinator = await freshPage(browser);
    await signInToCoordinatorApp(coordinator, 'coordinator@schoolscool.example');
    await coordinator.getByRole('link', { name: 'Leerlingen' }).click();
    await coordinator.getByRole('link', { name: 'Amira Benali' }).click();
    await coordinator.getByRole('heading', { name: 'Amira Benali', level: 1 }).waitFor();
    await coordinator.getByText('Alle toestemming die nodig is om te koppelen is er.').waitFor();
    expect(await coordinator.getByText('Vraag eerst de leerling').count()).toBe(0);
    await coordinator.context().close();
  });
});
