import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteFiles, spa } from './static.js';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
let folder = '';
let base = '';
let close = () => {};
const script = 'console.log("driehoek");'.repeat(400);

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'driehoek-static-'));
  const dist = join(folder, 'portal');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), `<!doctype html><title>portal</title><script src="/portal/assets/index-AbCd12_x.js"></script>${' '.repeat(2000)}`);
  writeFileSync(join(dist, 'assets', 'index-AbCd12_x.js'), script);
  mkdirSync(join(dist, 'apply'));
  writeFileSync(join(dist, 'apply', 'index.html'), '<!doctype html><title>prerendered form</title>');
  // The build step every app runs after `vite build`.
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'precompress.mjs'), dist]);
  const app = express();
  siteFiles(app, join(repoRoot, 'apps', 'server', 'public'));
  spa(app, '/portal', dist);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => {
  close();
  rmSync(folder, { recursive: true, force: true });
});

/** A raw GET (fetch would decompress and hide the encoding). */
function get(path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = request(`${base}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('finding 10: static assets are precompressed, cached by name, and robots.txt and the favicon are real', () => {
  it('finding 10: a hashed script is sent as brotli or gzip (as the browser accepts) and cached for a year, immutable', async () => {
    const br = await get('/portal/assets/index-AbCd12_x.js', 'gzip, deflate, br, zstd');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(script.length / 10);

    const gz = await get('/portal/assets/index-AbCd12_x.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);

    const plain = await get('/portal/assets/index-AbCd12_x.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect((await get('/portal/assets/index-AbCd12_x.js', 'br;q=0, gzip')).headers['content-encoding']).toBe('gzip');
  });

  it('finding 10: index.html (and client-side routes) must be revalidated; a missing asset is a 404, not the app', async () => {
    for (const path of ['/portal/', '/portal/sign-in', '/portal/index.html']) {
      const page = await get(path, 'br');
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(page.body).toString()).toContain('<title>portal</title>');
    }
    expect((await get('/portal/assets/index-Gone1234.js')).status).toBe(404);
    expect((await get('/portal/assets/../../etc/passwd')).body.toString()).not.toContain('root:');
  });

  it('finding 10: robots.txt and favicon.ico are real files', async () => {
    const robots = await get('/robots.txt');
    expect(robots.headers['content-type']).toMatch(/text\/plain/);
    expect(robots.body.toString()).toMatch(/User-agent: \*[\s\S]*Disallow: \/portal\//);
    const icon = await get('/favicon.ico');
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toMatch(/icon/);
    expect([...icon.body.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    expect((await get('/favicon.svg')).body.toString()).toContain('<svg');
  });
});

describe('issue 15: a page prerendered at build time is sent as its own HTML', () => {
  it('issue 15: a path with a prerendered index.html gets it; any other client-side route gets the app', async () => {
    const prerendered = await get('/portal/apply');
    expect(prerendered.status).toBe(200);
    expect(prerendered.body.toString()).toContain('prerendered form');
    expect(prerendered.headers['cache-control']).toBe('no-cache');
    const other = await get('/portal/apply/sent');
    expect(other.body.toString()).toContain('<title>portal</title>');
    const outside = await get('/portal/..%2F..%2Fetc');
    expect(outside.body.toString()).toContain('<title>portal</title>');
  });
});
