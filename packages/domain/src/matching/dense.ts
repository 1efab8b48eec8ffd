/**
 * The dense path of the batch optimiser: the linear assignment problem on a square cost matrix,
 * solved exactly with the Jonker–Volgenant algorithm (R. Jonker, A. Volgenant, "A shortest
 * augmenting path algorithm for dense and sparse linear assignment problems", Computing 38, 1987):
 * column reduction, reduction transfer, two rounds of augmenting row reduction, then one shortest
 * augmenting path (Dijkstra on the dense matrix) per row still free. Typed arrays throughout; the
 * costs are integers below 2^53, so every comparison is exact.
 */

/**
 * A square cost matrix, row-major. Int32 where every cost fits (half the memory to fault in and to
 * stream through the cache on each scan), else float64.
 */
export type CostMatrix = Float64Array | Int32Array;

/** The state of one assignment run; each phase is a method, so V8 compiles each on its own. */
class Lap {
  readonly n: number;
  readonly cost: CostMatrix;
  readonly rowsol: Int32Array;
  readonly colsol: Int32Array;
  readonly v: Float64Array;
  readonly free: Int32Array;
  numFree = 0;

  constructor(n: number, cost: CostMatrix) {
    this.n = n;
    this.cost = cost;
    this.rowsol = new Int32Array(n).fill(-1);
    this.colsol = new Int32Array(n).fill(-1);
    this.v = new Float64Array(n);
    this.free = new Int32Array(n);
  }

  /**
   * Column reduction: each column's cheapest row (the first of equals), read row by row for the
   * cache, then assigned from the last column to the first. Then reduction transfer: a row
   * assigned once hands its slack to its column. Rows left without a column are free.
   */
  reduce(): void {
    const { n, cost, rowsol, colsol, v, free } = this;
    const matches = new Int32Array(n);
    const colMin = cost.slice(0, n);
    const colArg = new Int32Array(n);
    for (let i = 1; i < n; i++) {
      const base = i * n;
      for (let j = 0; j < n; j++) {
        const h = cost[base + j]!;
        if (h < colMin[j]!) {
          colMin[j] = h;
          colArg[j] = i;
        }
      }
    }
    for (let j = n - 1; j >= 0; j--) {
      const imin = colArg[j]!;
      v[j] = colMin[j]!;
      if (++matches[imin]! === 1) {
        rowsol[imin] = j;
        colsol[j] = imin;
      } else if (v[j]! < v[rowsol[imin]!]!) {
        const j1 = rowsol[imin]!;
        rowsol[imin] = j;
        colsol[j] = imin;
        colsol[j1] = -1;
      } else {
        colsol[j] = -1;
      }
    }
    let numFree = 0;
    for (let i = 0; i < n; i++) {
      if (matches[i] === 0) {
        free[numFree++] = i;
      } else if (matches[i] === 1) {
        const j1 = rowsol[i]!;
        let min = Infinity;
        const base = i * n;
        for (let j = 0; j < n; j++) {
          if (j === j1) continue;
          const h = cost[base + j]! - v[j]!;
          if (h < min) min = h;
        }
        if (min < Infinity) v[j1] = v[j1]! - min;
      }
    }
    this.numFree = numFree;
  }

  /** One round of augmenting row reduction over the free rows. */
  rowReduction(): void {
    const { n, cost, rowsol, colsol, v, free } = this;
    let k = 0;
    const previous = this.numFree;
    let numFree = 0;
    while (k < previous) {
      const i = free[k++]!;
      const base = i * n;
      let umin = cost[base]! - v[0]!;
      let j1 = 0;
      let j2 = -1;
      let usubmin = Infinity;
      for (let j = 1; j < n; j++) {
        const h = cost[base + j]! - v[j]!;
        if (h < usubmin) {
          if (h >= umin) {
            usubmin = h;
            j2 = j;
          } else {
            usubmin = umin;
            umin = h;
            j2 = j1;
            j1 = j;
          }
        }
      }
      let i0 = colsol[j1]!;
      if (umin < usubmin) {
        if (usubmin < Infinity) v[j1] = v[j1]! - (usubmin - umin);
      } else if (i0 >= 0 && j2 >= 0) {
        j1 = j2;
        i0 = colsol[j2]!;
      }
      if (i0 >= 0) rowsol[i0] = -1;
      rowsol[i] = j1;
      colsol[j1] = i;
      if (i0 >= 0) {
        if (umin < usubmin) free[--k] = i0;
        else free[numFree++] = i0;
      }
    }
    this.numFree = numFree;
  }

  /** A shortest augmenting path from a free row (Dijkstra on the dense matrix), then the flip. */
  augment(freeRow: number, d: Float64Array, pred: Int32Array, collist: Int32Array): void {
    const { n, cost, rowsol, colsol, v } = this;
    const fb = freeRow * n;
    for (let j = 0; j < n; j++) {
      d[j] = cost[fb + j]! - v[j]!;
      pred[j] = freeRow;
      collist[j] = j;
    }
    let low = 0;
    let up = 0;
    let last = 0;
    let min = 0;
    let endOfPath = -1;
    while (endOfPath < 0) {
      if (up === low) {
        // The columns at the next smallest distance become the ready set.
        last = low - 1;
        min = d[collist[up++]!]!;
        for (let k = up; k < n; k++) {
          const j = collist[k]!;
          const h = d[j]!;
          if (h <= min) {
            if (h < min) {
              up = low;
              min = h;
            }
            collist[k] = collist[up]!;
            collist[up++] = j;
          }
        }
        for (let k = low; k < up; k++) {
          if (colsol[collist[k]!]! < 0) {
            endOfPath = collist[k]!;
            break;
          }
        }
      }
      if (endOfPath < 0) {
        // Scan a column of the ready set: its row's other columns may come closer.
        const j1 = collist[low++]!;
        const i = colsol[j1]!;
        const ib = i * n;
        const h = cost[ib + j1]! - v[j1]! - min;
        for (let k = up; k < n; k++) {
          const j = collist[k]!;
          const v2 = cost[ib + j]! - v[j]! - h;
          if (v2 < d[j]!) {
            pred[j] = i;
            if (v2 === min) {
              if (colsol[j]! < 0) {
                endOfPath = j;
                break;
              }
              collist[k] = collist[up]!;
              collist[up++] = j;
            }
            d[j] = v2;
          }
        }
      }
    }
    // Scanned columns move their duals; then the path flips.
    for (let k = 0; k <= last; k++) {
      const j1 = collist[k]!;
      v[j1] = v[j1]! + d[j1]! - min;
    }
    for (;;) {
      const i = pred[endOfPath]!;
      colsol[endOfPath] = i;
      const j1 = endOfPath;
      endOfPath = rowsol[i]!;
      rowsol[i] = j1;
      if (i === freeRow) break;
    }
  }
}

/**
 * Minimises `Σ cost[i·n + x[i]]` over permutations `x` of `0 … n − 1`. Returns `x` (row → column).
 * `cost` is row-major, `n × n`, finite integers.
 */
export function solveAssignment(n: number, cost: CostMatrix): Int32Array {
  const lap = new Lap(n, cost);
  if (n === 0) return lap.rowsol;
  lap.reduce();
  lap.rowReduction();
  lap.rowReduction();
  const d = new Float64Array(n);
  const pred = new Int32Array(n);
  const collist = new Int32Array(n);
  for (let f = 0; f < lap.numFree; f++) lap.augment(lap.free[f]!, d, pred, collist);
  return lap.rowsol;
}
