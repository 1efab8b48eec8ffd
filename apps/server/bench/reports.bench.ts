/**
 * The reports at national scale: a national organisation of 10 regions with 3,000 running matches
 * and 150,000 meeting logs between them (the largest region holds 1,200 of the matches, so its
 * programme report and compliance dashboard are measured on a region of national size), on SQLite
 * (a file) and on PostgreSQL (when reachable). Prints the cold time (the first call on a freshly
 * opened database) and the warm time (median of 3 after it) of the programme report and the
 * compliance dashboard of the largest region, and of the national roll-up of all regions.
 * Not a test: it asserts nothing; it prints figures for the README (target: under 500 ms each).
 *
 *   pnpm --filter @driehoek/server bench:reports   (PostgreSQL at TEST_DATABASE_URL, BENCH_DATABASE_URL or 127.0.0.1:5432/test)
 *   BENCH_ONLY=sqlite|postgresql                    (one database)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchDatabase, openDatabase, type DatabaseTarget } from '@driehoek/db';
import { programmeReportViewOf } from '@driehoek/api/features/reporting/programme-report';
import { complianceViewOf } from '@driehoek/api/features/reporting/compliance';
import { nationalRollUpOf } from '@driehoek/api/features/reporting/national';
import { LOGS_PER_MATCH, REGIONS, clock, fill, matchesOf, period } from './reports-data.js';

const only = process.env.BENCH_ONLY;

/** The cold time (first call) and the warm time (median of the 3 after it), in ms. */
async function time(label: string, work: () => Promise<unknown>): Promise<[number, number]> {
  const times: number[] = [];
  for (let run = 0; run < 4; run++) {
    const t0 = performance.now();
    await work().catch((error: unknown) => {
      throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    times.push(performance.now() - t0);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  return [times[0]!, warm[1]!];
}

const ms = ([cold, warm]: [number, number]) => `${cold.toFixed(0)} ms / ${warm.toFixed(0)} ms`;

async function measure(label: string, target: DatabaseTarget) {
  const started = performance.now();
  const { nationalId, largest } = await fill(target);
  const filled = performance.now() - started;
  // A freshly opened database: the first call of each report pays for the cold caches.
  const orm = await openDatabase(target);
  try {
    if (process.env.BENCH_ANALYZE === 'true') await orm.em.getConnection().execute('analyze');
    const report = await time('programme report', () => programmeReportViewOf(orm.em.fork(), clock, largest.organisationId, largest.programmeId, period));
    const compliance = await time('compliance', () => complianceViewOf(orm.em.fork(), clock, largest.organisationId, undefined, period));
    const rollUp = await time('national roll-up', () => nationalRollUpOf(orm.em.fork(), clock, nationalId, period));
    console.log(`| ${label} | ${ms(report)} | ${ms(compliance)} | ${ms(rollUp)} | ${(filled / 1000).toFixed(0)} s |`);
  } finally {
    await orm.close(true);
  }
}

const total = Array.from({ length: REGIONS }, (_, region) => matchesOf(region)).reduce((a, b) => a + b, 0);
console.log(`${total} running matches, ${total * LOGS_PER_MATCH} meeting logs, ${REGIONS} regions (the largest ${matchesOf(0)} matches); period ${period.from} – ${period.until}; cold / warm (median of 3)`);
console.log('| database | programme report (largest region) | compliance dashboard (largest region) | national roll-up (10 regions) | filling |');
console.log('|---|---|---|---|---|');
if (only !== 'postgresql') {
  const dir = mkdtempSync(join(tmpdir(), 'driehoek-bench-'));
  try {
    await measure('SQLite (file)', { dialect: 'sqlite', location: join(dir, 'bench.sqlite') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (only !== 'sqlite') {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  try {
    const scratch = await createScratchDatabase(server, 'driehoek_bench_reports');
    try {
      await measure('PostgreSQL', { dialect: 'postgresql', location: scratch.url });
    } finally {
      await scratch.drop();
    }
  } catch (error) {
    console.log(`| PostgreSQL | skipped: ${error instanceof Error ? error.message : String(error)} |`);
  }
}
