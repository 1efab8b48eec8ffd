// Matching benchmark: `pnpm bench` in packages/domain.
//
// Every case runs in a fresh child process, so peak memory (maxRSS) is honest per case and
// solver. Times are wall-clock: "cold" is the first call in that process (JIT not warmed up),
// "warm" the median of the next runs. Our time includes compiling the candidates and building
// the feasible-pair graph; the munkres time is the munkres() call alone, on a cost matrix built
// beforehand from the same feasible pairs (volunteer slots as columns), repeated when a run takes
// under a second. The objective values (placed mentees, total score) are checked to agree.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { munkres } from 'munkres';
import { buildPairGraph, proposeBatch } from '../src/matching/batch.js';
import { solveBMatching } from '../src/matching/flow.js';
import { suggestVolunteers } from '../src/matching/index.js';
import { generateDenseScores, generateInstance } from '../src/testing/index.js';
import { compile } from '../src/matching/pair.js';

const WARM_RUNS = 5;
const CASES = ['region', 'national', 'stress', 'waitingList', 'dense-1000', 'dense-2000', 'suggestions'];

function time(fn) {
  const start = performance.now();
  const value = fn();
  return [performance.now() - start, value];
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Peak RSS after generating the instance and the first (cold) run, before warm runs add garbage. */
let peakAfterColdMb = 0;

function timed(fn, warmRuns = WARM_RUNS) {
  const [cold, value] = time(fn);
  peakAfterColdMb = process.resourceUsage().maxRSS / 1024;
  // munkres gets warm runs too when a run is short enough to repeat.
  if (warmRuns < 0) warmRuns = cold < 1000 ? 2 : 0;
  const warm = [];
  for (let i = 0; i < warmRuns; i++) warm.push(time(fn)[0]);
  return { cold, warm: warmRuns > 0 ? median(warm) : cold, value };
}

function denseGraph(n, scores) {
  const rowStart = new Int32Array(n + 1);
  const col = new Int32Array(n * n);
  for (let r = 0; r < n; r++) {
    rowStart[r + 1] = (r + 1) * n;
    for (let c = 0; c < n; c++) col[r * n + c] = c;
  }
  return { rows: n, cols: n, capacity: new Int32Array(n).fill(1), rowStart, col, score: scores };
}

/** munkres on the feasible-pair graph: rows × volunteer slots, lexicographic costs. */
function munkresOnGraph(g) {
  const slots = [];
  for (let c = 0; c < g.cols; c++) for (let k = 0; k < Math.min(g.capacity[c], g.rows); k++) slots.push(c);
  let C = 0;
  for (let e = 0; e < g.col.length; e++) C = Math.max(C, g.score[e]);
  const big = Math.min(g.rows, slots.length) * C + 1;
  const firstSlot = new Int32Array(g.cols + 1).fill(-1);
  slots.forEach((c, k) => {
    if (firstSlot[c] < 0) firstSlot[c] = k;
  });
  const matrix = [];
  for (let r = 0; r < g.rows; r++) {
    const row = new Float64Array(slots.length);
    for (let e = g.rowStart[r]; e < g.rowStart[r + 1]; e++) {
      const c = g.col[e];
      for (let k = firstSlot[c]; k < slots.length && slots[k] === c; k++) row[k] = -(g.score[e] + big);
    }
    matrix.push(row);
  }
  const result = timed(() => munkres(matrix), -1);
  let placed = 0;
  let total = 0;
  for (const [r, k] of result.value) {
    const cost = matrix[r][k];
    if (cost < 0) {
      placed++;
      total += -cost - big;
    }
  }
  return { cold: result.cold, warm: result.warm, placed, total };
}

const startRssMb = process.memoryUsage().rss / 1024 / 1024;

function child(name, solver) {
  const out = { name };
  if (name === 'suggestions') {
    const instance = generateInstance('stress', 1);
    const run = timed(() => suggestVolunteers(instance.mentees[0], instance.volunteers, instance.settings, instance.today, 5), 20);
    Object.assign(out, { pairs: instance.volunteers.length, cold: run.cold, warm: run.warm, placed: run.value.length, total: run.value[0]?.score ?? 0 });
  } else if (name.startsWith('dense-')) {
    const n = Number(name.slice(6));
    const scores = generateDenseScores(n, 1);
    if (solver === 'ours') {
      const run = timed(() => solveBMatching(denseGraph(n, scores)), 2);
      Object.assign(out, { pairs: n * n, cold: run.cold, warm: run.warm, placed: run.value.matched, total: run.value.totalScore });
    } else {
      const matrix = [];
      for (let r = 0; r < n; r++) matrix.push(Float64Array.from(scores.subarray(r * n, (r + 1) * n), (s) => -s));
      const run = timed(() => munkres(matrix), -1);
      let total = 0;
      for (const [r, c] of run.value) total += scores[r * n + c];
      Object.assign(out, { pairs: n * n, cold: run.cold, warm: run.warm, placed: run.value.length, total });
    }
  } else {
    const instance = generateInstance(name, 1);
    if (solver === 'ours') {
      const run = timed(() => proposeBatch(instance.volunteers, instance.mentees, instance.settings, instance.today));
      const slots = instance.volunteers
        .filter((v) => v.readyToMatch && !v.suspended)
        .reduce((sum, v) => sum + v.capacity - (v.activeMatches ?? 0), 0);
      Object.assign(out, { rows: instance.mentees.length, slots, pairs: run.value.feasiblePairs, cold: run.cold, warm: run.warm, placed: run.value.matches.length, total: run.value.totalScore });
    } else {
      const g = buildPairGraph(compile(instance.volunteers, instance.mentees, instance.settings, instance.today));
      Object.assign(out, { pairs: g.col.length, ...munkresOnGraph(g) });
    }
  }
  out.rssMb = peakAfterColdMb;
  out.startRssMb = startRssMb;
  process.stdout.write(JSON.stringify(out));
}

function run(name, solver) {
  const args = ['--no-warnings', '--import', fileURLToPath(new URL('./register-ts.mjs', import.meta.url)), fileURLToPath(import.meta.url), name, solver];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 }));
}

