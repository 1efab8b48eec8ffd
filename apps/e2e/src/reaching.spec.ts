import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freshPage, launchChromium } from './browser.js';
import { startServer, type RunningServer } from './server.js';
import { signInToCoordinatorApp as signIntoCoordinator, signInToPortal as signIntoPortal } from './sign-in.js';
import { seriousAccessibilityViolations } from './axe.js';

type Texts = Record<string, Record<string, string>>;
/** The apps' own Dutch texts, so the test clicks what an admin, a parent or a volunteer sees. */
const portalNl = JSON.parse(readFileSync(new URL('../../portal/src/locales/nl.json', import.meta.url), 'utf8')) as Texts;
/** Nadia reads the portal in Arabic, her own language. */
const portalAr = JSON.parse(readFileSync(new URL('../../portal/src/locales/ar.json', import.meta.url), 'utf8')) as Texts;
const recruitNl = JSON.parse(readFileSync(new URL('../../recruit/src/locales/nl.json', import.meta.url), 'utf8')) as { apply: Record<string, string> & { organisation: Record<string, string> } };
const coordinatorNl = JSON.parse(readFileSync(new URL('../../coordinator/src/locales/nl.json', import.meta.url), 'utf8')) as Texts & { app: { nav: Record<string, string> } };
const org = coordinatorNl.organisation!;

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const NAME = "School's cool Liemers en Utrecht";
const SENDER = "Fatima van School's cool";
const NADIA_PHONE = '06 12121212';

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
const signInToPortal = (email: string) => signIntoPortal(browser, server.url, email);

/** The text of the newest e-mail with this subject, as the development outbox shows it. */
async function newestMailText(subject: RegExp): Promise<string> {
  const outbox = await freshPage(browser);
  await signInToCoordinatorApp(outbox);
  await outbox.getByRole('link', { name: 'Verzonden e-mail' }).click();
  await outbox.getByRole('button', { name: new RegExp(`Bericht tonen: ${subject.source}`) }).first().click();
  const text = await outbox.locator('main').innerText();
  await outbox.context().close();
  return text;
}

