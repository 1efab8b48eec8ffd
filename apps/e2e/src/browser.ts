/** Debian's Chromium, headless, driven by playwright-core (no browser download). */
import { chromium, type Browser } from 'playwright-core';
import { NOW } from './clock.js';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * A page in a context of its own: its own cookies and storage, like a separate person in the
 * Netherlands. Under `DRIEHOEK_NOW` the page's clock stands at the same instant as the server's.
 */
export async function freshPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  if (process.env.DRIEHOEK_NOW) await context.clock.setFixedTime(NOW);
  return context.newPage();
}
