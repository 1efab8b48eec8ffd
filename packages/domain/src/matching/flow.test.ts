import { describe, expect, it } from 'vitest';
import { solveBMatching, type BatchObjective, type SparseBMatching } from './flow.js';
import { munkres } from 'munkres';
import { generateDenseScores, mulberry32 } from './generate.js';

/** A random sparse instance: each (row, col) pair present with probability `density`. */
function randomGraph(seed: number, rows: number, cols: number, density: number, maxScore: number, maxCap: number): SparseBMatching {
  const rnd = mulberry32(seed);
  const rowStart = new Int32Array(rows + 1);
  const col: number[] = [];
  const score: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (rnd() < density) {
        col.push(c);
        score.push(Math.floor(rnd() * (maxScore + 1)));
      }
    }
    rowStart[r + 1] = col.length;
  }
  const capacity = Array.from({ length: cols }, () => 1 + Math.floor(rnd() * maxCap));
  return { rows, cols, capacity, rowStart, col: Int32Array.from(col), score: Int32Array.from(score) };
}

/** Enumerates every assignment: [matched, total] of the best under the objective. */
function bruteForce(g: SparseBMatching, objective: BatchObjective): [number, number] {
  const left = Array.from(g.capacity);
  let best: [number, number] = [0, 0];
  const better = (a: [number, number], b: [number, number]): boolean =>
    objective === 'lexicographic' ? a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]) : a[1] > b[1] || (a[1] === b[1] && a[0] > b[0]);
  const go = (r: number, matched: number, total: number): void => {
    if (r === g.rows) {
      if (better([matched, total], best)) best = [matched, total];
      return;
    }
    go(r + 1, matched, total);
    for (let e = g.rowStart[r]!; e < g.rowStart[r + 1]!; e++) {
      const c = g.col[e]!;
      if (left[c]! > 0) {
        left[c]!--;
        go(r + 1, matched + 1, total + g.score[e]!);
        left[c]!++;
      }
    }
  };
  go(0, 0, 0);
  return best;
}

/**
 * An independent exact method: the O(n³) Hungarian algorithm (Kuhn–Munkres with potentials) on
 * the dense square matrix of rows × column slots, where a missing pair is worth 0 (= unmatched).
 * A present pair is worth `score·A + B`, chosen so that the objective is a single sum.
 */
function hungarian(g: SparseBMatching, objective: BatchObjective): [number, number] {
  const slots: number[] = [];
  for (let c = 0; c < g.cols; c++) for (let k = 0; k < Math.min(g.capacity[c]!, g.rows); k++) slots.push(c);
  const n = Math.max(g.rows, slots.length);
  let C = 0;
  for (let e = 0; e < g.col.length; e++) C = Math.max(C, g.score[e]!);
  const big = Math.min(g.rows, slots.length) * C + 1;
  const [A, B] = objective === 'lexicographic' ? [1, big] : [g.rows + 1, 1];
  const profit: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let r = 0; r < g.rows; r++) {
    for (let e = g.rowStart[r]!; e < g.rowStart[r + 1]!; e++) {
      slots.forEach((c, k) => {
        if (c === g.col[e]) profit[r]![k] = g.score[e]! * A + B;
      });
    }
  }
  // e-maxx formulation, minimising cost = −profit, 1-based.
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = -profit[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  let matched = 0;
  let total = 0;
  for (let j = 1; j <= n; j++) {
    const value = profit[p[j]! - 1]![j - 1]!;
    if (value > 0) {
      matched++;
      total += (value - B) / A;
    }
  }
  return [matched, total];
}

function checkSolution(g: SparseBMatching, rowEdge: Int32Array): void {
  const load = new Array<number>(g.cols).fill(0);
  for (let r = 0; r < g.rows; r++) {
    const e = rowEdge[r]!;
    if (e < 0) continue;
    expect(e).toBeGreaterThanOrEqual(g.rowStart[r]!);
    expect(e).toBeLessThan(g.rowStart[r + 1]!);
    load[g.col[e]!]!++;
  }
  load.forEach((n, c) => expect(n).toBeLessThanOrEqual(g.capacity[c]!));
}

