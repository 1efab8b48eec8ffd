import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freshPage, launchChromium } from './browser.js';
import { startServer, type RunningServer } from './server.js';
import { signInToCoordinatorApp as signIntoCoordinator, signInToPortal as signIntoPortal } from './sign-in.js';
import { seriousAccessibilityViolations } from './axe.js';

/** The portal's own Dutch texts, so the test clicks what a volunteer or parent sees. */
const nl = JSON.parse(readFileSync(new URL('../../portal/src/locales/nl.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
/** A text at any depth of the locale file (`meetings.format.faceToFace`). */
function textAt(path: string): string {
  const found = path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? Object.entries(node).find(([name]) => name === key)?.[1] : undefined), nl);
  if (typeof found !== 'string') throw new Error(`No text at ${path} in the portal's nl.json`);
  return found;
}

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

describe('running the match in the browser', () => {
  it('a volunteer logs a meeting in the portal and asks to talk to the coordinator', async () => {
    const portal = await signInToPortal('lotte.visser@example.org');
    await portal.getByRole('heading', { name: nl.volunteer!.title, level: 1 }).waitFor();
    // The gentle reminder for the meeting without a log opens the log for that meeting.
    await portal.getByRole('button', { name: nl.volunteer!.writeThisLog }).first().click();
    await portal.getByRole('radio', { name: textAt('meetings.format.faceToFace') }).check();
    await portal.getByLabel(nl.meetingLog!.duration!).fill('90');
    await portal.getByLabel(nl.meetingLog!.whatWeDid!).fill('Samen de week gepland en de toets wiskunde voorbereid.');
    await portal.getByLabel(nl.meetingLog!.challenge!).fill('Noah slaapt slecht; thuis is het onrustig.');
    await portal.getByLabel(nl.meetingLog!.talk!).check();
    const saved = portal.waitForResponse((r) => r.url().includes('/trpc/portal.logMeeting'));
    await portal.getByRole('button', { name: nl.meetingLog!.submit }).click();
    expect((await saved).status()).toBe(200);
    await portal.getByText(nl.meetingLog!.savedTalk!).waitFor();
    expect(await seriousAccessibilityViolations(portal)).toEqual([]);
    await portal.context().close();
  });

  it("a parent says they can't make it; the coordinator's dashboard shows the overdue check-in and the volunteer's message", async () => {
    const portal = await signInToPortal('petra.jansen@example.org');
    await portal.getByRole('heading', { name: nl.schedule!.title }).waitFor();
    await portal.getByRole('button', { name: new RegExp(`^${nl.schedule!.cantLabel!.split('{{')[0]}`) }).first().click();
    const cancelled = portal.waitForResponse((r) => r.url().includes('/trpc/portal.cantMakeIt'));
    await portal.getByRole('button', { name: nl.schedule!.send }).click();
    expect((await cancelled).status()).toBe(200);
    expect(await seriousAccessibilityViolations(portal)).toEqual([]);

    // The family subscribes to the schedule in their calendar app.
    const calendar = nl.calendar!;
    await portal.getByRole('button', { name: calendar.makeLink }).click();
    const feedUrl = await portal.getByLabel(calendar.linkLabel!).inputValue();
    const feed = await fetch(feedUrl);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    expect(await feed.text()).toContain('BEGIN:VEVENT');
    await portal.getByRole('button', { name: calendar.stop }).click();
    await portal.getByText(calendar.stopped!).waitFor();
    expect((await fetch(feedUrl)).status).toBe(404);
    await portal.context().close();

    const page = await freshPage(browser);
    await signInToCoordinatorApp(page);
    await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
    await page.getByText('Contactmoment te laat').first().waitFor();
    await page.getByText('Wil je spreken').first().waitFor();
    // The family's message reached the coordinator's mailbox (the development outbox).
    await page.getByRole('link', { name: 'Verzonden e-mail' }).click();
    await page.getByRole('button', { name: /Bericht tonen: De afspraak met .* op .* gaat niet door/ }).first().waitFor();
    await page.context().close();
  });

  it('the request to talk reached the coordinator by e-mail; "Beantwoord" on Vandaag takes it off, and the match page keeps the answer', async () => {
    const page = await freshPage(browser);
    await signInToCoordinatorApp(page);
    await page.getByRole('link', { name: 'Verzonden e-mail' }).click();
    await page.getByRole('button', { name: /Bericht tonen: Lotte wil je spreken/ }).first().waitFor();

    await page.goto(`${server.url}/coordinator/`);
    await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
    const answer = page.getByRole('button', { name: 'Beantwoord', exact: true });
    await answer.first().waitFor();
    const matchPage = await page.getByRole('link', { name: /Noah Jansen en Lotte/ }).first().evaluate((link) => (link as HTMLAnchorElement).href);
    // The seeded request and the one of the first test: both stay until answered.
    const open = await answer.count();
    expect(open).toBe(2);
    await page.getByLabel('Notitie (mag leeg)').first().fill('Gebeld met Lotte; afspraak met school gemaakt.');
    for (let left = open; left > 0; left -= 1) {
      const answered = page.waitForResponse((r) => r.url().includes('/trpc/matches.answerTalkRequest'));
      await answer.first().click();
      expect((await answered).status()).toBe(200);
      await expect.poll(() => answer.count()).toBe(left - 1);
    }
    await expect.poll(() => page.getByText('Wil je spreken').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto(matchPage);
    await page.getByRole('heading', { name: 'Verzoeken om te praten' }).waitFor();
    await page.getByText('Gebeld met Lotte; afspraak met school gemaakt.').waitFor();
    await page.context().close();
  });
});
