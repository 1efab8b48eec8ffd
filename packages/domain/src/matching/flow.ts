/**
 * The exact optimiser behind the batch proposal: a maximum-weight b-matching on the sparse graph
 * of feasible pairs, solved as a min-cost flow with successive shortest paths (Dijkstra with
 * potentials on a binary heap, typed arrays, integer costs).
 *
 * Network: every mentee (row) sends one unit, either over a pair arc to a volunteer (column,
 * cost `C − score`) and on to the sink within the volunteer's capacity, or over its own
 * "unmatched" arc straight to the sink (cost `D`). Rows are added one at a time, each with one
 * shortest augmenting path in the residual graph; the potentials keep every reduced cost
 * non-negative, so each step is exact and the final flow has minimum cost.
 *
 * On a waiting list (fewer places than rows) the same network is solved from the other side: each
 * place of a column is added one at a time and looks for a row. A row's search that finds no free
 * place must explore everything it can reach before it may stay unmatched, which made the
 * row-by-row order grow like pairs^1.6 there; a place's search finds a waiting row within a few
 * steps. A search also stops as soon as it reaches a free place (or row) no farther than anything
 * left to explore, without settling it first.
 *
 * - `lexicographic` (DOMAIN.md §4): `D = K·C + 1`, where K bounds the matching size. Leaving one
 *   more mentee out costs more than any total score difference, so the flow places as many
 *   mentees as possible and, among those assignments, has the highest total score. This is "every
 *   pair's score raised by a constant larger than any total score difference".
 * - `maxScore`: costs scaled by `R + 1` and `D = (R + 1)·C + 1`: the highest total score, and among
 *   equal totals the most mentees placed.
 *
 * All costs are integers below 2^53, so floating-point arithmetic is exact.
 */

import { solveAssignment } from './dense.js';

/** What the batch proposal optimises (DOMAIN.md §4). */
export type BatchObjective = 'lexicographic' | 'maxScore';

/**
 * A sparse bipartite graph in CSR form: row `r`'s edges are `rowStart[r] … rowStart[r + 1] − 1`,
 * each to column `col[e]` with integer `score[e] ≥ 0`. At most one edge per (row, column).
 * Columns have capacities; every row is matched at most once.
 */
export interface SparseBMatching {
  readonly rows: number;
  readonly cols: number;
  readonly capacity: ArrayLike<number>;
  readonly rowStart: Int32Array;
  readonly col: Int32Array;
  readonly score: ArrayLike<number>;
}

/** The optimum: per row the chosen edge (or −1), how many rows are matched and their total score. */
export interface BMatchingSolution {
  readonly rowEdge: Int32Array;
  readonly matched: number;
  readonly totalScore: number;
}

/** A lazy binary min-heap of (key, node) pairs in typed arrays. */
class Heap {
  keys = new Float64Array(1024);
  nodes = new Int32Array(1024);
  size = 0;

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    const keys = this.keys;
    const nodes = this.nodes;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent]!;
      if (pk <= key) break;
      keys[i] = pk;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** Removes the minimum; read it first from `keys[0]`, `nodes[0]`. */
  pop(): void {
    const keys = this.keys;
    const nodes = this.nodes;
    const n = --this.size;
    if (n === 0) return;
    const key = keys[n]!;
    const node = nodes[n]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= key) break;
      keys[i] = keys[child]!;
      nodes[i] = nodes[child]!;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
  }
}

/**
 * The residual network and its potentials. Each step is a method of its own, so that V8 compiles
 * each with complete type feedback instead of deoptimising one long function part by part.
 */
class Flow {
  readonly R: number;
  readonly T: number;
  readonly D: number;
  readonly rowStart: Int32Array;
  /** Row `x`'s edges end before `rowEnd[x]` (rows may share a range: the places of a column). */
  readonly rowEnd: Int32Array;
  readonly col: Int32Array;
  readonly w: Float64Array;
  readonly slotStart: Int32Array;
  readonly pi: Float64Array;
  readonly dist: Float64Array;
  readonly seen: Int32Array;
  readonly done: Int32Array;
  readonly predNode: Int32Array;
  readonly predEdge: Int32Array;
  readonly finished: Int32Array;
  readonly rowEdge: Int32Array;
  readonly rowSlot: Int32Array;
  readonly used: Int32Array;
  readonly slotRow: Int32Array;
  readonly heap = new Heap();
  /** Reduced distance of the sink in the last search. */
  bestT = 0;
  nFinished = 0;