describe('solveBMatching', () => {
  it('optimality: equals brute force on 300 small random instances, both objectives', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = mulberry32(seed * 7919);
      const g = randomGraph(seed, 1 + Math.floor(rnd() * 7), 1 + Math.floor(rnd() * 5), 0.2 + rnd() * 0.6, seed % 3 === 0 ? 3 : 50, 2);
      for (const objective of ['lexicographic', 'maxScore'] as const) {
        const solution = solveBMatching(g, objective);
        checkSolution(g, solution.rowEdge);
        expect([solution.matched, solution.totalScore], `seed ${seed} ${objective}`).toEqual(bruteForce(g, objective));
      }
    }
  });

  it('optimality: equals an independent Hungarian method on random larger instances', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rnd = mulberry32(seed);
      const rows = 30 + Math.floor(rnd() * 50);
      const cols = 20 + Math.floor(rnd() * 40);
      const g = randomGraph(seed * 31, rows, cols, 0.03 + rnd() * 0.2, 1000, 3);
      for (const objective of ['lexicographic', 'maxScore'] as const) {
        const solution = solveBMatching(g, objective);
        checkSolution(g, solution.rowEdge);
        expect([solution.matched, solution.totalScore], `seed ${seed} ${objective}`).toEqual(hungarian(g, objective));
      }
    }
  });

  it('lexicographic objective vs maxScore: places more mentees where maxScore prefers a higher total', () => {
    // Rows 0 and 1; column 0 (capacity 1) likes row 0 a lot; column 1 only fits row 0, poorly.
    // maxScore: row 0 → col 0 (100), row 1 unmatched: total 100.
    // lexicographic: row 0 → col 1 (10), row 1 → col 0 (60): both placed, total 70.
    const g: SparseBMatching = {
      rows: 2,
      cols: 2,
      capacity: [1, 1],
      rowStart: Int32Array.from([0, 2, 3]),
      col: Int32Array.from([0, 1, 0]),
      score: Int32Array.from([100, 10, 60]),
    };
    const lex = solveBMatching(g, 'lexicographic');
    const max = solveBMatching(g, 'maxScore');
    expect([lex.matched, lex.totalScore]).toEqual([2, 70]);
    expect([max.matched, max.totalScore]).toEqual([1, 100]);
    expect(Array.from(lex.rowEdge)).toEqual([1, 2]);
    expect(Array.from(max.rowEdge)).toEqual([0, -1]);
  });

  it('capacity: a column with capacity 2 takes two rows, never three', () => {
    const g: SparseBMatching = {
      rows: 3,
      cols: 1,
      capacity: [2],
      rowStart: Int32Array.from([0, 1, 2, 3]),
      col: Int32Array.from([0, 0, 0]),
      score: Int32Array.from([5, 9, 7]),
    };
    const solution = solveBMatching(g);
    expect([solution.matched, solution.totalScore]).toEqual([2, 16]);
    expect(Array.from(solution.rowEdge)).toEqual([-1, 1, 2]);
  });

  it('determinism: the same graph gives the same matching', () => {
    const g = randomGraph(99, 60, 40, 0.1, 10, 2);
    expect(Array.from(solveBMatching(g).rowEdge)).toEqual(Array.from(solveBMatching(g).rowEdge));
  });

  it('refuses negative or fractional scores', () => {
    const g = (score: number): SparseBMatching => ({
      rows: 1, cols: 1, capacity: [1], rowStart: Int32Array.from([0, 1]), col: Int32Array.from([0]), score: [score],
    });
    expect(() => solveBMatching(g(-1))).toThrow(RangeError);
    expect(() => solveBMatching(g(1.5))).toThrow(RangeError);
  });
});

