import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickLanguage, portalPages, PORTAL_LANGUAGE_COOKIE } from './portal-page.js';
import { spa } from './static.js';

let folder = '';
let base = '';
let server: Server | undefined;
const LIVE = 'live-session-token';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'driehoek-portal-page-'));
  const dist = join(folder, 'portal');
  mkdirSync(join(dist, 'prerendered'), { recursive: true });
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<title>plain</title>');
  writeFileSync(join(dist, 'assets', 'index-AbCd12_x.js'), 'console.log(1)');
  // what apps/portal/scripts/prerender.mjs writes
  for (const lang of ['nl', 'en', 'ar']) {
    writeFileSync(join(dist, 'prerendered', `sign-in.${lang}.html`), `<title>sign-in ${lang}</title>`);
    for (const state of ['signed-in', 'signed-out', 'unknown']) writeFileSync(join(dist, 'prerendered', `page.${lang}.${state}.html`), `<title>page ${lang} ${state}</title>`);
  }
  const app = express();
  portalPages(app, dist, {
    cookies: (req) => Object.fromEntries((req.headers.cookie ?? '').split(';').filter(Boolean).map((c) => c.trim().split('=') as [string, string])),
    signedIn: async (cookies) => {
      if (cookies.driehoek_portal === 'database-away') throw new Error('database unreachable');
      return cookies.driehoek_portal === LIVE;
    },
  });
  spa(app, '/portal', dist);
  server = await new Promise<Server>((listening) => {
    const started = app.listen(0, '127.0.0.1', () => listening(started));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function title(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, { headers });
  return { title: /<title>([^<]*)<\/title>/.exec(await res.text())?.[1], res };
}

describe('issue 15: the portal page carries the session state and the language in the first round trip', () => {
  it('issue 15: signed out, the sign-in (and the start page) is the prerendered sign-in in the browser language', async () => {
    expect((await title('/portal/sign-in', { 'accept-language': 'en-GB,en;q=0.9,nl;q=0.8' })).title).toBe('sign-in en');
    expect((await title('/portal/', { 'accept-language': 'ar' })).title).toBe('sign-in ar');
    expect((await title('/portal/application')).title).toBe('page nl signed-out');
  });

  it('issue 15: the language cookie wins over the browser; an unknown language falls back to Dutch', async () => {
    expect((await title('/portal/sign-in', { 'accept-language': 'en', cookie: `${PORTAL_LANGUAGE_COOKIE}=ar` })).title).toBe('sign-in ar');
    expect((await title('/portal/sign-in', { 'accept-language': 'de, fr;q=0.5' })).title).toBe('sign-in nl');
  });

  it('issue 15: signed in, the app page (no sign-in); the database away, the page that asks itself', async () => {
    expect((await title('/portal/sign-in', { cookie: `driehoek_portal=${LIVE}` })).title).toBe('page nl signed-in');
    expect((await title('/portal/', { cookie: `driehoek_portal=database-away` })).title).toBe('page nl unknown');
  });

  it('issue 15: the answer is private, revalidated and varies with the cookie and the language; files stay files', async () => {
    const { res } = await title('/portal/sign-in');
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    expect(res.headers.get('vary')).toMatch(/Accept-Language/);
    expect(res.headers.get('vary')).toMatch(/Cookie/);
    expect((await title('/portal/index.html')).title).toBe('plain');
    expect((await fetch(`${base}/portal/assets/index-AbCd12_x.js`)).headers.get('content-type')).toMatch(/javascript/);
  });

  it('issue 15: Accept-Language by preference (q), then order; q=0 is a refusal', () => {
    const have = ['nl', 'en', 'ar', 'tr', 'pl'];
    expect(pickLanguage(undefined, 'tr;q=0.5, pl;q=0.9', have)).toBe('pl');
    expect(pickLanguage(undefined, 'pl-PL, tr', have)).toBe('pl');
    expect(pickLanguage(undefined, 'en;q=0, de', have)).toBe('nl');
    expect(pickLanguage('xx', undefined, have)).toBe('nl');
  });
});
