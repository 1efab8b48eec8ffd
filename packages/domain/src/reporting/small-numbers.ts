/**
 * The small-numbers rule for every figure about people that leaves the organisation (funders,
 * boards, schools, a national roll-up). EVA-2 (safeguarding-consent-security.md A4): "Reports show
 * only aggregates with n ≥ 5 (configurable)"; the same minimum applies to every figure about people
 * in a report, not only to questionnaire results. Figures for the coordinator's own work (the
 * compliance figures with the records behind them) are not published and keep every number.
 *
 * With a minimum group size k (default 5):
 *
 * - a **count** of people is shown when it is 0 or at least k; 1 … k−1 is withheld (`belowMinimum`).
 *   Zero is shown: it singles nobody out.
 * - a **breakdown** (a group by gender, age band, reason …) is withheld as a whole when its total is
 *   below k (`groupTooSmall`); otherwise a cell of 1 … k−1 is withheld (`belowMinimum`), and while
 *   the withheld cells add up to fewer than k, the smallest shown non-zero cell is withheld too
 *   (`revealsWithheld`), so no withheld cell can be had by subtracting the others from the total.
 * - a **share**, a **distribution** (average, median) and a **sum** (meeting hours) describe a
 *   group: shown when the group (the share's whole, the distribution's values, the sum's
 *   contributors) has at least k members or none at all; withheld (`groupTooSmall`) for 1 … k−1.
 *
 * A minimum of 1 publishes everything (a board that may see every number).
 */
import { averageOf, isMeasure, medianOf, ratioOf, sizeOf, type Breakdown, type Count, type Distribution, type Measure, type Share, type Sum } from './measures.js';
import { refuse, type Refusal } from '../result.js';

/** EVA-2's threshold [D]: no figure about fewer than five people. */
export const DEFAULT_MINIMUM_GROUP_SIZE = 5;

/** Why a figure is not shown. */
export const WITHHELD_REASONS = ['belowMinimum', 'groupTooSmall', 'revealsWithheld'] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

/** A figure that is not shown, and why. */
export interface Withheld {
  readonly shown: false;
  readonly reason: WithheldReason;
}

/** A count as published. */
export type PublishedCount = { readonly shown: true; readonly value: number } | Withheld;
/** A share as published, with the ratio (0 to 1; `null` for an empty whole). */
export type PublishedShare = { readonly shown: true; readonly numerator: number; readonly denominator: number; readonly ratio: number | null } | Withheld;
/** A sum as published. */
export type PublishedSum = { readonly shown: true; readonly value: number; readonly contributors: number } | Withheld;
/** A distribution as published: how many values, their average and median. */
export type PublishedDistribution =
  | { readonly shown: true; readonly size: number; readonly average: number | null; readonly median: number | null }
  | Withheld;
/** A breakdown as published: its total and every cell. */
export interface PublishedBreakdown<K extends string = string> {
  readonly total: PublishedCount;
  readonly cells: Readonly<Record<K, PublishedCount>>;
}

/** A figure, or a tree of figures, as published: every measure replaced by its published form, labels as they are. */
export type Published<T> = T extends Count
  ? PublishedCount
  : T extends Share
    ? PublishedShare
    : T extends Sum
      ? PublishedSum
      : T extends Distribution
        ? PublishedDistribution
        : T extends Breakdown<infer K>
          ? PublishedBreakdown<K>
          : T extends readonly (infer E)[]
            ? readonly Published<E>[]
            : T extends object
              ? { readonly [P in keyof T]: Published<T[P]> }
              : T;

const withheld = (reason: WithheldReason): Withheld => ({ shown: false, reason });

/** Too small to show: 1 … k−1 (zero is shown). */
const small = (n: number, minimum: number): boolean => n > 0 && n < minimum;

/** A count: shown when 0 or at least the minimum. */
export function publishCount(measure: Count, minimum: number): PublishedCount {
  return small(measure.value, minimum) ? withheld('belowMinimum') : { shown: true, value: measure.value };
}

/** A share: shown when its whole is empty or at least the minimum. */
export function publishShare(measure: Share, minimum: number): PublishedShare {
  if (small(measure.denominator, minimum)) return withheld('groupTooSmall');
  return { shown: true, numerator: measure.numerator, denominator: measure.denominator, ratio: ratioOf(measure) };
}

/** A sum: shown when no record or at least the minimum contributed. */
export function publishSum(measure: Sum, minimum: number): PublishedSum {
  return small(measure.contributors, minimum) ? withheld('groupTooSmall') : { shown: true, value: measure.value, contributors: measure.contributors };
}

