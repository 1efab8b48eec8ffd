import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

describe('privacy operations in the coordinator app', () => {
  it('an admin records a request, downloads an access export of the pupil’s file behind the password step and finds the export in the pupil’s audit log', async () => {
    const page = await freshPage(browser);
    await signInToCoordinatorApp(page, server.url, 'admin@schoolscool.example');
    await page.getByRole('link', { name: 'Privacy', exact: true }).click();
    await page.getByRole('heading', { name: 'Privacy', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Checklist live gaan' }).waitFor();

    // PRV-5: adopting the retention schedule takes it off the checklist.
    const adopted = page.waitForResponse((response) => response.url().includes('/trpc/privacy.setup.adoptRetention'));
    await page.getByRole('button', { name: 'Bewaartermijnen vaststellen' }).click();
    expect((await adopted).status()).toBe(200);
    await page.getByText(/^De bewaartermijnen zijn vastgesteld op/).waitFor();
    expect(await page.getByText(/De bewaartermijnen zijn nog niet vastgelegd/).count()).toBe(0);

    // The register: a parent's access request, due one month after today.
    const pupilField = page.getByLabel('Over het dossier van');
    await pupilField.selectOption({ index: 1 });
    const pupilLabel = (await pupilField.locator('option:checked').innerText()).trim();
    const pupilName = pupilLabel.replace(/ \(.*\)$/, '');
    await page.getByLabel('Wat wordt gevraagd').selectOption({ label: 'Inzage (art. 15)' });
    const recorded = page.waitForResponse((response) => response.url().includes('/trpc/privacy.requests.record'));
    await page.getByRole('button', { name: 'Verzoek vastleggen' }).click();
    expect((await recorded).status()).toBe(200);
    await page.getByText('Het verzoek staat in het register.').waitFor();
    const register = page.getByRole('table', { name: 'Verzoeken, openstaande eerst' });
    const row = register.getByRole('row', { name: new RegExp(pupilName) });
    await row.getByRole('cell', { name: /^Open/ }).waitFor();
    await row.getByRole('cell', { name: 'Inzage (art. 15)' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The export, answered from the request's row behind the password step: a wrong password is refused, then a JSON download.
    await row.getByRole('button', { name: /^Export downloaden/ }).click();
    await page.getByRole('heading', { name: `Export voor ${pupilName}`, level: 3 }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Je wachtwoord').fill('niet mijn wachtwoord');
    await page.getByRole('button', { name: 'Bevestigen en downloaden' }).click();
    await page.getByText('Dat is niet je wachtwoord.').waitFor();
    await page.getByLabel('Je wachtwoord').fill('driehoek-demo');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Bevestigen en downloaden' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^privacy-export-access-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as { purpose: string; notice: string; records: { kind: string; values: Record<string, unknown> }[] };
    expect(file.purpose).toBe('access');
    expect(file.notice).toContain('SAF-10');
    const profile = file.records.find((record) => record.kind === 'pupilFile');
    expect(`${String(profile?.values.firstName)} ${String(profile?.values.lastName)}`).toBe(pupilName);
    expect(file.records.some((record) => record.kind === 'concern')).toBe(false);
    await page.getByText('De export is gedownload als JSON-bestand.').waitFor();

    // The audit log per pupil: the admin's export, with who, what and the role.
    await page.getByRole('link', { name: 'Wie keek in wiens gegevens: het auditlog' }).click();
    await page.getByRole('heading', { name: 'Auditlog', level: 1 }).waitFor();
    await page.getByLabel('Per leerling').selectOption({ label: pupilLabel });
    const log = page.getByRole('table', { name: /nieuwste eerst/ });
    const exported = log.getByRole('row', { name: /privacy\.export\.access/ });
    await exported.getByRole('cell', { name: 'Joost de Vries' }).waitFor();
    await exported.getByRole('cell', { name: 'Beheerder' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('an admin changes a retention period for the organisation and for a programme and sees them after a reload; a period outside its range is refused', async () => {
    const page = await freshPage(browser);
    await signInToCoordinatorApp(page, server.url, 'admin@schoolscool.example');
    await page.getByRole('link', { name: 'Privacy', exact: true }).click();
    await page.getByRole('heading', { name: 'Bewaartermijnen aanpassen', level: 2 }).waitFor();
    const answers = page.getByLabel('Losse antwoorden op vragenlijsten, na het invullen (maanden)');
    // What the period rests on, in words, with its range.
    await page.getByText(/Geen wet schrijft deze termijn voor\. Voorstel: 1 jaar, daarna worden de antwoorden anoniem gemaakt.*Toegestaan: 1 tot en met 36 maanden\./).waitFor();

    await answers.fill('400');
    const refused = page.waitForResponse((response) => response.url().includes('/trpc/privacy.retention.update'));
    await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
    expect((await refused).status()).toBe(400);
    // The answer has come; the page shows the field's error on its next render.
    await page.getByText('Deze bewaartermijn valt buiten wat is toegestaan. Kies een termijn tussen de kortste en de langste die erbij staan.').first().waitFor();
    await expect.poll(() => answers.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await answers.fill('6');
    const saved = page.waitForResponse((response) => response.url().includes('/trpc/privacy.retention.update'));
    await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByText('De bewaartermijnen zijn opgeslagen. De volgende opschoning gebruikt ze.').waitFor();

    // A programme's own period: only the periods of its records, empty ones follow the organisation.
    const scope = page.getByLabel('Termijnen van');
    await scope.selectOption({ index: 1 });
    const programmeName = (await scope.locator('option:checked').innerText()).trim();
    expect(await page.getByLabel(/^Het logboek van wie dossiers/).count()).toBe(0);
    await page.locator('.dh-field', { has: page.getByLabel('Losse antwoorden op vragenlijsten, na het invullen (maanden)') }).getByText('Laat leeg om de organisatie te volgen (6 maanden).').waitFor();
    await page.getByLabel(/^Dossier van leerling en gezin/).fill('12');
    const programmeSaved = page.waitForResponse((response) => response.url().includes('/trpc/privacy.retention.update'));
    await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
    expect((await programmeSaved).status()).toBe(200);
    await page.getByText('De bewaartermijnen zijn opgeslagen. De volgende opschoning gebruikt ze.').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Bewaartermijnen aanpassen', level: 2 }).waitFor();
    expect(await page.getByLabel('Losse antwoorden op vragenlijsten, na het invullen (maanden)').inputValue()).toBe('6');
    await page.getByLabel('Termijnen van').selectOption({ label: programmeName });
    expect(await page.getByLabel(/^Dossier van leerling en gezin/).inputValue()).toBe('12');
    await page.context().close();
  });

  it('a coordinator has no privacy pages: no menu item, and the address is not found', async () => {
    const page = await freshPage(browser);
    await signInToCoordinatorApp(page, server.url);
    expect(await page.getByRole('link', { name: 'Privacy', exact: true }).count()).toBe(0);
    await page.goto(`${server.url}/coordinator/privacy/audit`);
    await page.getByRole('heading', { name: 'Deze pagina bestaat niet.', level: 1 }).waitFor();
    await page.context().close();
  });
});
