import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type express from 'express';
import type { Request } from 'express';
import { acceptsEncoding } from './static.js';

/** The portal's language cookie (apps/portal/src/i18n.ts writes it when a language is chosen). */
export const PORTAL_LANGUAGE_COOKIE = 'driehoek_portal_lang';
const FALLBACK = 'nl';

/**
 * A JSON value inside `<script type="application/json">`: every `<` escaped, so no text can end
 * the script (`</script>`) or open a comment (`<!--`); U+2028/2029 escaped for old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The cookie's language if we have it, else the browser's most preferred one we have, else Dutch. */
export function pickLanguage(cookie: string | undefined, acceptLanguage: string | undefined, languages: readonly string[]): string {
  if (cookie && languages.includes(cookie)) return cookie;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean) ?? 1);
      return { code: tag.split('-')[0]!.toLowerCase(), q: Number.isFinite(q) ? q : 0, order };
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return wanted.find(({ code }) => languages.includes(code))?.code ?? (languages.includes(FALLBACK) ? FALLBACK : languages[0]!);
}

export interface PortalPageOptions {
  cookies(req: Request): Readonly<Record<string, string>>;
  /** Whether the cookies name a live portal session (packages/api `portalSignedIn`). */
  signedIn(cookies: Readonly<Record<string, string>>): Promise<boolean>;
}

/**
 * The portal's page in one round trip (issue 15): the server answers a page address with the
 * session state (signed in or not, nothing about the person) and the first texts of the
 * visitor's language (cookie, else Accept-Language) inlined as JSON (apps/portal/src/boot.ts);
 * signed out, the sign-in page prerendered in that language (apps/portal/scripts/prerender.mjs),
 * which paints before any JavaScript runs. Files (assets/…) and anything the build did not
 * prepare go on to `spa()`.
 */
export function portalPages(app: express.Express, dist: string, options: PortalPageOptions) {
  const folder = join(dist, 'prerendered');
  const index = join(dist, 'index.html');
  if (!existsSync(index) || !existsSync(folder)) return;
  const texts = new Map<string, Record<string, unknown>>();
  const signInPages = new Map<string, string>();
  for (const name of readdirSync(folder)) {
    const text = /^texts\.([a-z]{2,3})\.json$/.exec(name)?.[1];
    if (text) texts.set(text, JSON.parse(readFileSync(join(folder, name), 'utf8')) as Record<string, unknown>);
    const page = /^sign-in\.([a-z]{2,3})\.html$/.exec(name)?.[1];
    if (page) signInPages.set(page, readFileSync(join(folder, name), 'utf8'));
  }
  const languages = [...texts.keys()].filter((code) => signInPages.has(code));
  if (languages.length === 0) return;
  const generic = readFileSync(index, 'utf8');
  const dirOf = (lang: string) => /<html lang="[^"]*" dir="([^"]*)"/.exec(signInPages.get(lang)!)?.[1] ?? 'ltr';

  // 5 languages × 2 pages × 3 session states × 3 encodings at most: each built once.
  const built = new Map<string, { body: Buffer; encoding: 'br' | 'gzip' | null }>();
  function page(kind: 'sign-in' | 'app', lang: string, signedIn: boolean | null, encoding: 'br' | 'gzip' | null) {
    const key = `${kind}|${lang}|${signedIn}|${encoding}`;
    let answer = built.get(key);
    if (!answer) {
      const html = kind === 'sign-in' ? signInPages.get(lang)! : generic.replace(/<html lang="[^"]*" dir="[^"]*"/, `<html lang="${lang}" dir="${dirOf(lang)}"`);
      const boot = `<script type="application/json" id="portal-boot">${jsonForScript({ language: lang, signedIn, texts: texts.get(lang) })}</script>`;
      const raw = Buffer.from(html.replace('</head>', `${boot}</head>`));
      const body =
        encoding === 'br'
          ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
          : encoding === 'gzip'
            ? gzipSync(raw, { level: 9 })
            : raw;
      answer = { body, encoding };
      built.set(key, answer);
    }
    return answer;
  }

  app.get(['/portal', '/portal/{*path}'], async (req, res, next) => {
    let relative: string;
    try {
      relative = decodeURIComponent(req.path.slice('/portal'.length)).replace(/^\/+/, '');
    } catch {
      return next();
    }
    // a file (assets/…, index.html) is spa()'s
    if (/\.[\w]+$/.test(relative)) return next();
    const cookies = options.cookies(req);
    const lang = pickLanguage(cookies[PORTAL_LANGUAGE_COOKIE], req.headers['accept-language'], languages);
    let signedIn: boolean | null;
    try {
      signedIn = await options.signedIn(cookies);
    } catch {
      // the database is away: the portal asks itself once its code runs
      signedIn = null;
    }
    const signInAddress = relative === '' || relative === 'sign-in' || relative.startsWith('sign-in/');
    const encoding = acceptsEncoding(req, 'br') ? 'br' : acceptsEncoding(req, 'gzip') ? 'gzip' : null;
    const answer = page(signedIn === false && signInAddress ? 'sign-in' : 'app', lang, signedIn, encoding);
    res.set({ 'Cache-Control': 'private, no-cache', 'Content-Type': 'text/html; charset=utf-8' });
    res.vary('Accept-Encoding');
    res.vary('Accept-Language');
    res.vary('Cookie');
    if (answer.encoding) res.set('Content-Encoding', answer.encoding);
    res.send(answer.body);
  });
}
