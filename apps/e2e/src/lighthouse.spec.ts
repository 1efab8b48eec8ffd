/**
 * Lighthouse (mobile preset, simulated throttling) on the first page of each app, against the
 * built server: prints performance, LCP, TBT and CLS for the README's performance section
 * (issue 15). Speed is reported, not asserted (figures on a shared 2-core machine vary); the
 * accessibility score is asserted, since it does not depend on the machine. Not run at the
 * awkward instants: the clock changes nothing Lighthouse measures.
 */
import lighthouse from 'lighthouse';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumToLaunch } from './browser.js';
import { freePort, startServer, type RunningServer } from './server.js';

const FIRST_PAGES = [
  { app: 'recruitment site', path: '/' },
  { app: 'portal', path: '/portal/sign-in' },
  { app: 'coordinator', path: '/coordinator/' },
];

describe.skipIf(Boolean(process.env.DRIEHOEK_NOW))('Lighthouse, mobile', () => {
  let server: RunningServer;
  let browser: Browser;
  let port: number;

  beforeAll(async () => {
    server = await startServer();
    port = await freePort();
    const { executablePath, args } = await chromiumToLaunch();
    // Lighthouse drives the browser over the DevTools protocol on a port of its own.
    browser = await chromium.launch({ executablePath, headless: true, args: [...args, `--remote-debugging-port=${port}`] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const { app, path } of FIRST_PAGES) {
    it(`${app}: prints performance, LCP, TBT and CLS; accessibility scores 100`, async () => {
      const result = await lighthouse(`${server.url}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      const lhr = result!.lhr;
      expect(lhr.runtimeError, JSON.stringify(lhr.runtimeError)).toBeUndefined();
      const audit = (id: string) => lhr.audits[id]!.numericValue!;
      const figures = {
        performance: Math.round(lhr.categories.performance!.score! * 100),
        lcpMs: Math.round(audit('largest-contentful-paint')),
        tbtMs: Math.round(audit('total-blocking-time')),
        cls: Number(audit('cumulative-layout-shift').toFixed(3)),
      };
      console.log(`[lighthouse] ${app} ${path}: performance ${figures.performance}, LCP ${figures.lcpMs} ms, TBT ${figures.tbtMs} ms, CLS ${figures.cls}`);
      expect(Number.isFinite(figures.lcpMs)).toBe(true);
      const failing = Object.values(lhr.audits).filter((a) => lhr.categories.accessibility!.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score === 0);
      expect(failing.map((a) => a.id)).toEqual([]);
      expect(lhr.categories.accessibility!.score).toBe(1);
    });
  }
});
