// Writes the pages the server answers the portal's addresses with (apps/server/src/portal-page.ts),
// into dist/prerendered/, each with the session state and the language's first texts inlined as
// JSON (`<script type="application/json" id="portal-boot">`, read by src/boot.ts), so the first
// render needs no round trip; precompressed like every built file, so the server only picks one:
// - sign-in.<lang>.html: signed out, the sign-in page's HTML in #root in that language (title,
//   lang, dir), its stylesheet inline. The entry and its libraries are modulepreloaded (Vite);
//   the sign-in's own chunk is not: requested before the first paint, it competed with it
//   (Lighthouse LCP 1.9–2.5 s with it, 0.7 s without), and the page reads before it arrives;
// - page.<lang>.<signed-in|signed-out|unknown>.html: the built index.html in that language.
// Runs after `vite build` and the server-side build of src/prerender.tsx (dist-prerender/).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const app = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(app, 'dist');
const out = join(dist, 'prerendered');
const bundle = join(app, 'dist-prerender', 'prerender.js');
const { render, firstTextsByLanguage } = await import(pathToFileURL(bundle).href);
const shell = readFileSync(join(dist, 'index.html'), 'utf8');
const base = '/portal/';

/** The stylesheet inline: the page paints from the HTML alone (the CSP allows inline styles). */
function inlineStylesheet(html) {
  return html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_, href) => `<style>${readFileSync(join(dist, href.slice(base.length)), 'utf8')}</style>`);
}

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A JSON value inside `<script type="application/json">`: every `<` escaped, so no text can end
 * the script (`</script>`) or open a comment (`<!--`); U+2028/2029 escaped for old parsers.
 */
function jsonForScript(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

// The app's first render replaces the prerendered markup, so what someone typed or clicked
// before it would be lost (and a native submit would put the e-mail address in the URL): the
// prerendered form reads and paints, but takes input only once the app has taken it over.
const inert = (html) => html.replace(/<(input|button|select|textarea)\b/g, '<$1 disabled');
const withBoot = (html, boot) => html.replace('</head>', `<script type="application/json" id="portal-boot">${jsonForScript(boot)}</script></head>`);
const inLanguage = (html, lang, dir) => html.replace(/<html lang="[^"]*" dir="[^"]*"/, `<html lang="${lang}" dir="${dir}"`);
const SESSION_STATES = { 'signed-in': true, 'signed-out': false, unknown: null };

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [lang, texts] of Object.entries(await firstTextsByLanguage())) {
  const { html, title, dir } = await render('/sign-in', lang, texts);
  const signIn = inLanguage(inlineStylesheet(shell), lang, dir)
    .replace('<div id="root"></div>', `<div id="root" data-prerendered="/sign-in">${inert(html)}</div>`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`);
  if (!signIn.includes('data-prerendered') || !signIn.includes(`lang="${lang}"`)) throw new Error('dist/index.html has no empty <div id="root"></div> or <html lang dir> to fill');
  writeFileSync(join(out, `sign-in.${lang}.html`), withBoot(signIn, { language: lang, signedIn: false, texts }));
  for (const [state, signedIn] of Object.entries(SESSION_STATES)) {
    writeFileSync(join(out, `page.${lang}.${state}.html`), withBoot(inLanguage(shell, lang, dir), { language: lang, signedIn, texts }));
  }
  console.log(`prerendered /sign-in in ${lang} (${Math.round(signIn.length / 1000)} kB) and the page in ${lang}`);
}
rmSync(join(app, 'dist-prerender'), { recursive: true, force: true });
