import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type express from 'express';
import { type Request, type Response } from 'express';

/** Vite names built files `name-<hash>.ext` under assets/: their content never changes under that name. */
const HASHED = /[-.][\w-]{8,}\.(?:js|mjs|css|woff2?|svg|png|jpe?g|webp|avif|ico)$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files: always ask again (a 304 when nothing changed). */
const REVALIDATE = 'no-cache';
const SHORT = 'public, max-age=3600';

/** Whether the browser accepts this content encoding (named, and not with q=0). */
export function acceptsEncoding(req: Request, name: 'br' | 'gzip'): boolean {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  return new RegExp(`(^|[\\s,])${name}(;q=(?!0(\\.0*)?(\\s|,|$))[\\d.]+)?(\\s*(,|$))`).test(accepted);
}

/** Picks the precompressed variant (`.br`, then `.gz`) that the build wrote and the browser accepts. */
function encodingFor(req: Request, file: string): { path: string; encoding: 'br' | 'gzip' } | null {
  if (acceptsEncoding(req, 'br') && existsSync(`${file}.br`)) return { path: `${file}.br`, encoding: 'br' };
  if (acceptsEncoding(req, 'gzip') && existsSync(`${file}.gz`)) return { path: `${file}.gz`, encoding: 'gzip' };
  return null;
}

/**
 * Sends a built file: brotli or gzip as precompressed at build time (scripts/precompress.mjs),
 * `Vary: Accept-Encoding`, and the cache policy its name allows.
 */
export function sendBuiltFile(req: Request, res: Response, file: string, cacheControl: string) {
  const variant = encodingFor(req, file);
  res.set('Cache-Control', cacheControl);
  res.vary('Accept-Encoding');
  res.type(extname(file));
  if (variant) res.set('Content-Encoding', variant.encoding);
  res.sendFile(variant?.path ?? file, { dotfiles: 'deny', lastModified: true, cacheControl: false }, (error) => {
    if (error && !res.headersSent) res.status(404).end();
  });
}

/**
 * Serves one built single-page app under a base path, with its index.html for client-side routes
 * (a prerendered route's own, where the build wrote one).
 */
export function spa(app: express.Express, base: string, dist: string) {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return;
  const prefix = base === '/' ? '' : base;
  app.get(`${prefix}/{*path}`, (req, res, next) => {
    const relative = decodeURIComponent(req.path.slice(prefix.length)).replace(/^\/+/, '');
    const file = normalize(join(dist, relative));
    const isFile = relative !== '' && file.startsWith(dist + sep) && existsSync(file) && statSync(file).isFile() && !file.endsWith('.br') && !file.endsWith('.gz');
    if (isFile) {
      sendBuiltFile(req, res, file, file === index ? REVALIDATE : relative.startsWith('assets/') && HASHED.test(file) ? IMMUTABLE : SHORT);
      return;
    }
    // A missing asset is a 404, not the app: a stale hashed name must not get HTML.
    if (relative.startsWith('assets/')) return next();
    // A page prerendered at build time has its own index.html (apps/recruit/scripts/prerender.mjs).
    const prerendered = join(file, 'index.html');
    const own = relative !== '' && file.startsWith(dist + sep) && existsSync(prerendered);
    sendBuiltFile(req, res, own ? prerendered : index, REVALIDATE);
  });
}

/** robots.txt and the favicon, from apps/server/public: real files, not the app. */
export function siteFiles(app: express.Express, folder: string) {
  for (const name of ['robots.txt', 'favicon.ico', 'favicon.svg']) {
    const file = join(folder, name);
    if (existsSync(file)) app.get(`/${name}`, (req, res) => sendBuiltFile(req, res, file, 'public, max-age=86400'));
  }
}
