import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS, createScratchDatabase, parseDatabaseUrl } from '@driehoek/db';
import { PUBLIC_LIMITS } from '@driehoek/api';
import { loadConfig } from './config.js';
import { createLog } from './log.js';
import { createHttpApp } from './http.js';
import { startServices } from './services.js';
import { Lifecycle } from './lifecycle.js';

const logLines: string[] = [];
let base = '';
let stop: () => Promise<void>;
let close: () => void;
let started: Awaited<ReturnType<typeof startServices>>;
let config: ReturnType<typeof loadConfig>;

let dropDatabase = async () => {};

beforeAll(async () => {
  let databaseUrl = ':memory:';
  const testUrl = process.env.TEST_DATABASE_URL;
  if (testUrl && parseDatabaseUrl(testUrl).dialect === 'postgresql') {
    const scratch = await createScratchDatabase(testUrl, 'driehoek_server_test');
    databaseUrl = scratch.url;
    dropDatabase = scratch.drop;
  }
  config = loadConfig({ DATABASE_URL: databaseUrl, DEMO_DATA: 'true', NODE_ENV: 'test', PORT: '3000', DRIEHOEK_NOW: process.env.DRIEHOEK_NOW });
  const sink = new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) });
  started = await startServices(config, createLog('info', sink));
  stop = started.stop;
  const server = createHttpApp(config, started.services).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(async () => {
  close?.();
  await stop?.();
  await dropDatabase();
});

const call = (path: string, body: unknown, cookie?: string) =>
  fetch(`${base}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });

describe('the HTTP host', () => {
  it('answers health and readiness (database reachable)', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('finding 10: serves a real robots.txt and favicon, not the app', async () => {
    const robots = await fetch(`${base}/robots.txt`);
    expect(robots.headers.get('content-type')).toMatch(/text\/plain/);
    expect(await robots.text()).toContain('Disallow: /coordinator/');
    expect((await fetch(`${base}/favicon.ico`)).headers.get('content-type')).toMatch(/icon/);
  });

  it('finding 5: while draining for a shutdown, /readyz answers 503 so a load balancer stops sending, and answers close their connection', async () => {
    const lifecycle = new Lifecycle();
    const draining = createHttpApp(config, started.services, lifecycle).listen(0, '127.0.0.1');
    await new Promise((resolve) => draining.once('listening', resolve));
    try {
      const url = `http://127.0.0.1:${(draining.address() as AddressInfo).port}/readyz`;
      expect((await fetch(url)).status).toBe(200);
      lifecycle.draining = true;
      const response = await fetch(url);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'shutting down' });
      expect(response.headers.get('connection')).toBe('close');
    } finally {
      draining.close();
    }
  });

  it('finding 1: a request that takes longer than REQUEST_TIMEOUT_MS is answered 503 instead of waiting for ever', async () => {
    const quick = loadConfig({ ...process.env, DATABASE_URL: config.DATABASE_URL, NODE_ENV: 'test', REQUEST_TIMEOUT_MS: '50' });
    const app = createHttpApp(quick, started.services);
    const cookie = (await call('auth.login', { email: DEMO_LOGINS[0].email, password: DEMO_LOGINS[0].password }).then((r) => r.headers.get('set-cookie') ?? '')).split(';')[0]!;
    // A procedure that hangs: the database is held by a transaction that does not end.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let begun = () => {};
    const holding = new Promise<void>((resolve) => (begun = resolve));
    const transaction = started.services.orm.em.fork().transactional(async (tx) => {
      await tx.getConnection().execute('select 1', [], 'all', tx.getTransactionContext());
      if (config.DATABASE_URL.startsWith('postgres')) await tx.getConnection().execute('lock table school in access exclusive mode', [], 'run', tx.getTransactionContext());
      begun();
      await held;
    });
    await holding;
    const listening = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => listening.once('listening', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(listening.address() as AddressInfo).port}/trpc/schools.list`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{}' });
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: { data: { code: string } } }).error.data.code).toBe('TIMEOUT');
    } finally {
      release();
      await transaction;
      listening.close();
    }
  });

  it('sends security headers', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('sets the session cookie httpOnly and SameSite=Strict, and the session works on the next request', async () => {
    const login = await call('auth.login', { email: DEMO_LOGINS[0].email, password: DEMO_LOGINS[0].password });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    // A lifetime, not a date from the server's clock: a browser whose clock is ahead keeps it too.
    expect(cookie).toMatch(/Max-Age=43200/);
    const me = await call('auth.me', {}, cookie.split(';')[0]);
    expect(((await me.json()) as { result: { data: { email: string } } }).result.data.email).toBe(DEMO_LOGINS[0].email);
  });

  it('answers a bad application with field-level error keys the form can show', async () => {
    const response = await call('application.submitApplication', { email: 'nope', postcode: '12', privacyConsent: false });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { data: { fieldErrors: Record<string, string> } } };
    expect(error.data.fieldErrors).toMatchObject({ email: 'errors.email', postcode: 'errors.postcode', privacyConsent: 'errors.consentRequired', firstName: 'errors.required' });
  });

  it('answers an unknown calendar link with 404 and never logs the secret', async () => {
    const response = await fetch(`${base}/calendar/not-a-real-secret-0123456789.ics`);
    expect(response.status).toBe(404);
    const log = logLines.join('');
    expect(log).toContain('/calendar/[secret]');
    expect(log).not.toContain('not-a-real-secret-0123456789');
  });

  it('finding 2: the calendar feed is limited per client address (429 after its allowance)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= PUBLIC_LIMITS.calendarFeed.perClient.points; i++) {
      statuses.push((await fetch(`${base}/calendar/flood-of-guesses-0123456789-${i}.ics`)).status);
    }
    expect(statuses.filter((status) => status === 404).length).toBeGreaterThan(PUBLIC_LIMITS.calendarFeed.perClient.points - 5);
    expect(statuses.at(-1)).toBe(429);
  });

  it('keeps personal data out of the logs', async () => {
    await call('auth.login', { email: 'someone.secret@example.org', password: 'not-it' });
    const log = logLines.join('');
    expect(log).toContain('"path":"/trpc/auth.login"');
    expect(log).not.toContain('someone.secret@example.org');
    expect(log).not.toContain('not-it');
  });
});