const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0)).padStart(7);

function main() {
  const header =
    '| instance | pairs | ours cold ms | ours warm ms | placed / total score | ours peak RSS MB | munkres cold ms | munkres warm ms | munkres peak RSS MB | agree | munkres ÷ ours (warm) |';
  const lines = [header, `|${header.split('|').slice(1, -1).map(() => '---').join('|')}|`];
  const results = {};
  for (const name of CASES) {
    const ours = run(name, 'ours');
    results[name] = ours;
    let m = ' — | — | — | — | — ';
    if (name === 'stress' || name === 'waitingList') {
      const gb = (ours.rows * ours.slots * 8) / 1e9;
      m = ` skipped: munkres needs the dense ${ours.rows} × ${ours.slots}-slot cost matrix (${gb.toFixed(1)} GB as float64) and O(n³) time | — | — | — | — `;
    }
    else if (name === 'suggestions') m = ' — (top 5 of 10,000 volunteers for one pupil) | — | — | — | — ';
    else {
      const theirs = run(name, 'munkres');
      results[`${name}Munkres`] = theirs;
      const agree = theirs.placed === ours.placed && theirs.total === ours.total;
      if (!agree) process.exitCode = 1;
      const warm = theirs.warm === theirs.cold ? '(one run)' : fmt(theirs.warm);
      m = ` ${fmt(theirs.cold)} | ${warm} | ${theirs.rssMb.toFixed(0)} | ${agree ? 'yes' : `NO (${theirs.placed} / ${theirs.total})`} | ${(theirs.warm / ours.warm).toFixed(1)}× `;
    }
    lines.push(`| ${name} | ${ours.pairs} | ${fmt(ours.cold)} | ${fmt(ours.warm)} | ${ours.placed} / ${ours.total} | ${ours.rssMb.toFixed(0)} |${m}|`);
  }
  console.log(lines.join('\n'));
  console.log(`\nPeak RSS: maxRSS of a fresh process after generating the instance and one run; a bare process running TypeScript starts at ${results.region.startRssMb.toFixed(0)} MB.`);
  const check = (label, ok) => console.log(`${ok ? 'ok  ' : 'MISS'} ${label}`);
  console.log('');
  check(`national < 100 ms (warm ${results.national.warm.toFixed(1)} ms, cold ${results.national.cold.toFixed(1)} ms)`, results.national.warm < 100);
  check(`stress < 200 ms incl. graph (warm ${results.stress.warm.toFixed(1)} ms, cold ${results.stress.cold.toFixed(1)} ms)`, results.stress.warm < 200);
  check(`stress peak RSS < 200 MB (${results.stress.rssMb.toFixed(0)} MB, instance generation and Node included)`, results.stress.rssMb < 200);
  check(`national ≥ 10× faster than munkres (${(results.nationalMunkres.warm / results.national.warm).toFixed(1)}×)`, results.nationalMunkres.warm >= 10 * results.national.warm);
  check(`suggestions < 10 ms (warm ${results.suggestions.warm.toFixed(2)} ms, cold ${results.suggestions.cold.toFixed(2)} ms)`, results.suggestions.warm < 10);
}

const [name, solver] = process.argv.slice(2);
if (name) child(name, solver);
else main();
