/**
 * The batch proposal (DOMAIN.md §4): for a whole programme or region, which waiting mentee goes
 * to which ready volunteer. Only feasible pairs enter the graph (a spatial grid finds the
 * volunteers within the distance limit without testing every pair), so a hard constraint is
 * never broken: a mentee stays unmatched rather. The assignment is the exact optimum of the
 * chosen objective ({@link solveBMatching}). The proposal is data; a coordinator confirms it.
 */
import type { IsoDate } from '../calendar/index.js';
import { solveBMatching, type BatchObjective, type SparseBMatching } from './flow.js';
import { EARTH_RADIUS_KM } from './geo.js';
import { compile, kmFromChord2, pairFeasible, pairKm, pairParts, pairScore, type Compiled } from './pair.js';
import { SCORE_PARTS, type MatchCandidateMentee, type MatchCandidateVolunteer, type MatchingSettings, type PairScore } from './types.js';
import type { Codes } from '../codes.js';

/** Why a waiting mentee has no proposed volunteer. */
export type UnmatchedReason = Codes<
  /** Consents are not complete. */
  | 'MATCHING.MENTEE_NOT_READY'
  /** Every volunteer is excluded by a hard constraint. */
  | 'MATCHING.NO_ELIGIBLE_VOLUNTEER'
  /** Eligible volunteers exist, but their capacity went to other mentees. */
  | 'MATCHING.VOLUNTEERS_TAKEN'
>;

/** A mentee left waiting, with the reason and how many volunteers were eligible. */
export interface UnmatchedMentee {
  readonly menteeId: string;
  readonly reason: UnmatchedReason;
  readonly eligibleVolunteers: number;
}

/**
 * Why a placed mentee did not get the volunteer it scores best with: that volunteer was given to
 * another mentee. `swapLowersTotal`: the two could swap volunteers, but the total would drop by
 * `swapLoss` points (0: an equal total, the tie was broken by id); `otherHasNoAlternative`: the
 * other mentee cannot be paired with this mentee's volunteer (a hard constraint), so giving the
 * best volunteer here would cost the other mentee its place or a worse pair elsewhere.
 */
export type TradeOffReason = 'swapLowersTotal' | 'otherHasNoAlternative';

/** The trade-off behind one proposal whose mentee scores higher with another volunteer. */
export interface BatchTradeOff {
  readonly menteeId: string;
  /** The volunteer proposed, and the pair's score. */
  readonly volunteerId: string;
  readonly score: number;
  /** The feasible volunteer this mentee scores highest with, and that score. */
  readonly bestVolunteerId: string;
  readonly bestScore: number;
  /** The mentee the best volunteer was given to, and their pair's score. */
  readonly givenToMenteeId: string;
  readonly givenToScore: number;
  readonly reason: TradeOffReason;
  /** Points the total would lose by swapping the two volunteers; null when no swap is possible. */
  readonly swapLoss: number | null;
}

/** A proposal for a batch: matches with their scores in parts, and who stays waiting. */
export interface BatchProposal {
  readonly objective: BatchObjective;
  /** The highest score one pair can earn under these settings (every criterion in full). */
  readonly maxPairScore: number;
  /** One per placed mentee, ordered by mentee id. */
  readonly matches: readonly PairScore[];
  /** One per placed mentee whose best-scoring volunteer went to someone else, ordered by mentee id. */
  readonly tradeOffs: readonly BatchTradeOff[];
  /** Ordered by mentee id. */
  readonly unmatched: readonly UnmatchedMentee[];
  readonly totalScore: number;
  /** Feasible (volunteer, mentee) pairs: the edges of the graph the optimiser saw. */
  readonly feasiblePairs: number;
}

/** Options of a batch run. */
export interface BatchOptions {
  /** Default `lexicographic`: as many mentees as possible, then the highest total score. */
  readonly objective?: BatchObjective;
}

/** The feasible-pair graph of a compiled batch: rows are mentees, columns volunteers. */
export interface PairGraph extends SparseBMatching {
  /** Distance per edge, km. */
  readonly km: Float64Array;
}

/**
 * The scale of a pair's score: every criterion earns up to `100 × weight` points, so a pair that
 * meets every criterion in full scores `100 × (sum of the weights)` (1,300 with the defaults).
 */
export function maxPairScore(settings: Pick<MatchingSettings, 'weights'>): number {
  let sum = 0;
  for (const part of SCORE_PARTS) sum += settings.weights[part];
  return Math.round(100 * sum);
}