describe('reaching each other in the browser', () => {
  it("an admin sets the organisation's name, sender name, coordinator on duty and contact; the portal and the e-mails show them", async () => {
    const page = await freshPage(browser);
    await signInToCoordinatorApp(page, 'admin@schoolscool.example');
    await page.getByRole('link', { name: coordinatorNl.app.nav.organisation! }).click();
    await page.getByRole('heading', { name: org.title!, level: 1 }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A wrong phone number is named at its field, and nothing is saved.
    await page.getByLabel(org.phone!).fill('bel me');
    await page.getByRole('button', { name: org.submit! }).click();
    await page.getByText(coordinatorNl.errors!.phone!).waitFor();

    await page.getByLabel(org.name!).fill(NAME);
    await page.getByLabel(org.senderName!).fill(SENDER);
    await page.getByLabel(org.dutyCoordinator!).selectOption({ label: 'Fatima El Amrani' });
    await page.getByLabel(org.phone!).fill('0316 123 456');
    await page.getByLabel(org.email!).fill('contact@schoolscool.example');
    await page.getByRole('button', { name: org.submit! }).click();
    await page.getByText(org.saved!).waitFor();

    // A file that is not an image is refused with a reason; a PNG becomes the logo.
    const logo = page.getByLabel(org.logoFile!);
    await logo.setInputFiles({ name: 'logo.txt', mimeType: 'text/plain', buffer: Buffer.from('geen plaatje') });
    await page.getByRole('button', { name: org.logoUpload! }).click();
    await page.getByText(org.logoType!).waitFor();
    await logo.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: org.logoUpload! }).click();
    await page.getByText(org.logoSaved!).waitFor();
    await page.getByRole('img', { name: org.logoAlt!.replace('{{organisation}}', NAME) }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();

    // The parent's "contact your coordinator" names the coordinator on duty of the new name, with phone and e-mail.
    const portal = await signInToPortal('petra.jansen@example.org');
    const contact = portal.getByRole('region', { name: portalNl.contact!.title! });
    await contact.getByText(portalNl.contact!.coordinatorOf!.replace('{{name}}', 'Fatima El Amrani').replace('{{organisation}}', NAME)).waitFor();
    await contact.getByRole('link', { name: '0316 123 456' }).waitFor();
    await contact.getByRole('link', { name: 'contact@schoolscool.example' }).waitFor();
    await portal.context().close();

    // The recruitment site shows whose programme the visitor applies to, and whom to ask.
    const visitor = await freshPage(browser);
    await visitor.goto(`${server.url}/apply`);
    await visitor.getByLabel(recruitNl.apply.programme!).selectOption({ label: `Thuisschoolmaatje – ${NAME}` });
    const organisation = visitor.getByRole('region', { name: recruitNl.apply.organisation.title!.replace('{{organisation}}', NAME) });
    await organisation.getByText(recruitNl.apply.organisation.askCoordinator!.replace('{{name}}', 'Fatima El Amrani')).waitFor();
    await organisation.getByRole('link', { name: '0316 123 456' }).waitFor();
    expect(await seriousAccessibilityViolations(visitor)).toEqual([]);
    await visitor.context().close();

    // The sign-in e-mail she got is signed with the sender name and the organisation's contact.
    const mail = await newestMailText(/Je code om in te loggen/);
    expect(mail).toContain(SENDER);
    expect(mail).toContain(NAME);
    expect(mail).toContain('Vragen? Neem contact op met Fatima El Amrani:');
    expect(mail).toContain('0316 123 456');
  });

  it("the volunteer sees the family's phone number only while the parent's consent to share it is given", async () => {
    // The coordinator makes sharing contact details optional in Thuisschoolmaatje: withdrawing it
    // then leaves the match running, so what hides the number is the consent itself.
    const coordinator = await freshPage(browser);
    await signInToCoordinatorApp(coordinator);
    await coordinator.getByRole('link', { name: coordinatorNl.app.nav.programmes! }).click();
    await coordinator.getByRole('link', { name: new RegExp(`^Thuisschoolmaatje\\s*: ${coordinatorNl.programmes!.settingsLink!}$`) }).click();
    const needed = coordinator.getByLabel(coordinatorNl.settings!.neededToMatch!.replace('{{purpose}}', coordinatorNl.consentPurpose!.shareContactDetails!));
    await needed.uncheck();
    await coordinator.getByRole('button', { name: coordinatorNl.programmes!.saveSettings! }).click();
    await coordinator.getByText(coordinatorNl.programmes!.saved!).waitFor();
    await coordinator.context().close();

    const iris = await signInToPortal('iris.vandijk@example.org');
    const reach = iris.getByRole('heading', { name: portalNl.volunteer!.familyContactTitle! });
    await reach.waitFor();
    await iris.getByText(NADIA_PHONE).waitFor();

    // Nadia withdraws her own consent to share the contact details (the one question for her, as parent, that is optional now).
    const nadia = await signInToPortal('nadia.haddad@example.org');
    const consent = portalAr.consent!;
    const question = nadia.locator('section.portal-question').filter({ hasText: consent.forYou! }).filter({ hasText: consent.optional! });
    await question.getByRole('button', { name: consent.withdraw! }).click();
    await question.getByRole('button', { name: consent.withdrawYes! }).click();
    await question.getByText(consent.withdrawn!).first().waitFor();

    await iris.reload();
    await iris.getByText(portalNl.volunteer!.familyContactHidden!).waitFor();
    expect(await iris.locator('main').innerText()).not.toContain(NADIA_PHONE);

    // She gives it again: the volunteer sees the number again.
    await question.getByLabel(consent.read!).check();
    await question.getByRole('button', { name: consent.yes! }).click();
    await question.getByText(consent.savedYes!).waitFor();
    expect(await seriousAccessibilityViolations(nadia)).toEqual([]);
    await nadia.context().close();

    await iris.reload();
    await iris.getByText(NADIA_PHONE).waitFor();
    expect(await seriousAccessibilityViolations(iris)).toEqual([]);
    await iris.context().close();
  });
});
