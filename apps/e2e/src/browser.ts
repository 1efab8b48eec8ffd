/**
 * Chromium for the browser tests, headless, driven by playwright-core (no browser download):
 * Debian's at /usr/bin/chromium (or CHROMIUM_PATH) when it is there, which CI installs; otherwise
 * the Chromium shipped inside the npm package @sparticuz/chromium (unpacked to the temp folder
 * once), with that package's own flags, so `npm test` runs on a machine with only Node and npm.
 * DRIEHOEK_CHROMIUM=packaged uses the packaged one even when Debian's is installed.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { NOW } from './clock.js';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const SYSTEM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

const PACKAGED_FLAGS_LEFT_OUT = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content', '--disable-site-isolation-trials']);

/** Which Chromium to launch and with which flags. */
export async function chromiumToLaunch(env: NodeJS.ProcessEnv = process.env): Promise<{ kind: 'system' | 'packaged'; executablePath: string; args: string[] }> {
  const wanted = env.DRIEHOEK_CHROMIUM;
  if (wanted !== undefined && wanted !== 'system' && wanted !== 'packaged') throw new Error(`DRIEHOEK_CHROMIUM must be "system" or "packaged", not "${wanted}"`);
  const systemPath = env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM;
  if (wanted === 'system' || (wanted !== 'packaged' && existsSync(systemPath))) return { kind: 'system', executablePath: systemPath, args: SYSTEM_ARGS };
  const { default: packaged } = await import('@sparticuz/chromium');
  packaged.setGraphicsMode = false;
  // The package's flags, less those for serverless hosts that would change what the tests see:
  // --single-process (the browser dies when a test closes a context) and the web-security switches.
  const args = packaged.args.filter((flag) => !PACKAGED_FLAGS_LEFT_OUT.has(flag));
  return { kind: 'packaged', executablePath: await packaged.executablePath(), args: [...args, '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] };
}

export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = await chromiumToLaunch();
  return chromium.launch({ executablePath, headless: true, args });
}

/**
 * A page in a context of its own: its own cookies and storage, like a separate person in the
 * Netherlands. Under `DRIEHOEK_NOW` the page's clock stands at the same instant as the server's.
 * A desktop window unless told otherwise (`{ width: 390, height: 844 }` for a phone).
 */
export async function freshPage(browser: Browser, viewport = { width: 1200, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  if (process.env.DRIEHOEK_NOW) await context.clock.setFixedTime(NOW);
  return context.newPage();
}
