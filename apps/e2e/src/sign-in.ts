/**
 * Signing in as the demo's people do: a coordinator with the demo password, a parent or a
 * volunteer in the portal with the one-time code from the newest sign-in e-mail, read in the
 * development outbox as a coordinator would.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { freshPage } from './browser.js';

const nl = JSON.parse(readFileSync(new URL('../../portal/src/locales/nl.json', import.meta.url), 'utf8')) as { signIn: Record<string, string> };

export async function signInToCoordinatorApp(page: Page, serverUrl: string, email = 'coordinator@schoolscool.example') {
  await page.goto(`${serverUrl}/coordinator/`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('driehoek-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

/** Signs in to the portal (in Dutch) with the code from the newest sign-in e-mail, read in the development outbox. */
export async function signInToPortal(browser: Browser, serverUrl: string, email: string): Promise<Page> {
  const portal = await freshPage(browser);
  await portal.goto(`${serverUrl}/portal/sign-in`);
  await portal.getByLabel(nl.signIn.email!, { exact: true }).fill(email);
  await portal.getByRole('button', { name: nl.signIn.send }).click();
  await portal.getByLabel(nl.signIn.code!).waitFor();

  const outbox = await freshPage(browser);
  await signInToCoordinatorApp(outbox, serverUrl);
  await outbox.getByRole('link', { name: 'Verzonden e-mail' }).click();
  await outbox.getByRole('button', { name: /Bericht tonen: Je code om in te loggen/ }).first().click();
  const code = /(\d{6})/.exec(await outbox.locator('main').innerText())![1]!;
  await outbox.context().close();

  await portal.getByLabel(nl.signIn.code!).fill(code);
  await portal.getByRole('button', { name: nl.signIn.submit, exact: true }).click();
  return portal;
}
