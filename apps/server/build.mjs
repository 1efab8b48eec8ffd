// Bundles the server for production: our workspace packages (TypeScript source) are inlined,
// npm packages stay external and load from node_modules.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const workspace = (name) => name.startsWith('@driehoek/');
const ours = new Set(Object.keys({ ...manifest.dependencies }).filter(workspace));

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
          if (workspace(name) && ours.has(name)) return undefined;
          if (workspace(name)) return undefined;
          return { path: args.path, external: true };
        });
      },
    },
  ],
});
