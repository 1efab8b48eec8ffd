/**
 * The friction a new user met (issue 15), each fixed and proven here in Chromium: the
 * recruitment form after a reload and its motivation count, the nomination's "Reads Dutch",
 * errors that say what to choose, all at once and only while true, no internal strings, "not
 * found" without retries, the matching board on a 390 px phone, and the family page's order;
 * the next step after proposing follows the programme (Thuisschoolmaatje), scores on their scale
 * and signers' names filled in from the people the match knows.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freshPage, launchChromium } from './browser.js';
import { startServer, type RunningServer } from './server.js';
import { seriousAccessibilityViolations } from './axe.js';
import { signInToCoordinatorApp as signIntoCoordinator, signInToPortal as signIntoPortal } from './sign-in.js';

type Texts = Record<string, Record<string, string>>;
const portalNl = JSON.parse(readFileSync(new URL('../../portal/src/locales/nl.json', import.meta.url), 'utf8')) as Texts;

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

const signInToCoordinatorApp = (page: Page, email?: string) => signIntoCoordinator(page, server.url, email);
const PROGRAMME = "School's cool thuismentoraat – School's cool De Liemers";
/** Internal references that must never reach a screen. */
const INTERNAL = /\([A-Z]{2,5}-\d+[a-z]?\)|[\w-]+\.txt\b/;

/** A phone: 390 px wide, as the issue measured. */
const PHONE = { width: 390, height: 844 };

/** A coordinator on the matching board of the demo's School's cool programme. */
async function openMatchingBoard(): Promise<Page> {
  const page = await freshPage(browser);
  await signInToCoordinatorApp(page);
  await page.goto(`${server.url}/coordinator/matching`);
  await page.getByRole('heading', { name: "Koppelen: School's cool thuismentoraat" }).waitFor();
  return page;
}