  constructor(R: number, V: number, D: number, rowStart: Int32Array, rowEnd: Int32Array, col: Int32Array, w: Float64Array, slotStart: Int32Array) {
    const N = R + V + 1;
    this.R = R;
    this.T = R + V;
    this.D = D;
    this.rowStart = rowStart;
    this.rowEnd = rowEnd;
    this.col = col;
    this.w = w;
    this.slotStart = slotStart;
    this.pi = new Float64Array(N);
    this.dist = new Float64Array(N);
    this.seen = new Int32Array(N);
    this.done = new Int32Array(N);
    this.predNode = new Int32Array(N);
    this.predEdge = new Int32Array(N);
    this.finished = new Int32Array(N);
    this.rowEdge = new Int32Array(R).fill(-1);
    this.rowSlot = new Int32Array(R);
    this.used = new Int32Array(V);
    this.slotRow = new Int32Array(slotStart[V]!);
  }

  /**
   * Dijkstra from row `r0` (search number `it`) on reduced costs, stopping once nothing left in
   * the heap is closer than the sink. Returns the sink's predecessor: a column with spare
   * capacity, or a row leaving through its "unmatched" arc.
   */
  search(r0: number, it: number): number {
    const { R, D, rowStart, rowEnd, col, w, slotStart, pi, dist, seen, done, predNode, predEdge, finished, rowEdge, used, slotRow, heap } = this;
    const piT = pi[this.T]!;
    heap.size = 0;
    dist[r0] = 0;
    seen[r0] = it;
    heap.push(0, r0);
    let bestT = Infinity;
    let tPred = -1;
    let nFinished = 0;
    while (heap.size > 0) {
      const dx = heap.keys[0]!;
      const x = heap.nodes[0]!;
      if (dx >= bestT) break;
      heap.pop();
      if (done[x] === it) continue;
      done[x] = it;
      finished[nFinished++] = x;
      const px = pi[x]!;
      if (x < R) {
        const toSink = dx + D + px - piT;
        if (toSink < bestT) {
          bestT = toSink;
          tPred = x;
        }
        const matchedEdge = rowEdge[x]!;
        const matchedCol = matchedEdge >= 0 ? col[matchedEdge]! : -1;
        const end = rowEnd[x]!;
        for (let e = rowStart[x]!; e < end; e++) {
          const c = col[e]!;
          if (c === matchedCol) continue;
          const node = R + c;
          if (done[node] === it) continue;
          const pn = pi[node]!;
          const nd = dx + w[e]! + px - pn;
          // A node no closer than the best path to the sink is never settled: skip it.
          if (nd >= bestT) continue;
          if (seen[node] !== it || nd < dist[node]!) {
            dist[node] = nd;
            seen[node] = it;
            predNode[node] = x;
            predEdge[node] = e;
            // A column with a free place is a path to the sink already: a bound that prunes the
            // rest of the search at once (every later node is at least `nd` away, so the
            // potentials stay valid).
            if (used[c]! < slotStart[c + 1]! - slotStart[c]!) {
              const toSink = nd + pn - piT;
              if (toSink < bestT) {
                bestT = toSink;
                tPred = node;
              }
            }
            heap.push(nd, node);
          }
        }
      } else {
        const c = x - R;
        const n = used[c]!;
        if (n < slotStart[c + 1]! - slotStart[c]!) {
          const toSink = dx + px - piT;
          if (toSink < bestT) {
            bestT = toSink;
            tPred = x;
          }
        }
        const first = slotStart[c]!;
        for (let k = first; k < first + n; k++) {
          const r = slotRow[k]!;
          if (done[r] === it) continue;
          const nd = dx - w[rowEdge[r]!]! + px - pi[r]!;
          if (nd >= bestT) continue;
          if (seen[r] !== it || nd < dist[r]!) {
            dist[r] = nd;
            seen[r] = it;
            predNode[r] = x;
            heap.push(nd, r);
          }
        }
      }
    }
    this.bestT = bestT;
    this.nFinished = nFinished;
    return tPred;
  }

  /** Keeps every reduced cost non-negative: settled nodes move by their distance below the sink's. */
  updatePotentials(): void {
    const { pi, dist, finished, bestT } = this;
    for (let i = 0; i < this.nFinished; i++) {
      const x = finished[i]!;
      pi[x] = pi[x]! + dist[x]! - bestT;
    }
  }

