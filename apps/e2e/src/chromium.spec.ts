import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumToLaunch } from './browser.js';

describe('finding 12: the browser tests run on a machine with only Node and npm', () => {
  it('finding 12: without a system Chromium the tests launch the one shipped in @sparticuz/chromium, and it renders a page', async () => {
    const choice = await chromiumToLaunch({ CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(choice.kind).toBe('packaged');
    expect(existsSync(choice.executablePath)).toBe(true);
    expect(choice.args).not.toContain('--single-process');
    const browser = await chromium.launch({ executablePath: choice.executablePath, headless: true, args: choice.args });
    try {
      for (const text of ['één', 'مرحبا']) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.setContent(`<main><h1>${text}</h1></main>`);
        expect(await page.getByRole('heading').textContent()).toBe(text);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  });

  it('finding 12: Debian’s Chromium is preferred when it is there, and DRIEHOEK_CHROMIUM chooses', async () => {
    expect((await chromiumToLaunch({ CHROMIUM_PATH: process.execPath })).kind).toBe('system');
    expect((await chromiumToLaunch({ CHROMIUM_PATH: process.execPath, DRIEHOEK_CHROMIUM: 'packaged' })).kind).toBe('packaged');
    await expect(chromiumToLaunch({ DRIEHOEK_CHROMIUM: 'firefox' })).rejects.toThrow(/DRIEHOEK_CHROMIUM/);
  });
});