describe('solveBMatching on the places side (waiting lists)', () => {
  it('equals brute force on 300 small random instances when the places send the flow, both objectives', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = mulberry32(seed * 104729);
      const g = randomGraph(seed + 5000, 1 + Math.floor(rnd() * 7), 1 + Math.floor(rnd() * 5), 0.2 + rnd() * 0.6, seed % 3 === 0 ? 3 : 50, 2);
      for (const objective of ['lexicographic', 'maxScore'] as const) {
        const solution = solveBMatching(g, objective, { side: 'slots' });
        checkSolution(g, solution.rowEdge);
        expect([solution.matched, solution.totalScore], `seed ${seed} ${objective}`).toEqual(bruteForce(g, objective));
      }
    }
  });

  it('waiting-list-shaped instances (places ≈ 0.7 × rows): the places side reaches the objective values of the rows side', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = mulberry32(seed * 65537);
      const rows = 100 + Math.floor(rnd() * 300);
      // Capacities 1–2 (mean 1.5): cols ≈ 0.7 × rows / 1.5 gives places ≈ 0.7 × rows.
      const cols = Math.max(1, Math.round((rows * (0.5 + rnd() * 0.4)) / 1.5));
      const g = randomGraph(seed * 17, rows, cols, (2 + rnd() * 10) / cols, seed % 4 === 0 ? 5 : 1000, 2);
      let places = 0;
      for (let c = 0; c < cols; c++) places += g.capacity[c]!;
      expect(places).toBeLessThan(rows);
      for (const objective of ['lexicographic', 'maxScore'] as const) {
        const old = solveBMatching(g, objective, { side: 'rows' });
        const auto = solveBMatching(g, objective);
        const slots = solveBMatching(g, objective, { side: 'slots' });
        checkSolution(g, auto.rowEdge);
        checkSolution(g, slots.rowEdge);
        expect([auto.matched, auto.totalScore], `seed ${seed} ${objective}`).toEqual([old.matched, old.totalScore]);
        expect([slots.matched, slots.totalScore], `seed ${seed} ${objective}`).toEqual([old.matched, old.totalScore]);
      }
    }
  });

  it('waiting lists: the places side equals an independent Hungarian method', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rnd = mulberry32(seed * 131);
      const rows = 40 + Math.floor(rnd() * 40);
      const cols = Math.round(rows * 0.45);
      const g = randomGraph(seed * 7, rows, cols, 0.05 + rnd() * 0.2, 1000, 2);
      for (const objective of ['lexicographic', 'maxScore'] as const) {
        const solution = solveBMatching(g, objective, { side: 'slots' });
        checkSolution(g, solution.rowEdge);
        expect([solution.matched, solution.totalScore], `seed ${seed} ${objective}`).toEqual(hungarian(g, objective));
      }
    }
  });
});

describe('solveBMatching on the dense path (Jonker–Volgenant)', () => {
  it('equals brute force on 300 small random instances, both objectives, missing pairs included', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = mulberry32(seed * 7877);
      const g = randomGraph(seed + 9000, 1 + Math.floor(rnd() * 7), 1 + Math.floor(rnd() * 5), seed % 2 === 0 ? 1 : 0.2 + rnd() * 0.8, seed % 3 === 0 ? 3 : 50, 2);
      for (const objective of ['lexicographic', 'maxScore'] as const) {
        const solution = solveBMatching(g, objective, { side: 'dense' });
        checkSolution(g, solution.rowEdge);
        expect([solution.matched, solution.totalScore], `seed ${seed} ${objective}`).toEqual(bruteForce(g, objective));
      }
    }
  });

  it('equals munkres on dense square score matrices (every pair feasible), and auto takes the dense path', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const n = 5 + ((seed * 37) % 60);
      const maxScore = seed % 3 === 0 ? 4 : 1000;
      const scores = generateDenseScores(n, seed, maxScore);
      const g: SparseBMatching = {
        rows: n,
        cols: n,
        capacity: new Array<number>(n).fill(1),
        rowStart: Int32Array.from({ length: n + 1 }, (_, r) => r * n),
        col: Int32Array.from({ length: n * n }, (_, e) => e % n),
        score: scores,
      };
      const matrix = Array.from({ length: n }, (_, r) => Array.from(scores.subarray(r * n, (r + 1) * n), (s) => -s));
      const theirs = munkres(matrix).reduce((sum, [r, c]) => sum + scores[r * n + c]!, 0);
      for (const side of ['auto', 'dense', 'rows'] as const) {
        const solution = solveBMatching(g, 'lexicographic', { side });
        checkSolution(g, solution.rowEdge);
        expect([solution.matched, solution.totalScore], `seed ${seed} ${side}`).toEqual([n, theirs]);
      }
    }
  });

  it('equals the Hungarian method on rectangular dense-ish instances with capacities', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rnd = mulberry32(seed * 911);
      const g = randomGraph(seed * 13, 20 + Math.floor(rnd() * 40), 10 + Math.floor(rnd() * 30), 0.5 + rnd() * 0.5, 1000, 3);
      for (const objective of ['lexicographic', 'maxScore'] as const) {
        const solution = solveBMatching(g, objective, { side: 'dense' });
        checkSolution(g, solution.rowEdge);
        expect([solution.matched, solution.totalScore], `seed ${seed} ${objective}`).toEqual(hungarian(g, objective));
      }
    }
  });
});
