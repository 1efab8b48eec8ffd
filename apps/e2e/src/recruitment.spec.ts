import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freshPage, launchChromium } from './browser.js';
import { birthDateForAge } from './clock.js';
import { startServer, type RunningServer } from './server.js';
import { seriousAccessibilityViolations } from './axe.js';

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

const applicant = { firstName: 'Noor', lastName: 'Bakker-E2E', email: 'noor.e2e@example.org' };

async function fillApplication(page: Page) {
  await page.getByLabel('Voor welk programma meld je je aan?').selectOption({ label: "School's cool thuismentoraat – School's cool De Liemers" });
  await page.getByLabel('Voornaam').fill(applicant.firstName);
  await page.getByLabel('Achternaam').fill(applicant.lastName);
  await page.getByLabel('E-mailadres').fill(applicant.email);
  await page.getByLabel('Telefoonnummer').fill('06 11223344');
  await page.getByLabel('Postcode').fill('6901 AB');
  await page.getByLabel('Geboortedatum').fill(birthDateForAge(38));
  await page.getByLabel('Nederlands', { exact: true }).check();
  await page.getByLabel('Arabisch').check();
  await page.getByLabel('Dinsdagavond').check();
  await page.getByLabel('Plannen', { exact: true }).check();
  await page.getByLabel('Huiswerk', { exact: true }).check();
  await page.getByLabel('Gender').selectOption({ label: 'Vrouw' });
  await page.getByLabel('Waarom wil je vrijwilliger worden?').fill('Ik wil een brugklasser helpen met plannen.');
  await page.getByLabel('Hoe heb je van ons gehoord?').selectOption({ label: 'Via mijn werkgever' });
  await page.getByLabel('Werkgever (niet verplicht)').fill('Gemeente Duiven');
  await page.getByLabel('Ik heb gelezen wat er met mijn gegevens gebeurt en ga daarmee akkoord.').check();
}

describe('volunteer recruitment in the browser', () => {
  it('the application form has no serious accessibility violations (axe), empty and with errors', async () => {
    const page = await freshPage(browser);
    await page.goto(`${server.url}/apply`);
    await page.getByRole('button', { name: 'Aanmelding versturen' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await page.getByText('Dit veld is verplicht.').first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows a field message for a minor and keeps what was typed', async () => {
    const page = await freshPage(browser);
    await page.goto(`${server.url}/apply`);
    await fillApplication(page);
    await page.getByLabel('Geboortedatum').fill(birthDateForAge(17));
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await expect.poll(() => page.getByLabel('Geboortedatum').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Voornaam').inputValue()).toBe(applicant.firstName);
    expect(await page.getByLabel('Waarom wil je vrijwilliger worden?').inputValue()).toContain('brugklasser');
    await page.context().close();
  });

  it('a volunteer applies on the recruit site; a coordinator takes them through screening to ready to match', async () => {
    const page = await freshPage(browser);
    await page.goto(`${server.url}/apply`);
    await fillApplication(page);
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await page.getByRole('heading', { name: 'Bedankt voor je aanmelding!' }).waitFor();

    // The coordinator signs in and finds the new applicant in the pipeline.
    await page.goto(`${server.url}/coordinator/`);
    await page.getByLabel('E-mailadres').fill('coordinator@schoolscool.example');
    await page.getByLabel('Wachtwoord').fill('driehoek-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('link', { name: 'Aanmeldingen', exact: true }).click();
    await page.getByLabel('Zoek op naam of e-mailadres').fill(applicant.lastName);
    await page.getByRole('link', { name: `${applicant.firstName} ${applicant.lastName}` }).click();
    await page.getByRole('heading', { name: `${applicant.firstName} ${applicant.lastName}`, level: 1 }).waitFor();
    await expect.poll(() => page.getByText('Nog niet klaar om te koppelen').count()).toBe(1);

    /** Clicks a step's save button and waits until the server has stored it. */
    const saved = async (button: string) => {
      const stored = page.waitForResponse((r) => r.url().includes('/trpc/screening.') && r.request().method() === 'POST');
      await page.getByRole('button', { name: button }).click();
      expect((await stored).status()).toBe(200);
      await page.getByText('Opgeslagen. De checklist is bijgewerkt.').waitFor();
    };

    await page.getByLabel('Gesprek gevoerd door').fill('Fatima El Amrani');
    await page.getByLabel('Uitkomst kennismakingsgesprek').selectOption({ label: 'Geschikt' });
    await page.getByLabel('Aantekeningen').fill('Rustig, ervaren met jongeren.');
    await saved('Gesprek opslaan');

    for (const referee of ['M. de Groot', 'H. Willems']) {
      await page.getByLabel('Naam referent').fill(referee);
      await page.getByLabel('Uitkomst referentie').selectOption({ label: 'Positief' });
      await saved('Referentie opslaan');
      await page.getByRole('cell', { name: referee }).waitFor();
    }

    await saved('VOG-aanvraag opslaan');
    await page.getByLabel('84 – zorg dragen voor minderjarigen').check();
    await page.getByLabel('Uitslag VOG').selectOption({ label: 'Afgegeven' });
    await saved('VOG-registratie opslaan');

    await saved('Gedragscode opslaan');
    await saved('Training opslaan');

    await page.getByText('Klaar om te koppelen').first().waitFor();
    await expect.poll(() => page.getByText('Nog niet klaar om te koppelen').count()).toBe(0);

    // The applicant follows the private link from the confirmation e-mail (shown in the development outbox).
    await page.getByRole('link', { name: 'Verzonden e-mail' }).click();
    await page.getByRole('button', { name: /Bericht tonen: We hebben je aanmelding ontvangen/ }).first().click();
    const link = await page.getByRole('link', { name: /\/portal\/application#/ }).getAttribute('href');
    expect(link).toMatch(/\/portal\/application#[\w-]{20,}$/);
    const status = await freshPage(browser);
    await status.goto(link!);
    await status.getByText(`Hallo ${applicant.firstName}, hier zie je hoe het met je aanmelding gaat.`).waitFor();
    await status.getByText('Alle stappen zijn klaar. Dank je wel!', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(status)).toEqual([]);
    await status.context().close();
    await page.context().close();
  });
});