const byId = (a: { readonly id: string }, b: { readonly id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Above this limit a grid cell holds most of the country; testing every pair is as fast. */
const GRID_LIMIT_KM = 500;

/** Indices 0 … n − 1 ordered by cell, then index: a native numeric sort of `cell × n + index`. */
function sortByCell(n: number, cellCount: number, cellOf: (i: number) => number): Int32Array {
  const order = new Int32Array(n);
  if (cellCount * n < Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = cellOf(i) * n + i;
    packed.sort();
    for (let i = 0; i < n; i++) order[i] = packed[i]! % n;
  } else {
    const keys = Float64Array.from({ length: n }, (_, i) => cellOf(i));
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  }
  return order;
}

/**
 * Edge storage while the graph is built, kept between calls (the matcher is not re-entrant): a
 * warm run allocates only the graph it returns.
 */
class EdgeBuffer {
  col = new Int32Array(1 << 16);
  score = new Int32Array(1 << 16);
  km = new Float64Array(1 << 16);

  grow(): void {
    const size = this.col.length * 2;
    const col = new Int32Array(size);
    col.set(this.col);
    this.col = col;
    const score = new Int32Array(size);
    score.set(this.score);
    this.score = score;
    const km = new Float64Array(size);
    km.set(this.km);
    this.km = km;
  }
}

const edgeBuffer = new EdgeBuffer();

/** Builds the graph of every pair no hard constraint excludes, with its integer score. */
export function buildPairGraph(c: Compiled): PairGraph {
  const nV = c.volunteers.length;
  const nM = c.mentees.length;
  const limit = c.s.limitKm;
  const buf = edgeBuffer;
  const rowStart = new Int32Array(nM + 1);
  let e = 0;
  const add = (v: number, m: number, km: number): void => {
    if (e === buf.col.length) buf.grow();
    buf.col[e] = v;
    buf.score[e] = pairScore(c, v, m, km);
    buf.km[e++] = km;
  };

  // Without a usable location a volunteer can only be paired where no limit applies (pairFeasible).
  const eligible: number[] = [];
  for (let v = 0; v < nV; v++) if (c.vBlock[v] === 0 && (limit >= GRID_LIMIT_KM || Number.isFinite(c.vLat[v]! + c.vLon[v]!))) eligible.push(v);

  if (limit < GRID_LIMIT_KM) {
    // A grid of strips half the limit high, cut into cells half the limit wide: every volunteer
    // within the limit of a mentee lies in the 5 × 5 cells around the mentee's cell. Volunteers
    // are sorted by cell, so each of the 5 strips is one contiguous run, found by binary search.
    let maxLat = 0;
    for (let v = 0; v < nV; v++) if (Math.abs(c.vLat[v]!) > maxLat) maxLat = Math.abs(c.vLat[v]!);
    for (let m = 0; m < nM; m++) if (Math.abs(c.mLat[m]!) > maxLat) maxLat = Math.abs(c.mLat[m]!);
    const angle = Math.max(limit, 1e-3) / EARTH_RADIUS_KM;
    const cellLat = (angle / 2) * 1.01;
    const cellLon = cellLat / Math.cos(Math.min(Math.PI / 2 - 1e-3, maxLat + angle));
    // Cells numbered row by row, with two empty columns either side so that a run of five
    // cells never wraps into the next strip.
    let minY = Infinity;
    let maxY = -Infinity;
    let minX = Infinity;
    let maxX = -Infinity;
    const extend = (lat: Float64Array, lon: Float64Array, count: number): void => {
      for (let i = 0; i < count; i++) {
        const y = Math.floor(lat[i]! / cellLat);
        const x = Math.floor(lon[i]! / cellLon);
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
      }
    };
    extend(c.vLat, c.vLon, nV);
    extend(c.mLat, c.mLon, nM);
    if (!Number.isFinite(minY + maxY + minX + maxX)) minY = maxY = minX = maxX = 0;
    const width = maxX - minX + 5;
    const cellOf = (lat: number, lon: number): number =>
      (Math.floor(lat / cellLat) - minY + 2) * width + (Math.floor(lon / cellLon) - minX + 2);
    const cellCount = (maxY - minY + 5) * width;
    // Squared unit chord of the limit, with room for rounding: a cheap first test.
    const chordLimit = 2 * Math.sin(Math.min(Math.PI / 2, angle / 2));
    const chord2Limit = chordLimit * chordLimit * (1 + 1e-9);
    const n = eligible.length;
    const order = sortByCell(n, cellCount, (i) => cellOf(c.vLat[eligible[i]!]!, c.vLon[eligible[i]!]!));
    const sortedKey = new Float64Array(n);
    const sortedV = new Int32Array(n);
    // Unit vectors in cell order too: the inner loop reads them one after another.
    const sortedXyz = new Float64Array(3 * n);
    for (let i = 0; i < n; i++) {
      const k = order[i]!;
      const v = eligible[k]!;
      sortedKey[i] = cellOf(c.vLat[v]!, c.vLon[v]!);
      sortedV[i] = v;
      sortedXyz[3 * i] = c.vXyz[3 * v]!;
      sortedXyz[3 * i + 1] = c.vXyz[3 * v + 1]!;
      sortedXyz[3 * i + 2] = c.vXyz[3 * v + 2]!;
    }
    // Mentees in cell order too: each strip's run then only moves forward (a sweep).
    const menteeKey = new Float64Array(nM);
    for (let m = 0; m < nM; m++) menteeKey[m] = cellOf(c.mLat[m]!, c.mLon[m]!);
    const menteeOrder = sortByCell(nM, cellCount, (m) => menteeKey[m]!);
    const from = new Int32Array(5);
    const to = new Int32Array(5);
    const sortedStart = new Int32Array(nM + 1);
    for (let k = 0; k < nM; k++) {
      const m = menteeOrder[k]!;
      if (c.mReady[m] !== 0 && Number.isFinite(c.mLat[m]! + c.mLon[m]!)) {
        const center = menteeKey[m]!;
        const mx = c.mXyz[3 * m]!;
        const my = c.mXyz[3 * m + 1]!;
        const mz = c.mXyz[3 * m + 2]!;
        for (let strip = 0; strip < 5; strip++) {
          const row = center + (strip - 2) * width;
          let a = from[strip]!;
          while (a < n && sortedKey[a]! < row - 2) a++;
          from[strip] = a;
          let b = Math.max(a, to[strip]!);
          while (b < n && sortedKey[b]! <= row + 2) b++;
          to[strip] = b;
          for (let i = a; i < b; i++) {
            // pairChord2, on the arrays in cell order.
            const dx = sortedXyz[3 * i]! - mx;
            const dy = sortedXyz[3 * i + 1]! - my;
            const dz = sortedXyz[3 * i + 2]! - mz;
            const chord2 = dx * dx + dy * dy + dz * dz;
            if (chord2 > chord2Limit) continue;
            const v = sortedV[i]!;
            const km = kmFromChord2(chord2);
            if (pairFeasible(c, v, m, km)) add(v, m, km);
          }
        }
      }
      sortedStart[k + 1] = e;
    }
    // Back to mentee order: row m's edges are contiguous.
    const finalCol = new Int32Array(e);
    const finalScore = new Int32Array(e);
    const finalKm = new Float64Array(e);
    const degree = new Int32Array(nM);
    for (let k = 0; k < nM; k++) degree[menteeOrder[k]!] = sortedStart[k + 1]! - sortedStart[k]!;
    for (let m = 0; m < nM; m++) rowStart[m + 1] = rowStart[m]! + degree[m]!;
    for (let k = 0; k < nM; k++) {
      const at = rowStart[menteeOrder[k]!]!;
      const start = sortedStart[k]!;
      const len = sortedStart[k + 1]! - start;
      finalCol.set(buf.col.subarray(start, start + len), at);
      finalScore.set(buf.score.subarray(start, start + len), at);
      finalKm.set(buf.km.subarray(start, start + len), at);
    }
    return { rows: nM, cols: nV, capacity: c.vRemaining, rowStart, col: finalCol, score: finalScore, km: finalKm };
  } else {
    for (let m = 0; m < nM; m++) {
      if (c.mReady[m] !== 0) {
        for (const v of eligible) {
          const km = pairKm(c, v, m);
          if (pairFeasible(c, v, m, km)) add(v, m, km);
        }
      }
      rowStart[m + 1] = e;
    }
  }
  return {
    rows: nM,
    cols: nV,
    capacity: c.vRemaining,
    rowStart,
    col: buf.col.slice(0, e),
    score: buf.score.slice(0, e),
    km: buf.km.slice(0, e),
  };
}

/**
 * Proposes the assignment of waiting mentees to ready volunteers within their remaining
 * capacity, never breaking a hard constraint. The exact optimum of `options.objective`
 * (DOMAIN.md §4): by default as many mentees as possible and, among those, the highest total
 * score; `maxScore` for the highest total score alone. Input order does not matter: volunteers
 * and mentees are taken in id order, and the same input gives the same proposal.
 *
 * @example
 * const { matches, unmatched } = proposeBatch(volunteers, mentees, DEFAULT_MATCHING_SETTINGS, '2025-06-01');
 * // matches: [{ volunteerId: 'v-ans', menteeId: 'm-sara', score: 675, parts: […] }]
 * // unmatched: [{ menteeId: 'm-tim', reason: 'MATCHING.VOLUNTEERS_TAKEN', eligibleVolunteers: 1 }]
 * @returns the matches with their scores and parts, every unmatched mentee with the reason, the total score
 * @throws {DomainInputError} as `assessPair`, and when a volunteer or mentee id appears twice
 */
export function proposeBatch(
  volunteers: readonly MatchCandidateVolunteer[],
  mentees: readonly MatchCandidateMentee[],
  settings: MatchingSettings,
  today: IsoDate,
  options: BatchOptions = {},
): BatchProposal {
  const objective = options.objective ?? 'lexicographic';
  const c = compile([...volunteers].sort(byId), [...mentees].sort(byId), settings, today);
  const graph = buildPairGraph(c);
  const { rowEdge, totalScore } = solveBMatching(graph, objective);
  const matches: PairScore[] = [];
  const unmatched: UnmatchedMentee[] = [];
  for (let m = 0; m < c.mentees.length; m++) {
    const e = rowEdge[m]!;
    const menteeId = c.mentees[m]!.id;
    if (e >= 0) {
      const v = graph.col[e]!;
      matches.push({ volunteerId: c.volunteers[v]!.id, menteeId, score: graph.score[e]!, parts: pairParts(c, v, m, graph.km[e]!) });
    } else {
      const eligibleVolunteers = graph.rowStart[m + 1]! - graph.rowStart[m]!;
      const reason: UnmatchedReason =
        c.mReady[m] === 0 ? 'MATCHING.MENTEE_NOT_READY' : eligibleVolunteers === 0 ? 'MATCHING.NO_ELIGIBLE_VOLUNTEER' : 'MATCHING.VOLUNTEERS_TAKEN';
      unmatched.push({ menteeId, reason, eligibleVolunteers });
    }
  }
  const tradeOffs = tradeOffsOf(c, graph, rowEdge);
  return { objective, maxPairScore: maxPairScore(settings), matches, tradeOffs, unmatched, totalScore, feasiblePairs: graph.col.length };
}

/** The score of the edge (row, col), or null when the pair is not feasible. */
function edgeScore(graph: PairGraph, row: number, col: number): number | null {
  for (let e = graph.rowStart[row]!; e < graph.rowStart[row + 1]!; e++) if (graph.col[e] === col) return graph.score[e]!;
  return null;
}

/**
 * For each placed mentee whose best-scoring feasible volunteer is proposed to others: to whom,
 * and why (a swap would lower the total, or the other mentee cannot take this one's volunteer).
 * At the optimum the best volunteer has no capacity left (otherwise moving there would raise the
 * total), so there is always someone it went to.
 */
function tradeOffsOf(c: Compiled, graph: PairGraph, rowEdge: Int32Array): BatchTradeOff[] {
  const assignedTo: number[][] = Array.from({ length: graph.cols }, () => []);
  for (let m = 0; m < graph.rows; m++) if (rowEdge[m]! >= 0) assignedTo[graph.col[rowEdge[m]!]!]!.push(m);
  const tradeOffs: BatchTradeOff[] = [];
  for (let m = 0; m < graph.rows; m++) {
    const e = rowEdge[m]!;
    if (e < 0) continue;
    const own = graph.col[e]!;
    const score = graph.score[e]!;
    let best = -1;
    for (let f = graph.rowStart[m]!; f < graph.rowStart[m + 1]!; f++) {
      if (graph.score[f]! > score && (best < 0 || graph.score[f]! > graph.score[best]! || (graph.score[f] === graph.score[best] && graph.col[f]! < graph.col[best]!))) best = f;
    }
    if (best < 0) continue;
    const bestV = graph.col[best]!;
    const bestScore = graph.score[best]!;
    // The other mentee: one that could swap with the smallest loss, else the first by id.
    let chosen = -1;
    let chosenLoss: number | null = null;
    for (const g of assignedTo[bestV]!) {
      const gScore = graph.score[rowEdge[g]!]!;
      const swapped = edgeScore(graph, g, own);
      const loss = swapped === null ? null : score + gScore - (bestScore + swapped);
      if (chosen < 0 || (loss !== null && (chosenLoss === null || loss < chosenLoss))) {
        chosen = g;
        chosenLoss = loss;
      }
    }
    if (chosen < 0) continue;
    tradeOffs.push({
      menteeId: c.mentees[m]!.id,
      volunteerId: c.volunteers[own]!.id,
      score,
      bestVolunteerId: c.volunteers[bestV]!.id,
      bestScore,
      givenToMenteeId: c.mentees[chosen]!.id,
      givenToScore: graph.score[rowEdge[chosen]!]!,
      reason: chosenLoss === null ? 'otherHasNoAlternative' : 'swapLowersTotal',
      swapLoss: chosenLoss,
    });
  }
  return tradeOffs;
}
