import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freshPage, launchChromium } from './browser.js';
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

/** Clicks a button and waits until the server has answered the procedure it calls. */
async function saved(page: Page, button: string, procedure: string) {
  const answered = page.waitForResponse((r) => r.url().includes(`/trpc/${procedure}`) && r.request().method() === 'POST');
  await page.getByRole('button', { name: button, exact: true }).click();
  expect((await answered).status()).toBe(200);
}

describe('matching in the browser', () => {
  it('a coordinator runs the batch proposal on the demo data, accepts one, records the conversation, contract and weekly time, and the match is active', async () => {
    const page = await freshPage(browser);
    await page.goto(`${server.url}/coordinator/`);
    await page.getByLabel('E-mailadres').fill('coordinator@schoolscool.example');
    await page.getByLabel('Wachtwoord').fill('driehoek-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('link', { name: 'Koppelen', exact: true }).click();
    await page.getByRole('heading', { name: "Koppelen: School's cool thuismentoraat" }).waitFor();

    await page.getByRole('button', { name: 'Voorstel voor iedereen maken' }).click();
    const accept = page.getByRole('button', { name: /^Voorstel accepteren voor / }).first();
    const pupil = (await accept.getAttribute('aria-label'))!.replace('Voorstel accepteren voor ', '');
    const proposed = page.waitForResponse((r) => r.url().includes('/trpc/matches.'));
    await accept.click();
    expect((await proposed).status()).toBe(200);
    await page.getByRole('link', { name: `Koppeling openen voor ${pupil}` }).click();
    await page.getByRole('heading', { name: new RegExp(`^${pupil} en `), level: 1 }).waitFor();

    // The matching conversation, with someone of the organisation present (School's cool seed).
    await page.getByLabel('Aanwezige 1', { exact: true }).fill(pupil);
    await page.getByLabel('Aanwezige 2', { exact: true }).fill('De ouders');
    await page.getByLabel('Namens de organisatie aanwezig').fill('Fatima El Amrani');
    await saved(page, 'Kennismakingsgesprek opslaan', 'matches.recordIntroduction');
    await saved(page, 'Akkoord vrijwilliger opslaan', 'matches.recordAgreement');
    await saved(page, 'Akkoord gezin opslaan', 'matches.recordAgreement');

    // Pupil, parent and volunteer sign the contract.
    for (const signer of ['leerling', 'ouder', 'vrijwilliger']) {
      const name = page.getByLabel(`Naam ${signer}`, { exact: true });
      if (!(await name.inputValue())) await name.fill(`Handtekening ${signer}`);
      await saved(page, `Handtekening ${signer} opslaan`, 'matches.recordContractSignature');
    }

    // "Daarna wordt een geschikt tijdstip in de week overeengekomen."
    await page.getByLabel('Weekdag').selectOption('tuesday');
    await page.getByLabel('Tijdstip').fill('19:00');
    await page.getByLabel('Vorm').selectOption('faceToFace');
    await saved(page, 'Vaste tijd opslaan', 'matches.agreeWeeklyTime');

    await saved(page, 'Koppeling starten', 'matches.activate');
    await page.getByText('Actief', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Koppeling starten' }).count()).toBe(0);
    // The pupil has left the board.
    await page.getByRole('link', { name: 'Koppelen', exact: true }).click();
    await page.getByRole('button', { name: 'Voorstel voor iedereen maken' }).waitFor();
    expect(await page.getByRole('button', { name: `Suggesties voor ${pupil}` }).count()).toBe(0);
    await page.context().close();
  });
});