  /** Takes row `r` out of its column's slots. */
  remove(r: number): void {
    const { col, rowEdge, slotStart, used, rowSlot, slotRow } = this;
    const c = col[rowEdge[r]!]!;
    const last = slotStart[c]! + --used[c]!;
    const k = rowSlot[r]!;
    const moved = slotRow[last]!;
    slotRow[k] = moved;
    rowSlot[moved] = k;
  }

  /**
   * Augments along the path found, walking back from the sink: a backward arc frees a slot
   * before a forward arc fills it.
   */
  augment(r0: number, tPred: number): void {
    const { R, predNode, predEdge, rowEdge, slotStart, used, slotRow, rowSlot } = this;
    let x = tPred;
    if (x < R) {
      if (x !== r0) this.remove(x);
      const p = x === r0 ? -1 : predNode[x]!;
      rowEdge[x] = -1;
      x = p;
    }
    while (x >= 0) {
      const r = predNode[x]!;
      const c = x - R;
      if (r !== r0) this.remove(r);
      const k = slotStart[c]! + used[c]!++;
      slotRow[k] = r;
      rowSlot[r] = k;
      const next = r === r0 ? -1 : predNode[r]!;
      rowEdge[r] = predEdge[x]!;
      x = next;
    }
  }
}

/** Which side sends the units of flow (see {@link solveBMatching}). */
export type FlowSide = 'auto' | 'rows' | 'slots' | 'dense';

/** Options of {@link solveBMatching}. */
export interface SolveOptions {
  /**
   * `rows` adds the rows one at a time, `slots` the columns' places one at a time (on the
   * transposed graph), `dense` solves the square matrix of rows × places with Jonker–Volgenant.
   * `auto` (default) takes `dense` when every row may go to every column (and the matrix has at
   * most {@link DENSE_LIMIT} cells), else the scarcer side. Every choice gives an optimum of the
   * objective; among equally good matchings they may pick different ones.
   */
  readonly side?: FlowSide;
}

/** Successive shortest paths, one unit per row: each row's chosen edge (index into `col`) or −1. */
function runFlow(
  R: number,
  V: number,
  D: number,
  rowStart: Int32Array,
  col: Int32Array,
  w: Float64Array,
  slotStart: Int32Array,
  rowEnd: Int32Array = rowStart.subarray(1),
): Int32Array {
  const flow = new Flow(R, V, D, rowStart, rowEnd, col, w, slotStart);
  for (let r0 = 0; r0 < R; r0++) {
    const tPred = flow.search(r0, r0 + 1);
    flow.updatePotentials();
    flow.augment(r0, tPred);
  }
  return flow.rowEdge;
}

/**
 * The same network seen from the columns: every place (slot) of a column becomes a row of its
 * own with the column's edges, every original row a column of capacity 1. With places scarcer
 * than rows, each place's search soon reaches a row still waiting, where a row's search would
 * have to explore everything it can reach before it may stay unmatched.
 */
function runFlowOnSlots(R: number, V: number, D: number, rowStart: Int32Array, col: Int32Array, w: Float64Array, slotStart: Int32Array): Int32Array {
  const E = rowStart[R]!;
  // Column-major copy of the graph: column c's edges are colStart[c] … colStart[c + 1] − 1.
  const colStart = new Int32Array(V + 1);
  for (let e = 0; e < E; e++) colStart[col[e]! + 1]!++;
  for (let c = 0; c < V; c++) colStart[c + 1]! += colStart[c]!;
  const fill = colStart.slice(0, V);
  // Column c's edges once, in column order (original edge, its row, its cost); each of the
  // column's places is a row over that same range.
  const byCol = new Int32Array(E);
  const tCol = new Int32Array(E);
  const tW = new Float64Array(E);
  for (let r = 0; r < R; r++) {
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      const i = fill[col[e]!]!++;
      byCol[i] = e;
      tCol[i] = r;
      tW[i] = w[e]!;
    }
  }
  const S = slotStart[V]!;
  const tRowStart = new Int32Array(S);
  const tRowEnd = new Int32Array(S);
  for (let c = 0; c < V; c++) {
    tRowStart.fill(colStart[c]!, slotStart[c]!, slotStart[c + 1]!);
    tRowEnd.fill(colStart[c + 1]!, slotStart[c]!, slotStart[c + 1]!);
  }
  const unit = new Int32Array(R + 1);
  for (let r = 0; r <= R; r++) unit[r] = r;
  const slotEdge = runFlow(S, R, D, tRowStart, tCol, tW, unit, tRowEnd);
  const rowEdge = new Int32Array(R).fill(-1);
  for (let k = 0; k < S; k++) {
    const i = slotEdge[k]!;
    if (i >= 0) rowEdge[tCol[i]!] = byCol[i]!;
  }
  return rowEdge;
}

