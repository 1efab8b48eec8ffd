import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freshPage, launchChromium } from './browser.js';
import { startServer, type RunningServer } from './server.js';
import { seriousAccessibilityViolations } from './axe.js';
import { signInToCoordinatorApp as signInToCoordinatorAppAt, signInToPortal as signInToPortalAt } from './sign-in.js';

type Tree = { [key: string]: string | Tree };
/** The apps' own Dutch texts, so the test clicks what a volunteer or coordinator sees. */
const portalNl = JSON.parse(readFileSync(new URL('../../portal/src/locales/nl.json', import.meta.url), 'utf8')) as Tree;
/** Lina's mother reads the portal in Arabic. */
const portalAr = JSON.parse(readFileSync(new URL('../../portal/src/locales/ar.json', import.meta.url), 'utf8')) as Tree;
const coordinatorNl = JSON.parse(readFileSync(new URL('../../coordinator/src/locales/nl.json', import.meta.url), 'utf8')) as Tree;
function textAt(tree: Tree, path: string, values: Record<string, string> = {}): string {
  const found = path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? Object.entries(node).find(([name]) => name === key)?.[1] : undefined), tree);
  if (typeof found !== 'string') throw new Error(`No text at ${path}`);
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}
const portal = (path: string, values?: Record<string, string>) => textAt(portalNl, path, values);
const coordinator = (path: string, values?: Record<string, string>) => textAt(coordinatorNl, path, values);

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

const signInToPortal = (email: string) => signInToPortalAt(browser, server.url, email);
const signInToCoordinatorApp = (page: Page) => signInToCoordinatorAppAt(page, server.url);

describe('a safeguarding concern in the browser (SAF-1, SAF-3, SAF-4)', () => {
  it('a volunteer raises an acute concern and sees 112 and Veilig Thuis at once; the coordinator takes it up and records the Veilig Thuis contact; the volunteer and the family see the match paused', async () => {
    const volunteer = await signInToPortal('iris.vandijk@example.org');
    await volunteer.getByRole('heading', { name: portal('volunteer.title'), level: 1 }).waitFor();
    // SAF-17: the volunteer sees who the safeguarding lead and the deputy are.
    await volunteer.getByText(portal('worry.contacts', { leads: 'Joost de Vries', deputies: 'Fatima El Amrani' })).waitFor();
    await volunteer.getByRole('link', { name: portal('worry.button', { name: 'Lina' }) }).click();
    await volunteer.getByRole('heading', { name: portal('worry.title', { name: 'Lina' }), level: 1 }).waitFor();
    // "Is Lina in danger right now?" yes: the numbers show before anything is sent.
    await volunteer.getByRole('radio', { name: portal('worry.yes') }).check();
    await volunteer.getByText(portal('worry.call112')).waitFor();
    await volunteer.getByText(portal('worry.callVeiligThuis')).waitFor();
    await volunteer.getByLabel(portal('worry.facts')).fill('Lina zei: "Ik durf niet naar huis." Ze had een blauwe plek op haar arm.');
    await volunteer.getByLabel(portal('worry.disclosure', { name: 'Lina' })).check();
    const raised = volunteer.waitForResponse((r) => r.url().includes('/trpc/concerns.raise'));
    await volunteer.getByRole('button', { name: portal('worry.submit') }).click();
    expect((await raised).status()).toBe(200);
    await volunteer.getByText(portal('worry.sentAcute')).waitFor();
    await volunteer.getByText(portal('worry.call112')).waitFor();
    expect(await volunteer.getByText(portal('worry.callVeiligThuis')).isVisible()).toBe(true);
    expect(await seriousAccessibilityViolations(volunteer)).toEqual([]);
    await volunteer.context().close();

    const page = await freshPage(browser);
    await signInToCoordinatorApp(page);
    await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
    await page.getByText(coordinator('todayConcern.acuteNotAcknowledged')).first().waitFor();
    await page.getByRole('link', { name: coordinator('today.concernLink', { pupil: 'Lina Haddad' }) }).click();
    await page.getByRole('heading', { name: coordinator('concerns.caseTitle', { pupil: 'Lina Haddad' }), level: 1 }).waitFor();
    await page.getByText(coordinator('concerns.authoritiesFirstTitle')).waitFor();
    const acknowledged = page.waitForResponse((r) => r.url().includes('/trpc/concerns.acknowledge'));
    await page.getByRole('button', { name: coordinator('concerns.acknowledge') }).click();
    expect((await acknowledged).status()).toBe(200);
    await page.getByRole('button', { name: coordinator('concerns.acknowledge') }).waitFor({ state: 'detached' });

    await page.getByLabel(coordinator('concerns.authority.reference')).fill('VT-2026-0412');
    await page.getByLabel(coordinator('concerns.authority.summary')).fill('Onthulling en een blauwe plek; Veilig Thuis neemt het over.');
    await page.getByLabel(coordinator('concerns.authority.parentsInformed')).selectOption('no');
    await page.getByLabel(coordinator('concerns.authority.notInformedReason')).selectOption('safetyOfChild');
    await page.getByLabel(coordinator('concerns.explanation')).fill('Het gesprek met vader brengt Lina in gevaar.');
    const recorded = page.waitForResponse((r) => r.url().includes('/trpc/concerns.record'));
    await page.getByRole('button', { name: coordinator('concerns.authority.submit') }).click();
    expect((await recorded).status()).toBe(200);
    await page.getByText(coordinator('concerns.reference', { reference: 'VT-2026-0412' }), { exact: false }).waitFor();
    // The authorities were contacted: the acute warning goes, the next Meldcode step is there.
    await page.getByText(coordinator('concerns.authoritiesFirstTitle')).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: coordinator('concerns.steps.signalsMapped') }).waitFor();
    // SAF-4: the acute concern paused the meetings at once; lifting the pause is one action here.
    await page.getByText(coordinator('concerns.pause.paused')).waitFor();
    await page.getByRole('button', { name: coordinator('concerns.pause.lift') }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();

    // The volunteer's portal shows the match paused, with no meetings and nothing to log, and no word of a concern.
    const later = await signInToPortal('iris.vandijk@example.org');
    await later.getByText(portal('volunteer.pausedTitle')).waitFor();
    expect(await later.getByRole('button', { name: portal('volunteer.writeThisLog') }).count()).toBe(0);
    await later.context().close();

    // So does the family's, in the mother's language, and nothing in it speaks of a concern (SAF-10).
    const family = await signInToPortal('nadia.haddad@example.org');
    await family.getByText(textAt(portalAr, 'schedule.pausedTitle')).first().waitFor();
    expect(await family.locator('main').innerText()).not.toMatch(/zorg|concern|Veilig Thuis/i);
    expect(await seriousAccessibilityViolations(family)).toEqual([]);
    await family.context().close();
  });
});
