// Writes the prerendered public pages into the built site: dist/index.html (the role page) and
// dist/apply/index.html (the form), each the built index.html with the page's HTML in #root,
// its title and its language, its stylesheet inline. Runs after `vite build` and the server-side build of
// src/prerender.tsx (dist-prerender/); the server sends dist/<path>/index.html for <path>.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const app = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(app, 'dist');
const bundle = join(app, 'dist-prerender', 'prerender.js');
const { render, PRERENDERED_PATHS } = await import(pathToFileURL(bundle).href);
const shell = readFileSync(join(dist, 'index.html'), 'utf8');

/**
 * The stylesheet goes inline: a first visit paints from the HTML alone, without waiting for a
 * second request (about 3 kB gzipped; the CSP allows inline styles).
 */
function inlineStylesheet(html) {
  return html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_, href) => `<style>${readFileSync(join(dist, href), 'utf8')}</style>`);
}

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

for (const path of PRERENDERED_PATHS) {
  const { html, title, lang } = await render(path);
  const page = inlineStylesheet(shell)
    .replace('<div id="root"></div>', `<div id="root" data-prerendered="${path}">${html}</div>`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`)
    .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`);
  if (!page.includes('data-prerendered')) throw new Error('dist/index.html has no empty <div id="root"></div> to fill');
  const file = path === '/' ? join(dist, 'index.html') : join(dist, path.slice(1), 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, page);
  console.log(`prerendered ${path} (${Math.round(page.length / 1000)} kB)`);
}
rmSync(join(app, 'dist-prerender'), { recursive: true, force: true });
