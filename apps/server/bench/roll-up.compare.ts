/**
 * The national roll-up of this tree against that of another commit, in one process on the same
 * data, taking turns, so that a loaded machine slows both alike: `facts.ts` and `national.ts` of
 * COMPARE_BASE (default `reports-speed`) are copied beside this tree's as `*.base.ts` for the run
 * (and removed after); ROUNDS (default 7) rounds of base then this tree, medians printed; the two
 * roll-ups' figures are checked equal. On the reports benchmark's data (`reports-data.ts`).
 *
 *   pnpm --filter @driehoek/server exec tsx bench/roll-up.compare.ts
 *   BENCH_ONLY=sqlite|postgresql, COMPARE_BASE=<git ref>, ROUNDS=<n>
 *   COMPARE_SQLITE_FILE / COMPARE_DATABASE_URL: an already filled database (else a fresh one is filled)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Organisation, createScratchDatabase, openDatabase, type DatabaseTarget } from '@driehoek/db';
import { nationalRollUpOf } from '@driehoek/api/features/reporting/national';
import { clock, fill, period } from './reports-data.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const folder = 'packages/api/src/features/reporting';
const base = process.env.COMPARE_BASE ?? 'reports-speed';
const rounds = Number(process.env.ROUNDS ?? 7);
const only = process.env.BENCH_ONLY;

const show = (file: string) => execFileSync('git', ['-C', root, 'show', `${base}:${folder}/${file}`], { encoding: 'utf8' });
const copies = [join(root, folder, 'facts.base.ts'), join(root, folder, 'national.base.ts')];
writeFileSync(copies[0]!, show('facts.ts'));
writeFileSync(copies[1]!, show('national.ts').replace("from './facts.js'", "from './facts.base.js'"));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function compare(label: string, target: DatabaseTarget, filled: boolean) {
  if (!filled) await fill(target);
  const { nationalRollUpOf: baseRollUpOf } = (await import(join(root, folder, 'national.base.ts'))) as { nationalRollUpOf: typeof nationalRollUpOf };
  const orm = await openDatabase(target);
  try {
    const national = await orm.em.fork().findOneOrFail(Organisation, { name: 'Nationaal', parent: null });
    const times = { base: [] as number[], ours: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      let t0 = performance.now();
      const before = await baseRollUpOf(orm.em.fork(), clock, national.id, period);
      times.base.push(performance.now() - t0);
      t0 = performance.now();
      const after = await nationalRollUpOf(orm.em.fork(), clock, national.id, period);
      times.ours.push(performance.now() - t0);
      if (!isDeepStrictEqual(before, after)) throw new Error(`${label}: the roll-ups differ in round ${round + 1}`);
    }
    console.log(`| ${label} | ${median(times.base).toFixed(0)} ms | ${median(times.ours).toFixed(0)} ms | equal in ${rounds} rounds |`);
  } finally {
    await orm.close(true);
  }
}

try {
  console.log(`national roll-up, ${base} against this tree, ${rounds} rounds taking turns, medians`);
  console.log(`| database | ${base} | this tree | figures |`);
  console.log('|---|---|---|---|');
  if (only !== 'postgresql') {
    const file = process.env.COMPARE_SQLITE_FILE;
    const dir = file ? null : mkdtempSync(join(tmpdir(), 'driehoek-compare-'));
    try {
      await compare('SQLite (file)', { dialect: 'sqlite', location: file ?? join(dir!, 'bench.sqlite') }, file !== undefined);
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  }
  if (only !== 'sqlite') {
    const url = process.env.COMPARE_DATABASE_URL;
    if (url) await compare('PostgreSQL', { dialect: 'postgresql', location: url }, true);
    else {
      const scratch = await createScratchDatabase(process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', 'driehoek_compare');
      try {
        await compare('PostgreSQL', { dialect: 'postgresql', location: scratch.url }, false);
      } finally {
        await scratch.drop();
      }
    }
  }
} finally {
  for (const copy of copies) rmSync(copy, { force: true });
}
