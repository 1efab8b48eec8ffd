#!/usr/bin/env node
// The size budget of the three built apps: the JavaScript a browser downloads before a page can
// show, gzipped (level 9, as scripts/precompress.mjs writes what the server sends). Each path is
// an app's entry chunk with everything it imports statically, plus the lazy chunks of the page
// and of the active language (Dutch) that the path needs, plus their static imports; read from
// Vite's build manifest (`build.manifest: true`), counted once each. Prints the figures and exits
// non-zero when a path is over its budget. Runs in `npm test` (apps/server's test script, after
// turbo has built the apps) and on its own: `node scripts/size-budget.mjs` after a build.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * `lazy` names source files (relative to the app) whose chunk the path loads on demand; a source
 * that is not a chunk of its own is bundled into a static chunk and already counted there.
 */
export const BUDGETS = [
  // issue 15's target is 60 kB: the sign-in loads only the first part of the Dutch texts
  { app: 'portal', path: 'sign-in, Dutch', lazy: ['src/features/sign-in/SignInPage.tsx', 'src/locales/nl.json?part=first'], kB: 60 },
  { app: 'recruit', path: 'role page, Dutch', lazy: ['src/features/about/AboutPage.tsx', 'src/locales/nl.json'], kB: 60 },
  { app: 'recruit', path: 'application form, Dutch', lazy: ['src/features/application/ApplyPage.tsx', 'src/locales/nl.json'], kB: 110 },
  // issue 15's target is 150 kB: pages and languages load on demand, the login only its part of the texts, React's API on Preact
  { app: 'coordinator', path: 'login, Dutch', lazy: ['src/features/auth/LoginPage.tsx', 'src/locales/nl.json?part=first'], kB: 110 },
];

function manifestOf(app) {
  const file = join(root, 'apps', app, 'dist', '.vite', 'manifest.json');
  if (!existsSync(file)) throw new Error(`${app}: no ${file}; build the apps first (pnpm turbo run build --filter=@driehoek/server...)`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The chunk files of these manifest keys with their static imports, each once. */
export function staticImports(manifest, keys) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return [...files].filter((file) => file.endsWith('.js'));
}

/** The chunk files a path downloads: the entry's and the lazy sources' static import graphs. */
export function filesOf(manifest, lazy) {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length === 0) throw new Error('the manifest has no entry chunk');
  return staticImports(manifest, [...entries.map(([key]) => key), ...lazy]);
}

export function measure({ app, lazy }) {
  const manifest = manifestOf(app);
  const files = filesOf(manifest, lazy).map((file) => {
    const content = readFileSync(join(root, 'apps', app, 'dist', file));
    return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
  const separate = lazy.filter((source) => manifest[source]);
  return { files, separate, gzip: files.reduce((sum, f) => sum + f.gzip, 0), bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const verbose = process.argv.includes('--files');
  let over = 0;
  console.log('size budget: first-load JavaScript per path, gzip -9 (kB = 1000 bytes)');
  for (const budget of BUDGETS) {
    const result = measure(budget);
    const ok = result.gzip <= budget.kB * 1000;
    if (!ok) over++;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${budget.app.padEnd(12)} ${budget.path.padEnd(26)} ${kB(result.gzip).padStart(6)} kB gzip` +
        ` (${kB(result.bytes)} kB raw, ${result.files.length} files) budget ${budget.kB} kB`,
    );
    if (verbose || !ok) for (const f of result.files.sort((a, b) => b.gzip - a.gzip)) console.log(`       ${kB(f.gzip).padStart(6)} kB  ${f.file}`);
  }
  if (over) {
    console.error(`size budget: ${over} path(s) over budget`);
    process.exit(1);
  }
}
