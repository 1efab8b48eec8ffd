import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type express from 'express';
import type { Request } from 'express';
import { sendBuiltFile } from './static.js';

/** The portal's language cookie (apps/portal/src/i18n.ts writes it when a language is chosen). */
export const PORTAL_LANGUAGE_COOKIE = 'driehoek_portal_lang';
const FALLBACK = 'nl';

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
 * The portal's page in one round trip (issue 15): a page address is answered with the session
 * state (signed in or not, nothing about the person) and the first texts of the visitor's
 * language (cookie, else Accept-Language) inlined as JSON (apps/portal/src/boot.ts); signed
 * out, the sign-in prerendered in that language, which paints before any JavaScript runs. The
 * build wrote each variant, precompressed (apps/portal/scripts/prerender.mjs): this only picks
 * one. Files (assets/…) and a build without them go on to `spa()`.
 */
export function portalPages(app: express.Express, dist: string, options: PortalPageOptions) {
  const folder = join(dist, 'prerendered');
  if (!existsSync(folder)) return;
  const languages = readdirSync(folder)
    .map((name) => /^sign-in\.([a-z]{2,3})\.html$/.exec(name)?.[1])
    .filter((code): code is string => !!code && ['signed-in', 'signed-out', 'unknown'].every((state) => existsSync(join(folder, `page.${code}.${state}.html`))));
  if (languages.length === 0) return;

  app.get(['/portal', '/portal/{*path}'], async (req, res, next) => {
    let relative: string;
    try {
      relative = decodeURIComponent(req.path.slice('/portal'.length)).replace(/^\/+/, '');
    } catch {
      return next();
    }
    // a file (assets/…, index.html) is spa()'s
    if (/\.\w+$/.test(relative)) return next();
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
    const file =
      signedIn === false && signInAddress
        ? `sign-in.${lang}.html`
        : `page.${lang}.${signedIn === null ? 'unknown' : signedIn ? 'signed-in' : 'signed-out'}.html`;
    res.vary('Accept-Language');
    res.vary('Cookie');
    sendBuiltFile(req, res, join(folder, file), 'private, no-cache');
  });
}
