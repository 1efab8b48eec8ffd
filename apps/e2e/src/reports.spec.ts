import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { freshPage, launchChromium } from './browser.js';
import { startServer, type RunningServer } from './server.js';
import { seriousAccessibilityViolations } from './axe.js';
import { signInToCoordinatorApp } from './sign-in.js';

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

/**
 * The text a PDF shows, without a PDF library: pdfkit writes its page contents as Flate streams
 * holding `[<hex> kerning <hex>] TJ` runs of a standard font (WinAnsi, one byte a character).
 * Every stream is inflated and every run decoded; the runs of one line follow each other.
 */
function pdfText(bytes: Buffer): string {
  const text: string[] = [];
  const body = bytes.toString('latin1');
  for (const match of body.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = body.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      continue; // not a Flate stream (a font or an image)
    }
    for (const run of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      text.push([...run[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => Buffer.from(hex[1]!, 'hex').toString('latin1')).join(''));
    }
  }
  return text.join('\n');
}

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()])) as [Download, void];
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

describe('reports in the coordinator app', () => {
  it('a coordinator opens the programme report and downloads the PDF and the Excel file, which hold the figures of the page', async () => {
    const page = await freshPage(browser);
    await signInToCoordinatorApp(page, server.url);
    await page.getByRole('link', { name: 'Rapportages' }).click();
    await page.getByRole('heading', { level: 1, name: /^Programmarapportage: / }).waitFor();
    await page.getByRole('heading', { name: '1.4 Structuur van het programma' }).waitFor();

    // The figure: the period's matches in the activity table (a number, or "minder dan 5" when too few: EVA-2).
    const activity = page.getByRole('table', { name: 'Activiteit per maand' });
    const headers = await activity.getByRole('columnheader').allInnerTexts();
    const column = headers.indexOf('Koppelingen');
    expect(column).toBeGreaterThan(0);
    const wholePeriod = activity.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Hele periode' }) });
    const matches = (await wholePeriod.getByRole('cell').nth(column - 1).innerText()).trim();
    expect(matches).toMatch(/^\d+$|^minder dan \d+$/);
    // The chart has its table: the outcomes at the end of the period, as text.
    await page.getByRole('figure', { name: 'Aan het einde van de periode' }).getByRole('rowheader', { name: 'Loopt nog' }).waitFor();

    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const excel = await downloaded(page, 'Excelbestand downloaden');
    expect(excel.name).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(excel.bytes as never);
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    const matchesRow = rows.find((row) => row[0] === 'Koppelingen');
    expect(String(matchesRow?.[1])).toBe(matches);

    const pdf = await downloaded(page, 'Pdf downloaden');
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfText(pdf.bytes)).toContain(`Koppelingen: ${matches}`);
    // The results section (questionnaires of the evaluation feature) is in the file too, with its heading.
    expect(pdfText(pdf.bytes)).toContain('Resultaten en evaluatie');
    await page.context().close();
  });

  it('a coordinator writes a text under a heading of the report and finds it after a reload', async () => {
    const page = await freshPage(browser);
    await signInToCoordinatorApp(page, server.url);
    await page.goto(`${server.url}/coordinator/reports/programme`);
    await page.getByRole('heading', { level: 1, name: /^Programmarapportage: / }).waitFor();
    const form = page.getByRole('form', { name: 'Je tekst: 1.1 Context van het programma' });
    await form.getByLabel('Je tekst bij 1.1 Context van het programma').fill('Twaalf scholen in De Liemers.');
    const saved = page.waitForResponse((response) => response.url().includes('/trpc/reports.saveNarrative'));
    await form.getByRole('button', { name: 'Tekst opslaan' }).click();
    expect((await saved).status()).toBe(200);
    await form.getByText('De tekst is opgeslagen.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('Je tekst bij 1.1 Context van het programma').inputValue()).toBe('Twaalf scholen in De Liemers.');
    await page.context().close();
  });

  it('the live compliance page explains each figure', async () => {
    const page = await freshPage(browser);
    await signInToCoordinatorApp(page, server.url);
    await page.goto(`${server.url}/coordinator/reports/compliance`);
    await page.getByRole('heading', { level: 1, name: 'Kwaliteitscijfers' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Contactmomenten op tijd' }).waitFor();
    await page.getByRole('table', { name: 'De cijfers per maand' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the national administrator lands on the roll-up of the regions, and sees no personal record', async () => {
    const page = await freshPage(browser);
    await page.goto(`${server.url}/coordinator/`);
    await page.getByLabel('E-mailadres').fill('national@mentorschap.example');
    await page.getByLabel('Wachtwoord').fill('driehoek-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Landelijk overzicht' }).waitFor();
    const regions = page.getByRole('table', { name: 'Cijfers per regio' });
    await regions.getByRole('rowheader', { name: "School's cool De Liemers" }).waitFor();
    await regions.getByRole('rowheader', { name: 'Mentorproject Utrecht' }).waitFor();
    await regions.getByRole('rowheader', { name: 'Mentorschap Nederland (alle regio’s)' }).or(regions.getByRole('rowheader', { name: "Mentorschap Nederland (alle regio's)" })).waitFor();
    // Only the roll-up in the menu: no pupils, matches or applicants.
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(['Landelijk overzicht']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
