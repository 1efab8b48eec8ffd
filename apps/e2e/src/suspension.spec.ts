import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freshPage, launchChromium } from './browser.js';
import { startServer, type RunningServer } from './server.js';
import { signInToCoordinatorApp as signIntoCoordinator, signInToPortal as signIntoPortal } from './sign-in.js';
import { seriousAccessibilityViolations } from './axe.js';

/** The portal's own Dutch texts, so the test clicks and reads what a parent or volunteer sees. */
const nl = JSON.parse(readFileSync(new URL('../../portal/src/locales/nl.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
/** Nadia Haddad reads the portal in Arabic, her preferred language. */
const ar = JSON.parse(readFileSync(new URL('../../portal/src/locales/ar.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
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

const signInToCoordinatorApp = (page: Page) => signIntoCoordinator(page, server.url);
const signInToPortal = (email: string) => signIntoPortal(browser, server.url, email);

describe('a withdrawal stops the match in the browser (CON-4)', () => {
  it("a parent withdraws the mentoring consent; the volunteer's portal shows the match paused, without meetings", async () => {
    const before = await signInToPortal('lotte.visser@example.org');
    await before.getByRole('heading', { name: nl.volunteer!.title, level: 1 }).waitFor();
    await before.getByRole('heading', { name: nl.volunteer!.nextTitle }).waitFor();
    expect(await before.locator('.portal-meetings li').count()).toBeGreaterThan(0);
    await before.context().close();

    const parent = await signInToPortal('petra.jansen@example.org');
    await parent.getByRole('button', { name: nl.consent!.withdraw }).first().waitFor();
    // Open each "Intrekken" in turn until the one whose consequence is that the volunteer stops.
    const mentoring = fill(nl.consent!.withdrawMentoring!, 'Noah');
    for (let index = 0; ; index++) {
      const buttons = parent.getByRole('button', { name: nl.consent!.withdraw, exact: true });
      expect(index).toBeLessThan(await buttons.count());
      await buttons.nth(index).click();
      if (await parent.getByText(mentoring).isVisible()) break;
      await parent.getByRole('button', { name: nl.consent!.withdrawKeep }).click();
    }
    const withdrawn = parent.waitForResponse((r) => r.url().includes('/trpc/portal.withdrawConsent'));
    await parent.getByRole('button', { name: nl.consent!.withdrawYes }).click();
    expect((await withdrawn).status()).toBe(200);
    await parent.getByText(`${nl.consent!.withdrawn} ${mentoring}`).waitFor();
    await parent.context().close();

    const volunteer = await signInToPortal('lotte.visser@example.org');
    await volunteer.getByRole('heading', { name: nl.volunteer!.title, level: 1 }).waitFor();
    await volunteer.getByText(nl.volunteer!.pausedTitle!).waitFor();
    await volunteer.getByText(fill(nl.volunteer!.pausedText!, 'Noah')).waitFor();
    expect(await volunteer.locator('.portal-meetings li').count()).toBe(0);
    expect(await volunteer.getByRole('button', { name: nl.volunteer!.writeLog }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(volunteer)).toEqual([]);
    await volunteer.context().close();

    // The coordinator sees it on Vandaag, and on the match page paused with the reason; it cannot resume without the consent.
    const coordinator = await freshPage(browser);
    await signInToCoordinatorApp(coordinator);
    await coordinator.getByText('De koppeling is gepauzeerd sinds', { exact: false }).first().waitFor();
    await coordinator.getByRole('link', { name: 'Noah Jansen en Lotte Visser' }).first().click();
    await coordinator.getByRole('heading', { name: 'Deze koppeling is gepauzeerd' }).waitFor();
    await coordinator.getByText('Een toestemming die de koppeling nodig heeft, is ingetrokken.').waitFor();
    await coordinator.getByRole('button', { name: 'Koppeling hervatten' }).click();
    await coordinator.getByText('De koppeling kan nog niet hervatten').waitFor();
    expect(await seriousAccessibilityViolations(coordinator)).toEqual([]);
    await coordinator.context().close();
  });

  it('a coordinator pauses a running match with a note, the family sees the pause in its language, and the coordinator resumes it', async () => {
    const coordinator = await freshPage(browser);
    await signInToCoordinatorApp(coordinator);
    await coordinator.getByRole('link', { name: 'Koppelingen', exact: true }).click();
    await coordinator.getByRole('link', { name: /Lina Haddad/ }).first().click();
    await coordinator.getByRole('button', { name: 'Koppeling pauzeren' }).click();
    await coordinator.getByLabel('Waarom').fill('Het gezin vraagt om een rustige maand.');
    await coordinator.getByRole('button', { name: 'Nu pauzeren' }).click();
    await coordinator.getByRole('heading', { name: 'Deze koppeling is gepauzeerd' }).waitFor();
    await coordinator.getByText('Het gezin vraagt om een rustige maand.').waitFor();
    expect(await seriousAccessibilityViolations(coordinator)).toEqual([]);

    const parent = await signInToPortal('nadia.haddad@example.org');
    await parent.getByText(ar.schedule!.pausedTitle!).first().waitFor();
    await parent.context().close();

    await coordinator.getByRole('button', { name: 'Koppeling hervatten' }).click();
    await coordinator.getByRole('heading', { name: 'Koppeling pauzeren' }).waitFor();
    await coordinator.context().close();
  });
});
