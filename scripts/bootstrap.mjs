#!/usr/bin/env node
// The one entry point behind `npm start` and `npm test`. Plain JavaScript that runs on Node 20:
// 1. when this node is older than the project needs, fetch Node 24 from the npm registry into a
//    cache once and re-run this script under it (native addons then build against its headers);
// 2. fetch the pnpm version pinned in package.json's `packageManager` into the same cache;
// 3. `pnpm install --frozen-lockfile`, then run the task through turbo.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const task = process.argv[2];
const TASKS = {
  start: startTask,
  test: testTask,
  'test:postgres': testPostgresTask,
  'test:instants': testInstantsTask,
  'test:faults': testFaultsTask,
  typecheck: () => turbo('typecheck'),
  lint: () => turbo('lint'),
};
if (!TASKS[task]) fail(`usage: node scripts/bootstrap.mjs <${Object.keys(TASKS).join('|')}>`);

/**
 * Awkward instants for the clock check (Europe/Amsterdam): the week's turn both ways, both
 * changes of the clocks (01:59 before the spring gap and 03:00 after it; 02:30 twice in autumn),
 * the year's last minute and a leap day. Each is written with its offset, so it is one instant.
 */
const AWKWARD_INSTANTS = [
  '2026-12-07T00:30:00+01:00', // Monday 00:30: Amsterdam is a day ahead of UTC
  '2026-12-06T23:30:00+01:00', // Sunday 23:30
  '2027-03-28T01:59:00+01:00', // last Sunday of March, a minute before summer time
  '2027-03-28T03:00:00+02:00', // … and the first summer-time minute after the gap
  '2027-10-31T02:30:00+02:00', // last Sunday of October, 02:30 the first time (summer time)
  '2027-10-31T02:30:00+01:00', // … and the second time (winter time)
  '2026-12-31T23:59:00+01:00', // the year's last minute
  '2028-02-29T12:00:00+01:00', // a leap day
];

const MIN_NODE = [22, 17];
const cache = process.env.DRIEHOEK_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'driehoek');

if (!nodeIsRecentEnough(process.versions.node)) {
  const nodeDir = ensureNode24();
  const nodeBin = join(nodeDir, 'bin', 'node');
  log(`running under Node ${run(nodeBin, ['--version'], { capture: true }).trim()} from ${nodeDir}`);
  const result = spawnSync(nodeBin, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: withNode(nodeDir),
  });
  process.exit(result.status ?? 1);
}

// Native addons (better-sqlite3, argon2) must build against the headers of the node that runs them.
const ownHeaders = join(dirname(dirname(process.execPath)), 'include', 'node');
if (existsSync(ownHeaders)) process.env.npm_config_nodedir = dirname(dirname(process.execPath));

const pnpm = ensurePnpm();
run(process.execPath, [pnpm, 'install', '--frozen-lockfile'], { cwd: root });
TASKS[task]();

function startTask() {
  run(process.execPath, [pnpm, 'exec', 'turbo', 'run', 'build', '--filter=@driehoek/server...'], { cwd: root });
  run(process.execPath, [pnpm, '--filter', '@driehoek/server', 'run', 'serve'], { cwd: root });
}

function testTask() {
  run(process.execPath, [pnpm, 'exec', 'turbo', 'run', 'test', '--concurrency=1'], { cwd: root });
}

/** The server-side integration tests again, against PostgreSQL (CI runs this after `npm test`). */
function testPostgresTask() {
  process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
  const packages = ['@driehoek/db', '@driehoek/api', '@driehoek/server'].map((name) => `--filter=${name}`);
  run(process.execPath, [pnpm, 'exec', 'turbo', 'run', 'test', '--concurrency=1', ...packages], { cwd: root });
}

/**
 * The fault-injection suite against the built server: kill -9 and SIGTERM under write load, a
 * transaction the database ends, start-up faults; with TEST_DATABASE_URL also PostgreSQL and its
 * connections terminated during writes (CI sets it). A few minutes.
 */
function testFaultsTask() {
  run(process.execPath, [pnpm, 'exec', 'turbo', 'run', 'test:faults', '--filter=@driehoek/server', '--concurrency=1'], { cwd: root });
}

/**
 * Proves that no test depends on the wall clock: the api and server integration tests and the
 * browser tests, with the server's and the browsers' clocks fixed at each awkward instant.
 */
function testInstantsTask() {
  const instants = process.env.DRIEHOEK_INSTANTS ? process.env.DRIEHOEK_INSTANTS.split(',') : AWKWARD_INSTANTS;
  const packages = ['@driehoek/api', '@driehoek/server', '@driehoek/e2e'].map((name) => `--filter=${name}`);
  for (const instant of instants) {
    log(`the test suite with the clock at ${instant}`);
    process.env.DRIEHOEK_NOW = instant;
    run(process.execPath, [pnpm, 'exec', 'turbo', 'run', 'test', '--concurrency=1', '--output-logs=errors-only', ...packages], { cwd: root });
  }
}

function turbo(task) {
  run(process.execPath, [pnpm, 'exec', 'turbo', 'run', task], { cwd: root });
}

function nodeIsRecentEnough(version) {
  const [major, minor] = version.split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

/** Installs `node-<platform>-<arch>@24` from the npm registry into the cache; returns its folder. */
function ensureNode24() {
  const pkg = `node-${process.platform}-${process.arch}`;
  const prefix = join(cache, 'node-24');
  const nodeDir = join(prefix, 'node_modules', pkg);
  if (!existsSync(join(nodeDir, 'bin', 'node'))) {
    log(`Node ${process.versions.node} is older than ${MIN_NODE.join('.')}; fetching ${pkg}@24 from the npm registry`);
    run('npm', ['install', '--no-save', '--no-package-lock', '--prefix', prefix, `${pkg}@24`]);
  }
  return nodeDir;
}

/** Environment for a child running under the fetched Node, with its headers for node-gyp. */
function withNode(nodeDir) {
  return {
    ...process.env,
    PATH: `${join(nodeDir, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: nodeDir,
  };
}

/** Installs the pnpm pinned in `packageManager` into the cache; returns its entry script. */
function ensurePnpm() {
  const manager = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
  const [, version] = /^pnpm@(\d+\.\d+\.\d+)/.exec(manager ?? '') ?? [];
  if (!version) fail('package.json must pin pnpm in "packageManager", e.g. "pnpm@10.34.8"');
  const prefix = join(cache, `pnpm-${version}`);
  const entry = join(prefix, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
  if (!existsSync(entry)) {
    log(`fetching pnpm ${version} from the npm registry`);
    run('npm', ['install', '--no-save', '--no-package-lock', '--prefix', prefix, `pnpm@${version}`]);
  }
  // turbo runs package scripts through the package manager it finds on PATH.
  process.env.PATH = `${join(prefix, 'node_modules', '.bin')}:${process.env.PATH}`;
  return entry;
}

function run(cmd, args, { cwd, capture = false } = {}) {
  const result = spawnSync(cmd, args, {
    cwd,
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: process.env,
  });
  if (result.error) fail(`${cmd} could not start: ${result.error.message}`);
  if (result.status !== 0) process.exit(result.status ?? 1);
  return result.stdout;
}

function log(message) {
  console.log(`[driehoek] ${message}`);
}

function fail(message) {
  console.error(`[driehoek] ${message}`);
  process.exit(1);
}
