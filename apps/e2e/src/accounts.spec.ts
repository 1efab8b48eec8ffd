import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freshPage, launchChromium } from './browser.js';
import { startServer, type RunningServer } from './server.js';
import { signInToCoordinatorApp } from './sign-in.js';
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

/** The set-password link of the newest e-mail whose subject matches, read in the development outbox by the demo's admin. */
async function passwordLinkFromOutbox(subject: RegExp): Promise<string> {
  const outbox = await freshPage(browser);
  await signInToCoordinatorApp(outbox, server.url, 'admin@schoolscool.example');
  await outbox.getByRole('link', { name: 'Verzonden e-mail' }).click();
  await outbox.getByRole('button', { name: subject }).first().click();
  const link = /https?:\/\/\S+\/coordinator\/set-password#[\w-]+/.exec(await outbox.locator('main').innerText())?.[0];
  await outbox.context().close();
  if (!link) throw new Error('no set-password link in the e-mail');
  return link;
}

/** Opens a set-password link and chooses the password; the page then says it is set. */
async function choosePassword(link: string, password: string): Promise<void> {
  const page = await freshPage(browser);
  await page.goto(link);
  await page.getByRole('heading', { name: 'Wachtwoord instellen', level: 1 }).waitFor();
  // The secret leaves the address bar as soon as the page has read it.
  expect(page.url()).not.toContain('#');
  await page.getByLabel('Nieuw wachtwoord').fill(password);
  await page.getByLabel('Herhaal het wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await page.getByText('Je wachtwoord is ingesteld').waitFor();
  await page.context().close();
}

async function signIn(email: string, password: string): Promise<Page> {
  const page = await freshPage(browser);
  await page.goto(`${server.url}/coordinator/`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  return page;
}

describe('staff accounts', () => {
  it('a coordinator who forgot her password asks for a link, chooses a new one and signs in with it', async () => {
    const page = await freshPage(browser);
    await page.goto(`${server.url}/coordinator/`);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { name: 'Wachtwoord vergeten?', level: 1 }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('E-mailadres').fill('coordinator@schoolscool.example');
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    await page.getByText('Kijk in je mail').waitFor();
    await page.context().close();

    const link = await passwordLinkFromOutbox(/Bericht tonen: Nieuw wachtwoord voor Driehoek/);
    const newPassword = 'een nieuw wachtwoord voor Fatima';
    await choosePassword(link, newPassword);

    const old = await signIn('coordinator@schoolscool.example', 'driehoek-demo');
    await old.getByText('Het e-mailadres of wachtwoord klopt niet.').first().waitFor();
    await old.context().close();
    const signedIn = await signIn('coordinator@schoolscool.example', newPassword);
    await signedIn.getByRole('button', { name: 'Uitloggen' }).waitFor();

    // The link worked once: opened again it is refused with its own words.
    await signedIn.goto(link);
    await signedIn.getByLabel('Nieuw wachtwoord').fill('nog een ander wachtwoord');
    await signedIn.getByLabel('Herhaal het wachtwoord').fill('nog een ander wachtwoord');
    await signedIn.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await signedIn.getByText(/Deze link is al gebruikt/).waitFor();
    expect(await seriousAccessibilityViolations(signedIn)).toEqual([]);
    await signedIn.context().close();
  });

  it('an admin invites a coordinator on the team page, who chooses a password and signs in', async () => {
    const admin = await freshPage(browser);
    await signInToCoordinatorApp(admin, server.url, 'admin@schoolscool.example');
    await admin.getByRole('link', { name: 'Team' }).click();
    await admin.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
    const team = admin.getByRole('table', { name: 'Medewerkers van je organisatie' });
    await team.getByRole('rowheader', { name: /Joost de Vries/ }).waitFor();
    expect(await seriousAccessibilityViolations(admin)).toEqual([]);

    await admin.getByLabel('Naam', { exact: true }).fill('Noor Jansen');
    await admin.getByLabel('E-mailadres', { exact: true }).fill('noor@schoolscool.example');
    await admin.getByLabel('Rol', { exact: true }).selectOption({ label: 'Coördinator' });
    await admin.getByRole('button', { name: 'Stuur uitnodiging' }).click();
    await admin.getByText('De uitnodiging is verstuurd.').waitFor();
    const noorRow = team.getByRole('row', { name: /Noor Jansen/ });
    await noorRow.getByRole('cell', { name: 'Uitgenodigd, nog geen wachtwoord' }).waitFor();

    // The last admin cannot make himself coordinator: the rule's words, not a generic failure.
    await admin.getByRole('button', { name: 'Maak Joost de Vries coördinator' }).click();
    await admin.getByText('Dit is de laatste actieve beheerder van je organisatie. Maak eerst iemand anders beheerder.').waitFor();

    const link = await passwordLinkFromOutbox(/Bericht tonen: Uitnodiging: Driehoek/);
    await choosePassword(link, 'het wachtwoord dat Noor koos');
    const noor = await signIn('noor@schoolscool.example', 'het wachtwoord dat Noor koos');
    await noor.getByRole('button', { name: 'Uitloggen' }).waitFor();
    await noor.getByText(/Noor Jansen/).first().waitFor();
    // A coordinator has no team page.
    expect(await noor.getByRole('link', { name: 'Team' }).count()).toBe(0);
    await noor.context().close();

    await admin.reload();
    await team.getByRole('row', { name: /Noor Jansen/ }).getByRole('cell', { name: 'Actief', exact: true }).waitFor();
    await admin.context().close();
  });
});
