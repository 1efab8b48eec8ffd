import type { Browser, Page } from 'playwright-core';
import { freshPage } from './browser.js';

/** Signs a page in to the coordinator app as the demo coordinator of De Liemers. */
export async function signInToCoordinatorApp(page: Page, serverUrl: string): Promise<void> {
  await page.goto(`${serverUrl}/coordinator/`);
  await page.getByLabel('E-mailadres').fill('coordinator@schoolscool.example');
  await page.getByLabel('Wachtwoord').fill('driehoek-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

/** The portal's Dutch sign-in texts the helper clicks. */
export interface PortalSignInTexts {
  readonly email: string;
  readonly send: string;
  readonly code: string;
  readonly submit: string;
}

/** Signs in to the portal with the code from the newest sign-in e-mail, read in the development outbox. */
export async function signInToPortal(browser: Browser, serverUrl: string, email: string, texts: PortalSignInTexts): Promise<Page> {
  const portal = await freshPage(browser);
  await portal.goto(`${serverUrl}/portal/sign-in`);
  await portal.getByLabel(texts.email, { exact: true }).fill(email);
  await portal.getByRole('button', { name: texts.send }).click();
  await portal.getByLabel(texts.code).waitFor();

  const outbox = await freshPage(browser);
  await signInToCoordinatorApp(outbox, serverUrl);
  await outbox.getByRole('link', { name: 'Verzonden e-mail' }).click();
  await outbox.getByRole('button', { name: /Bericht tonen: Je code om in te loggen/ }).first().click();
  const code = /(\d{6})/.exec(await outbox.locator('main').innerText())![1]!;
  await outbox.context().close();

  await portal.getByLabel(texts.code).fill(code);
  await portal.getByRole('button', { name: texts.submit, exact: true }).click();
  return portal;
}