/** A distribution: shown when empty or holding at least the minimum of values. */
export function publishDistribution(measure: Distribution, minimum: number): PublishedDistribution {
  const size = sizeOf(measure);
  if (small(size, minimum)) return withheld('groupTooSmall');
  return { shown: true, size, average: averageOf(measure), median: medianOf(measure) };
}

/** A breakdown: withheld whole below the minimum, else small cells and the cells that would reveal them. */
export function publishBreakdown<K extends string>(measure: Breakdown<K>, minimum: number): PublishedBreakdown<K> {
  const entries = Object.entries<number>(measure.cells) as [K, number][];
  const total = entries.reduce((n, [, value]) => n + value, 0);
  if (small(total, minimum)) {
    return { total: withheld('belowMinimum'), cells: Object.fromEntries(entries.map(([key]) => [key, withheld('groupTooSmall')])) as Record<K, PublishedCount> };
  }
  const reasons = new Map<K, WithheldReason>(entries.filter(([, value]) => small(value, minimum)).map(([key]) => [key, 'belowMinimum']));
  // Secondary suppression: while the hidden cells add up to fewer than k, the total minus the rest
  // would give them away, so the smallest shown cells are hidden too.
  let hidden = entries.reduce((n, [key, value]) => n + (reasons.has(key) ? value : 0), 0);
  const shownBySize = entries.filter(([key, value]) => value > 0 && !reasons.has(key)).sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, value] of shownBySize) {
    if (reasons.size === 0 || hidden >= minimum) break;
    reasons.set(key, 'revealsWithheld');
    hidden += value;
  }
  const cells = Object.fromEntries(
    entries.map(([key, value]) => {
      const reason = reasons.get(key);
      return [key, reason ? withheld(reason) : { shown: true, value }];
    }),
  ) as Record<K, PublishedCount>;
  return { total: { shown: true, value: total }, cells };
}

/** One measure as published (see the rule at the top of this file). */
export function publishMeasure(measure: Measure, minimum: number): PublishedCount | PublishedShare | PublishedSum | PublishedDistribution | PublishedBreakdown {
  switch (measure.kind) {
    case 'count':
      return publishCount(measure, minimum);
    case 'share':
      return publishShare(measure, minimum);
    case 'sum':
      return publishSum(measure, minimum);
    case 'distribution':
      return publishDistribution(measure, minimum);
    case 'breakdown':
      return publishBreakdown(measure, minimum);
  }
}

function publishTree(value: unknown, minimum: number): unknown {
  if (isMeasure(value)) return publishMeasure(value, minimum);
  if (Array.isArray(value)) return value.map((item: unknown) => publishTree(item, minimum));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, publishTree(inner, minimum)]));
  }
  return value;
}

/**
 * A tree of figures as published with the small-numbers rule: every measure in it, at any depth,
 * replaced by its published form (`Published<T>`); labels (dates, names, keys) kept. Throws a
 * `RangeError` on a minimum that is not a whole number of at least 1 (check settings with
 * `checkMinimumGroupSize` before saving them).
 */
export function publish<T>(figures: T, minimumGroupSize: number = DEFAULT_MINIMUM_GROUP_SIZE): Published<T> {
  if (checkMinimumGroupSize(minimumGroupSize) !== null) throw new RangeError(`not a minimum group size: ${minimumGroupSize}`);
  return publishTree(figures, minimumGroupSize) as Published<T>;
}

/** A minimum group size is a whole number of at least 1 (`REPORTING.MINIMUM_GROUP_SIZE_INVALID`); `null` when it may be saved. */
export function checkMinimumGroupSize(minimumGroupSize: number): Refusal<'REPORTING.MINIMUM_GROUP_SIZE_INVALID'> | null {
  return Number.isInteger(minimumGroupSize) && minimumGroupSize >= 1 ? null : refuse('REPORTING.MINIMUM_GROUP_SIZE_INVALID', 'minimumGroupSize');
}

/** The share of one shown cell in a shown total (0 to 1), for a chart or a percentage; `null` when either is withheld or the total is zero. */
export function cellShare<K extends string>(breakdown: PublishedBreakdown<K>, key: K): number | null {
  const cell = breakdown.cells[key];
  if (!breakdown.total.shown || !cell?.shown || breakdown.total.value === 0) return null;
  return cell.value / breakdown.total.value;
}