/** The largest square matrix the dense path builds (3,000 × 3,000, 72 MB of float64). */
export const DENSE_LIMIT = 9_000_000;

/**
 * The network as one square assignment: rows, then dummy rows; places, then dummy places. A row
 * on a dummy place, or on a place of a column it has no edge to, is unmatched (cost `D`); a
 * dummy row costs nothing anywhere. So every assignment is a flow of the network and back, at
 * the same cost.
 */
function runDense(
  R: number,
  V: number,
  D: number,
  rowStart: Int32Array,
  col: Int32Array,
  score: ArrayLike<number>,
  scale: number,
  C: number,
  slotStart: Int32Array,
): Int32Array {
  const S = slotStart[V]!;
  const n = Math.max(R, S);
  // Every cell holds D or a scaled score below it: int32 when D fits.
  const cost = D <= 0x7fffffff ? new Int32Array(n * n) : new Float64Array(n * n);
  const firstSlot = slotStart;
  for (let r = 0; r < R; r++) {
    const base = r * n;
    const start = rowStart[r]!;
    const end = rowStart[r + 1]!;
    // A row with an edge to every column on one place each covers its places: no fill needed.
    if (end - start !== S || n !== S) cost.fill(D, base, base + n);
    for (let e = start; e < end; e++) {
      const c = col[e]!;
      const from = base + firstSlot[c]!;
      const to = base + firstSlot[c + 1]!;
      const w = scale * (C - score[e]!);
      if (to === from + 1) cost[from] = w;
      else cost.fill(w, from, to);
    }
  }
  const x = solveAssignment(n, cost);
  const slotCol = new Int32Array(S);
  for (let c = 0; c < V; c++) slotCol.fill(c, slotStart[c]!, slotStart[c + 1]!);
  const rowEdge = new Int32Array(R).fill(-1);
  for (let r = 0; r < R; r++) {
    const k = x[r]!;
    if (k >= S) continue;
    const c = slotCol[k]!;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      if (col[e] === c) {
        rowEdge[r] = e;
        break;
      }
    }
  }
  return rowEdge;
}

/**
 * Solves a maximum-weight b-matching exactly (see the module comment). Deterministic: the same
 * graph gives the same matching. Throws a RangeError on a negative or fractional score, or when
 * the scores are too large for exact arithmetic.
 */
export function solveBMatching(problem: SparseBMatching, objective: BatchObjective = 'lexicographic', options: SolveOptions = {}): BMatchingSolution {
  const { rows: R, cols: V, capacity, rowStart, col, score } = problem;
  const E = rowStart[R]!;
  let C = 0;
  for (let e = 0; e < E; e++) {
    const s = score[e]!;
    if (!(s >= 0) || Math.floor(s) !== s) throw new RangeError('scores must be non-negative integers');
    if (s > C) C = s;
  }
  const slotStart = new Int32Array(V + 1);
  for (let c = 0; c < V; c++) slotStart[c + 1] = slotStart[c]! + Math.max(0, Math.min(R, Math.floor(capacity[c]!)));
  const K = Math.min(R, slotStart[V]!);
  const scale = objective === 'maxScore' ? R + 1 : 1;
  const D = objective === 'maxScore' ? (R + 1) * C + 1 : K * C + 1;
  if ((R + 2) * D * 4 > Number.MAX_SAFE_INTEGER) throw new RangeError('scores too large for exact arithmetic');

  const side = options.side ?? 'auto';
  const S = slotStart[V]!;
  const n = Math.max(R, S);
  const dense = side === 'dense' || (side === 'auto' && E === R * V && n * n <= DENSE_LIMIT);
  let rowEdge: Int32Array;
  if (dense) {
    rowEdge = runDense(R, V, D, rowStart, col, score, scale, C, slotStart);
  } else {
    const w = new Float64Array(E);
    for (let e = 0; e < E; e++) w[e] = scale * (C - score[e]!);
    const onSlots = side === 'slots' || (side === 'auto' && S < R);
    rowEdge = onSlots ? runFlowOnSlots(R, V, D, rowStart, col, w, slotStart) : runFlow(R, V, D, rowStart, col, w, slotStart);
  }
  let matched = 0;
  let totalScore = 0;
  for (let r = 0; r < R; r++) {
    const e = rowEdge[r]!;
    if (e >= 0) {
      matched++;
      totalScore += score[e]!;
    }
  }
  return { rowEdge, matched, totalScore };
}