async function openApplicant(page: Page, name: string) {
  await page.getByRole('link', { name: 'Aanmeldingen', exact: true }).click();
  await page.getByLabel('Zoek op naam of e-mailadres').fill(name);
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

describe('friction found by a new user, fixed (issue 15)', () => {
  it('after a reload the application form shows the programme it will send, and asks again for one that closed', async () => {
    const page = await freshPage(browser);
    await page.goto(`${server.url}/apply`);
    const programme = page.getByLabel('Voor welk programma meld je je aan?');
    await programme.selectOption({ label: PROGRAMME });
    await page.getByLabel('Voornaam').fill('Noor');
    await page.reload();
    await page.getByRole('option', { name: PROGRAMME }).waitFor({ state: 'attached' });
    await expect.poll(() => programme.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe(PROGRAMME);
    expect(await page.getByLabel('Voornaam').inputValue()).toBe('Noor');

    // A draft naming a programme that is no longer open: the form shows none and asks again.
    await page.evaluate(() => sessionStorage.setItem('driehoek.recruit.applicationDraft', JSON.stringify({ programmeId: 'closed-programme', firstName: 'Noor' })));
    await page.reload();
    await page.getByRole('option', { name: PROGRAMME }).waitFor({ state: 'attached' });
    await expect.poll(() => programme.inputValue()).toBe('');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await page.getByText('Kies een programma.').waitFor();
    expect(await programme.getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });

  it('the motivation shows its 4,000-character limit with a live count, announced politely near the limit', async () => {
    const page = await freshPage(browser);
    await page.goto(`${server.url}/apply`);
    const motivation = page.getByLabel('Waarom wil je vrijwilliger worden?');
    await page.getByText('hoogstens 4.000 tekens').waitFor();
    await page.getByText('0 van 4.000 tekens').waitFor();
    const describedBy = (await motivation.getAttribute('aria-describedby'))!.split(' ');
    const countId = describedBy.find((id) => id.endsWith('-count'))!;
    expect(await page.locator(`[id="${countId}"]`).innerText()).toBe('0 van 4.000 tekens');
    const live = page.locator('.dh-field:has(textarea) [aria-live="polite"]');
    expect(await live.innerText()).toBe('');

    await motivation.fill('a'.repeat(3950));
    await page.getByText('3.950 van 4.000 tekens').waitFor();
    await expect.poll(() => live.innerText()).toBe('Nog 50 tekens over.');

    await motivation.fill('a'.repeat(4010));
    await expect.poll(() => page.locator(`[id="${countId}"]`).innerText()).toBe('10 tekens te veel: maak je tekst wat korter.');
    await expect.poll(() => live.innerText()).toBe('10 tekens te veel: maak je tekst wat korter.');
    expect(await motivation.getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });

  it('a nominated family member is not assumed to read Dutch', async () => {
    const page = await freshPage(browser);
    await signInToCoordinatorApp(page, 'mentor@academie-tien.example');
    await page.getByRole('link', { name: 'Leerling aanmelden' }).click();
    const readsDutch = page.getByLabel('Leest Nederlands (familielid 1)');
    await readsDutch.waitFor();
    expect(await readsDutch.isChecked()).toBe(false);
    await page.getByText('Vink alleen aan als je weet dat deze persoon Nederlands leest.').first().waitFor();
    await page.context().close();
  });

  it('a required select says what to choose, and a "not saved" message goes once a later step is saved', async () => {
    const page = await freshPage(browser);
    await signInToCoordinatorApp(page);
    await openApplicant(page, 'Sanne Jansen');

    await page.getByLabel('Gesprek gevoerd door').fill('Fatima El Amrani');
    await page.getByRole('button', { name: 'Gesprek opslaan' }).click();
    await page.getByText('Kies een antwoord bij ‘Uitkomst kennismakingsgesprek’.').waitFor();

    // Saving the interview fails (the network drops): "Niet opgeslagen" above that form.
    await page.getByLabel('Uitkomst kennismakingsgesprek').selectOption({ label: 'Geschikt' });
    await page.route('**/trpc/screening.recordInterview**', (route) => route.abort());
    await page.getByRole('button', { name: 'Gesprek opslaan' }).click();
    await page.getByText('Niet opgeslagen').waitFor();
    await page.unroute('**/trpc/screening.recordInterview**');

    // A later step is saved: the old message is no longer true and goes.
    await page.getByLabel('Naam referent').fill('M. de Groot');
    await page.getByLabel('Uitkomst referentie').selectOption({ label: 'Positief' });
    const stored = page.waitForResponse((r) => r.url().includes('/trpc/screening.') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Referentie opslaan' }).click();
    expect((await stored).status()).toBe(200);
    await page.getByRole('cell', { name: 'M. de Groot' }).waitFor();
    await expect.poll(() => page.getByText('Niet opgeslagen').count()).toBe(0);
    await page.context().close();
  });

  it('the meeting log shows every mistake at once, not one per submit', async () => {
    const portal = await signIntoPortal(browser, server.url, 'lotte.visser@example.org');
    await portal.getByRole('heading', { name: portalNl.volunteer!.title, level: 1 }).waitFor();
    await portal.getByRole('button', { name: portalNl.volunteer!.writeThisLog }).first().click();
    await portal.getByRole('button', { name: portalNl.meetingLog!.submit }).click();
    await portal.getByText(portalNl.meetingLog!.formRequired!).waitFor();
    await portal.getByText(portalNl.errors!.duration!).waitFor();
    await portal.getByText(portalNl.errors!.required!).waitFor();
    await portal.context().close();
  });

  it('no rule ids or source file names on screen', async () => {
    const page = await freshPage(browser);
    await signInToCoordinatorApp(page);
    await openApplicant(page, 'Sanne Jansen');
    await page.getByText('Upload of bewaar geen kopie van de VOG.', { exact: false }).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(INTERNAL);

    await page.goto(`${server.url}/coordinator/programme-settings`);
    await page.getByLabel('Sjabloon', { exact: true }).selectOption({ label: 'Thuisschoolmaatje' });
    await page.getByText('Gebaseerd op de handreiking voor mentoren van Thuisschoolmaatje.').waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(INTERNAL);
    await page.context().close();
  });

  it('a record that is not there says so at once, without retries (coordinator and portal)', async () => {
    const page = await freshPage(browser);
    await signInToCoordinatorApp(page);
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('pupils.get')) asked.push(request.url());
    });
    await page.goto(`${server.url}/coordinator/pupils/no-such-pupil`);
    await page.getByText('Dit gegeven bestaat niet (meer)', { exact: false }).waitFor();
    expect(asked).toHaveLength(1);
    await page.context().close();

    const portal = await freshPage(browser);
    const statuses: number[] = [];
    portal.on('response', (response) => {
      if (response.url().includes('application.status')) statuses.push(response.status());
    });
    await portal.goto(`${server.url}/portal/application#${'x'.repeat(32)}`);
    await portal.getByRole('heading', { name: 'Deze link werkt niet' }).waitFor();
    // One request, never retried (its answer may be a batch's 207 beside the session check).
    expect(statuses.length).toBe(1);
    await portal.context().close();
  });

  it('the matching board fits a 390 px phone and its list links are at least 24 px high', async () => {
    const page = await freshPage(browser, PHONE);
    await signInToCoordinatorApp(page);
    await page.goto(`${server.url}/coordinator/matching`);
    await page.getByRole('heading', { name: "Koppelen: School's cool thuismentoraat" }).waitFor();
    await page.locator('main table').first().waitFor();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    for (const link of [page.getByRole('link', { name: 'Koppelingen van dit programma' }), page.locator('main table th a').first()]) {
      const box = await link.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(24);
    }
    await page.context().close();
  });

  it("a parent whose child has a volunteer sees the next meeting first, above the fixed cards", async () => {
    const portal = await signIntoPortal(browser, server.url, 'petra.jansen@example.org');
    const next = portal.getByRole('heading', { name: portalNl.schedule!.title });
    const who = portal.getByRole('heading', { name: portalNl.family!.whoTitle });
    await next.first().waitFor();
    await who.waitFor();
    const [nextBox, whoBox] = [await next.first().boundingBox(), await who.boundingBox()];
    expect(nextBox!.y).toBeLessThan(whoBox!.y);
    await portal.context().close();
  });

  it('after proposing a Thuisschoolmaatje match the notice names that programme\'s next step, not a matching conversation it lacks', async () => {
    const page = await openMatchingBoard();
    await page.getByLabel('Programma', { exact: true }).selectOption({ label: 'Thuisschoolmaatje' });
    await page.getByRole('heading', { name: 'Koppelen: Thuisschoolmaatje' }).waitFor();
    const suggestions = page.getByRole('button', { name: /^Suggesties voor / }).first();
    const pupil = (await suggestions.textContent())!.replace(/^Suggesties\s*voor /, '').trim();
    await suggestions.click();
    const propose = page.getByRole('button', { name: new RegExp(`^Voorstellen .* voor ${pupil}$`) }).first();
    await propose.waitFor();
    expect(await page.locator('.coordinator-suggestion .coordinator-score').first().textContent()).toMatch(/^score \d+ van \d+$/);
    await propose.click();
    const notice = page.getByText(/^Volgende stap: /);
    await notice.waitFor();
    expect(await notice.textContent()).toBe('Volgende stap: Akkoord van de vrijwilliger vastleggen.');
    expect(await page.getByText(/kennismakingsgesprek/i).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the batch shows scores on their scale, and a proposed match fills in every signer from the people it knows, still editable', async () => {
    const page = await openMatchingBoard();
    await page.getByRole('button', { name: 'Voorstel voor iedereen maken' }).click();
    const accept = page.getByRole('button', { name: /^Voorstel accepteren voor / }).first();
    await accept.waitFor();
    for (const score of await page.locator('.coordinator-batch-row .coordinator-score').allTextContents()) expect(score).toMatch(/^score \d+ van 1300$/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const pupil = (await accept.getAttribute('aria-label'))!.replace('Voorstel accepteren voor ', '');
    await accept.click();
    await page.getByRole('link', { name: `Koppeling openen voor ${pupil}` }).click();
    await page.getByRole('heading', { name: new RegExp(`^${pupil} en `), level: 1 }).waitFor();
    // The matching conversation starts with everyone the match knows, the coordinator for the organisation.
    expect(await page.getByLabel('Aanwezige 2', { exact: true }).inputValue()).toBe(pupil);
    expect(await page.getByLabel('Aanwezige 3', { exact: true }).inputValue()).not.toBe('');
    expect(await page.getByLabel('Namens de organisatie aanwezig').inputValue()).toBe('Fatima El Amrani');
    expect(await page.getByLabel('Naam leerling', { exact: true }).inputValue()).toBe(pupil);
    const parent = page.getByLabel('Naam ouder', { exact: true });
    expect(await parent.inputValue()).not.toBe('');
    expect(await page.getByLabel('Naam vrijwilliger', { exact: true }).inputValue()).not.toBe('');
    await parent.fill('Getypte Ouder');
    // What was typed stays when the step's form is shown again (away to the list and back).
    const matchUrl = page.url();
    await page.getByRole('link', { name: 'Terug naar de koppelingen' }).click();
    await page.waitForURL((url) => url.href !== matchUrl);
    await page.goBack();
    await page.getByRole('heading', { name: new RegExp(`^${pupil} en `), level: 1 }).waitFor();
    expect(await page.getByLabel('Naam ouder', { exact: true }).inputValue()).toBe('Getypte Ouder');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
