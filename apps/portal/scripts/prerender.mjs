// Writes what the server needs to answer the portal's first request in one round trip
// (apps/server/src/portal-page.ts), into dist/prerendered/:
// - sign-in.<lang>.html: the built index.html with the sign-in page's HTML in #root, in that
//   language (title, lang, dir), its stylesheet inline and the sign-in chunk modulepreloaded;
// - texts.<lang>.json: the language's first texts, which the server inlines into the page.
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
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const base = '/portal/';

/** The stylesheet inline: the page paints from the HTML alone (the CSP allows inline styles). */
function inlineStylesheet(html) {
  return html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_, href) => `<style>${readFileSync(join(dist, href.slice(base.length)), 'utf8')}</style>`);
}

/** The sign-in page's chunk and its static imports, fetched beside the entry instead of after it. */
function modulePreloads(source) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(source);
  return [...files]
    .filter((file) => file.endsWith('.js') && !shell.includes(file))
    .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`)
    .join('');
}

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const preloads = modulePreloads('src/features/sign-in/SignInPage.tsx');

mkdirSync(out, { recursive: true });
for (const [lang, texts] of Object.entries(await firstTextsByLanguage())) {
  writeFileSync(join(out, `texts.${lang}.json`), JSON.stringify(texts));
  const { html, title, dir } = await render('/sign-in', lang, texts);
  const page = inlineStylesheet(shell)
    .replace('<div id="root"></div>', `<div id="root" data-prerendered="/sign-in">${html}</div>`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`)
    .replace(/<html lang="[^"]*" dir="[^"]*"/, `<html lang="${lang}" dir="${dir}"`)
    .replace('</head>', `${preloads}</head>`);
  if (!page.includes('data-prerendered') || !page.includes(`lang="${lang}"`)) throw new Error('dist/index.html has no empty <div id="root"></div> or <html lang dir> to fill');
  writeFileSync(join(out, `sign-in.${lang}.html`), page);
  console.log(`prerendered /sign-in in ${lang} (${Math.round(page.length / 1000)} kB)`);
}
rmSync(join(app, 'dist-prerender'), { recursive: true, force: true });
