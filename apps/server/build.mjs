// Bundles the server for production: our workspace packages (TypeScript source) are inlined,
// npm packages stay external and load from node_modules.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';

const manifest = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const workspace = (name) => name.startsWith('@driehoek/');
const declared = new Set(Object.keys({ ...manifest.dependencies }));
// An external import the server does not declare resolves here only through the workspace's
// node_modules layout, and fails on a clean install ("Cannot find package"): refuse to build.
const undeclared = new Set();

await build({
  entryPoints: { main: 'src/main.ts', 'create-coordinator': 'src/cli/create-coordinator.ts', backup: 'src/cli/backup.ts', restore: 'src/cli/restore.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'external-npm-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => {
          const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
          if (workspace(name)) return undefined;
          if (!declared.has(name) && !builtinModules.includes(name) && !name.startsWith('node:')) undeclared.add(name);
          return { path: args.path, external: true };
        });
      },
    },
  ],
});

if (undeclared.size > 0) {
  console.error(`apps/server/package.json must list what the bundle imports: ${[...undeclared].sort().join(', ')}`);
  process.exit(1);
}
