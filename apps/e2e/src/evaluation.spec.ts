import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freshPage, launchChromium } from './browser.js';
import { startServer, type RunningServer } from './server.js';
import { signInToCoordinatorApp as signIntoCoordinator, signInToPortal as signIntoPortal } from './sign-in.js';
import { seriousAccessibilityViolations } from './axe.js';
import { MID_TERM_REPORT_TITLE, PARENT_RUS_MATCH } from './evaluation-world.js';

type Texts = { evaluation: Record<string, string> };
/** The questionnaire pages' own texts (they load with the page), in Dutch and Arabic. */
const texts = (language: string) => JSON.parse(readFileSync(new URL(`../../portal/src/features/evaluation/locales/${language}.json`, import.meta.url), 'utf8')) as Texts;
const nl = texts('nl').evaluation;
const ar = texts('ar').evaluation;
const portalErrors = JSON.parse(readFileSync(new URL('../../portal/src/locales/nl.json', import.meta.url), 'utf8')) as { errors: Record<string, string> };

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

const signInToCoordinatorApp = (page: Page) => signIntoCoordinator(page, server.url);
const signInToPortal = (email: string) => signIntoPortal(browser, server.url, email);

/** Every statement and yes/no question answered "Agree" / "Yes", except the statements given. */
async function answerAll(page: Page, exceptions: Record<number, string> = {}) {
  const form = page.locator('form.portal-questionnaire');
  const statements = form.locator('input[type="radio"][value="agree"]');
  for (let index = 0; index < (await statements.count()); index++) {
    const other = exceptions[index];
    if (other) await statements.nth(index).locator(`xpath=ancestor::fieldset[1]`).locator(`input[value="${other}"]`).check();
    else await statements.nth(index).check();
  }
  const yes = form.locator('input[type="radio"][value="yes"]');
  for (let index = 0; index < (await yes.count()); index++) await yes.nth(index).check();
}

