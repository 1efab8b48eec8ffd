import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freshPage, launchChromium } from './browser.js';
import { NOW } from './clock.js';
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

const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
/** A day `offset` days after NOW in Amsterdam, `YYYY-MM-DD`. */
const dayAfterNow = (offset: number) => amsterdamDate.format(new Date(NOW.getTime() + offset * 86_400_000));

async function signInToCoordinatorApp(): Promise<Page> {
  const page = await freshPage(browser);
  await page.goto(`${server.url}/coordinator/`);
  await page.getByLabel('E-mailadres').fill('coordinator@schoolscool.example');
  await page.getByLabel('Wachtwoord').fill('driehoek-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  return page;
}

describe('school holidays in the coordinator app', () => {
  it("a coordinator sees the region's official holidays with their source, adds a study day and removes it again", async () => {
    const page = await signInToCoordinatorApp();
    await page.getByRole('link', { name: 'Vakanties' }).click();
    await page.getByRole('heading', { name: 'Schoolvakanties', level: 1 }).waitFor();
    const official = page.getByRole('table', { name: /Officiële schoolvakanties per regio/ });
    expect(await official.getByRole('columnheader').allInnerTexts()).toEqual(['Vakantie', 'Noord', 'Midden', 'Zuid']);
    expect(await official.getByRole('rowheader', { name: /^Kerstvakantie/ }).count()).toBeGreaterThanOrEqual(1);
    await page.getByRole('link', { name: /rijksoverheid|Schoolvakanties: overzicht/i }).first().waitFor();
    await page.getByText('Nog geen wijzigingen: de officiële vakanties gelden.').waitFor();

    const studyDay = dayAfterNow(9);
    await page.getByLabel('Eerste dag').fill(studyDay);
    await page.getByLabel('Laatste dag').fill(studyDay);
    await page.getByLabel('Naam die gezinnen zien').fill('Studiedag Liemers');
    await page.getByLabel('Alleen voor school').selectOption({ label: 'Liemers College (Zevenaar)' });
    const saved = page.waitForResponse((response) => response.url().includes('/trpc/holidays.addEdit'));
    await page.getByRole('button', { name: 'Wijziging toevoegen' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByText('De wijziging is toegevoegd. De roosters volgen meteen.').waitFor();
    const edits = page.getByRole('table', { name: /Studiedagen, lokale vrije dagen en lesdagen/ });
    await edits.getByRole('cell', { name: 'Studiedag Liemers (studiedag)' }).waitFor();
    await edits.getByRole('cell', { name: 'Liemers College' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A last day before the first day is refused with the rule's words, next to the field.
    await page.getByLabel('Eerste dag').fill(dayAfterNow(12));
    await page.getByLabel('Laatste dag').fill(dayAfterNow(11));
    await page.getByLabel('Naam die gezinnen zien').fill('Verkeerd om');
    await page.getByRole('button', { name: 'Wijziging toevoegen' }).click();
    await page.getByText('De laatste dag ligt vóór de eerste dag. Controleer beide datums.').waitFor();

    await edits.getByRole('button', { name: /^Verwijderen/ }).click();
    await page.getByText('De wijziging is verwijderd. De roosters volgen meteen.').waitFor();
    await page.getByText('Nog geen wijzigingen: de officiële vakanties gelden.').waitFor();
    await page.context().close();
  });

  it("a coordinator sets a school's province; the schools list shows its holiday region", async () => {
    const page = await signInToCoordinatorApp();
    await page.getByRole('link', { name: 'Scholen', exact: true }).click();
    const table = page.getByRole('table', { name: 'Scholen die leerlingen aanmelden' });
    await table.getByRole('columnheader', { name: 'Vakantieregio' }).waitFor();
    await page.getByLabel('School', { exact: true }).selectOption({ label: 'Academie Tien (Utrecht)' });
    await page.getByLabel('Vakantieregio').last().selectOption({ label: 'Noord' });
    await page.getByRole('button', { name: 'School opslaan' }).click();
    await page.getByText(/De school is opgeslagen/).waitFor();
    const row = table.getByRole('row', { name: /Academie Tien/ });
    await row.getByRole('cell', { name: 'Noord' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
