/**
 * Every story of the shared components (packages/ui, built by apps/storybook) as a test in
 * Chromium (issue 15): the story renders without an error, its play function (the interaction
 * test, where it has one) passes with nothing logged as an error, and axe finds no serious or critical violation.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './axe.js';
import { freshPage, launchChromium } from './browser.js';

const staticDir = resolve(import.meta.dirname, '..', '..', 'storybook', 'storybook-static');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

type Entry = { id: string; title: string; name: string; type: string };
const stories: Entry[] = existsSync(join(staticDir, 'index.json'))
  ? Object.values((JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as { entries: Record<string, Entry> }).entries).filter((entry) => entry.type === 'story')
  : [];

let server: Server;
let base = '';
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = normalize(join(staticDir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    const file = path.startsWith(staticDir + sep) && existsSync(path) && statSync(path).isFile() ? path : null;
    if (req.url === '/favicon.ico') return void res.writeHead(204).end(); // the browser asks for it on its own
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  // One page for all stories: the preview's scripts load once, from the browser's cache after.
  page = await freshPage(browser);
  page.on('pageerror', (error) => errors.push(error.message));
  // A failing play function does not stop the preview: Storybook logs it as a console error.
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

// Not run at the awkward instants: no story reads the clock.
describe.skipIf(Boolean(process.env.DRIEHOEK_NOW))('the shared components\' stories, in Chromium', () => {
  it('the build has the stories (apps/storybook is built before this suite)', () => {
    expect(stories.length).toBeGreaterThan(30);
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name}: renders, its interaction test passes, axe finds nothing serious`, async () => {
      errors.length = 0;
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
      // The preview's own state: a story has rendered and its play function finished (or failed).
      await page.waitForFunction(() => {
        const phase = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender?.phase;
        return phase === 'completed' || phase === 'finished' || phase === 'errored' || phase === 'aborted';
      });
      const phase = await page.evaluate(() => (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender?.phase);
      const shownError = await page.locator('#error-message').textContent().catch(() => '');
      expect({ phase, errors, shownError: await page.locator('body.sb-show-errordisplay').count() ? shownError : '' }).toEqual({ phase: expect.stringMatching(/completed|finished/), errors: [], shownError: '' });
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });
  }
});