/** The newest questionnaire e-mail to this address, read in the development outbox; its link. */
async function questionnaireLink(subject: RegExp): Promise<string> {
  const page = await freshPage(browser);
  await signInToCoordinatorApp(page);
  await page.getByRole('link', { name: 'Verzonden e-mail' }).click();
  const message = page.getByRole('button', { name: subject }).first();
  // The start-up job may still be sending when the page first loads.
  await expect
    .poll(async () => {
      if (await message.isVisible()) return true;
      await page.reload();
      await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
      return message.isVisible();
    })
    .toBe(true);
  await message.click();
  const link = await page.getByRole('link', { name: /\/portal\/questionnaire#/ }).first().getAttribute('href');
  await page.context().close();
  expect(link).toMatch(/\/portal\/questionnaire#[\w-]{20,}$/);
  return link!;
}

describe('evaluation questionnaires in the browser (DOMAIN.md §7)', () => {
  it("Vandaag lists the seeded Parent'R'US mid-term report as overdue, linked to the match's questionnaires", async () => {
    const page = await freshPage(browser);
    await signInToCoordinatorApp(page);
    const section = page.getByRole('region', { name: /Vragenlijsten/ });
    await section.waitFor();
    const line = section.getByRole('listitem').filter({ hasText: PARENT_RUS_MATCH.pupilName }).first();
    await line.getByText('Te laat', { exact: true }).first().waitFor();
    await line.getByText(new RegExp(`${PARENT_RUS_MATCH.menteeName} \\(deelnemer\\): ${MID_TERM_REPORT_TITLE}`)).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await line.getByRole('link', { name: `Vragenlijsten van ${PARENT_RUS_MATCH.pupilName} en ${PARENT_RUS_MATCH.volunteerName}` }).click();
    await page.getByRole('heading', { name: 'Vragenlijsten', level: 2 }).waitFor();
    expect(new URL(page.url()).hash).toBe('#evaluation');
    await page.context().close();
  });

  it('a volunteer agrees to questionnaires in the portal (EVA-1); the mid-term report then waits for them there', async () => {
    const before = await signInToPortal(PARENT_RUS_MATCH.volunteerEmail);
    await before.getByRole('heading', { name: nl.mineTitle }).waitFor();
    const decided = before.waitForResponse((r) => r.url().includes('/trpc/evaluation.decideEvaluationConsent'));
    await before.getByRole('button', { name: nl.consentYes }).click();
    expect((await decided).status()).toBe(200);
    await before.getByText(nl.consentGiven!).waitFor();

    // The match is past its middle: at its next start the server sends her the mid-term report.
    await server.restart(() => undefined);

    // The same session, after the restart (sessions live in the database). A second sign-in would
    // have to pick its code among two mails of one instant: at a fixed clock (DRIEHOEK_NOW) the
    // restarted server stamps its mails no later than the first ones.
    const portal = before;
    await portal.reload();
    await portal.getByRole('link', { name: nl.fillIn }).click();
    await portal.getByRole('heading', { name: MID_TERM_REPORT_TITLE, level: 1 }).waitFor();
    expect(await seriousAccessibilityViolations(portal)).toEqual([]);

    // Sending nothing: each required question says so.
    await portal.getByRole('button', { name: nl.submit }).click();
    await portal.getByText(nl.errorsTitle!).waitFor();
    expect(await portal.getByText(portalErrors.errors.chooseOne!).count()).toBeGreaterThan(1);

    // "Could be improved" asks in what way (tools 3 and 4).
    await answerAll(portal, { 1: 'couldBeImproved' });
    await portal.getByRole('button', { name: nl.submit }).click();
    const explanation = portal.locator('form textarea[aria-invalid="true"]');
    await explanation.waitFor();
    await explanation.fill('We plannen de afspraken nog vaak op het laatste moment.');
    expect(await seriousAccessibilityViolations(portal)).toEqual([]);
    const answered = portal.waitForResponse((r) => r.url().includes('/trpc/evaluation.answerMine'));
    await portal.getByRole('button', { name: nl.submit }).click();
    expect((await answered).status()).toBe(200);
    await portal.getByRole('heading', { name: nl.thanksTitle }).waitFor();
    await portal.getByRole('link', { name: nl.back }).click();
    await portal.getByText(nl.answered!, { exact: true }).waitFor();
    await portal.context().close();
  });

  it('a parent answers the mid-term report from the personal link, in Arabic, right to left; the link then says it was answered', async () => {
    const link = await questionnaireLink(/Bericht tonen: هل تودّ ملء استبيان قصير؟/);
    const page = await freshPage(browser);
    await page.goto(link);
    await page.getByRole('heading', { name: 'التقرير النصفي للإرشاد', level: 1 }).waitFor();
    // The questionnaire comes in the invitation's language; the page's own texts follow once their file is in.
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await answerAll(page);
    const answered = page.waitForResponse((r) => r.url().includes('/trpc/evaluation.answerByLink'));
    await page.getByRole('button', { name: ar.submit }).click();
    expect((await answered).status()).toBe(200);
    await page.getByRole('heading', { name: ar.thanksTitle }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { name: ar.answeredTitle }).waitFor();
    await page.goto(`${server.url}/portal/questionnaire#not-a-link-we-sent-but-long-enough`);
    await page.getByRole('heading', { name: ar.unknownTitle }).waitFor();
    await page.context().close();
  });

  it('the coordinator sees on the match who answered and the mirror of mentor and parent', async () => {
    const page = await freshPage(browser);
    await signInToCoordinatorApp(page);
    await page.goto(`${server.url}/coordinator/matches`);
    await page.getByRole('link', { name: new RegExp(PARENT_RUS_MATCH.pupilName) }).first().click();
    await page.getByRole('heading', { name: 'Vragenlijsten' }).waitFor();
    await page.getByRole('heading', { name: new RegExp(`Spiegel: ${MID_TERM_REPORT_TITLE}`) }).waitFor();
    // They differ on the one statement the volunteer found could be improved.
    expect(await page.getByText('Verschilt', { exact: true }).count()).toBe(1);
    expect(await page.getByText('Zelfde antwoord', { exact: true }).count()).toBeGreaterThan(1);
    expect(await page.getByText('Ingevuld', { exact: true }).count()).toBeGreaterThanOrEqual(2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
