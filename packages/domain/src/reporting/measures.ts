/**
 * The figures of a report as measures: counts, shares, totals, distributions and breakdowns.
 * A measure holds numbers only, never a record id, so regional measures add up to national ones
 * (`sumMeasures`) and the small-numbers rule is applied once, after summing (`publish`).
 */

/** How many people (or matches, or meetings). */
export interface Count {
  readonly kind: 'count';
  readonly value: number;
}

/** A part of a whole: 38 of 40. */
export interface Share {
  readonly kind: 'share';
  readonly numerator: number;
  readonly denominator: number;
}

/** A total of something measured, e.g. meeting minutes, with how many records contributed to it (the matches that logged them). */
export interface Sum {
  readonly kind: 'sum';
  readonly value: number;
  readonly contributors: number;
}

/** One value of a distribution and how often it occurs. */
export interface HistogramBar {
  readonly value: number;
  readonly count: number;
}

/**
 * Whole numbers as a histogram, sorted by value (e.g. match lengths in days): enough for the
 * average and the exact median, and two of them add up without the records behind them.
 */
export interface Distribution {
  readonly kind: 'distribution';
  readonly histogram: readonly HistogramBar[];
}

/** A group split by a category: participants by gender, drop-outs by reason. Every category is present, zero when empty. */
export interface Breakdown<K extends string = string> {
  readonly kind: 'breakdown';
  readonly cells: Readonly<Record<K, number>>;
}

/** Any figure of a report, before publishing. */
export type Measure = Count | Share | Sum | Distribution | Breakdown;

/** The kinds of measure, the field that tells them apart. */
export const MEASURE_KINDS = ['count', 'share', 'sum', 'distribution', 'breakdown'] as const;

/** A count of `value`. */
export const count = (value: number): Count => ({ kind: 'count', value });
/** `numerator` of `denominator`. */
export const share = (numerator: number, denominator: number): Share => ({ kind: 'share', numerator, denominator });
/** A total of `value` from `contributors` records. */
export const sum = (value: number, contributors: number): Sum => ({ kind: 'sum', value, contributors });

/** A distribution of whole numbers (in any order). */
export function distributionOf(values: Iterable<number>): Distribution {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return { kind: 'distribution', histogram: [...counts].sort(([a], [b]) => a - b).map(([value, n]) => ({ value, count: n })) };
}

/** A breakdown with every one of `categories` present, counting `values`; a value outside them counts under itself. */
export function breakdownOf<K extends string>(categories: readonly K[], values: Iterable<K>): Breakdown<K> {
  const cells = Object.fromEntries(categories.map((category) => [category, 0])) as Record<K, number>;
  for (const value of values) cells[value] = (cells[value] ?? 0) + 1;
  return { kind: 'breakdown', cells };
}

/** How many values a distribution holds. */
export const sizeOf = (distribution: Distribution): number => distribution.histogram.reduce((total, bar) => total + bar.count, 0);

/** The total of a breakdown. */
export const totalOf = (breakdown: Breakdown): number => Object.values<number>(breakdown.cells).reduce((total, n) => total + n, 0);

/** The average of a distribution; `null` when it is empty. */
export function averageOf(distribution: Distribution): number | null {
  let n = 0;
  let total = 0;
  for (const bar of distribution.histogram) {
    n += bar.count;
    total += bar.value * bar.count;
  }
  return n === 0 ? null : total / n;
}

/** The median of a distribution (the mean of the two middle values for an even number); `null` when it is empty. */
export function medianOf(distribution: Distribution): number | null {
  const n = sizeOf(distribution);
  if (n === 0) return null;
  const valueAt = (position: number): number => {
    let seen = 0;
    for (const bar of distribution.histogram) {
      seen += bar.count;
      if (position < seen) return bar.value;
    }
    return distribution.histogram[distribution.histogram.length - 1]?.value ?? 0;
  };
  return n % 2 === 1 ? valueAt((n - 1) / 2) : (valueAt(n / 2 - 1) + valueAt(n / 2)) / 2;
}

/** The part as a fraction from 0 to 1; `null` when the whole is zero. */
export const ratioOf = (part: Share): number | null => (part.denominator === 0 ? null : part.numerator / part.denominator);

/** Whether a value in a tree of figures is a measure (rather than a label or a branch). */
export function isMeasure(value: unknown): value is Measure {
  return typeof value === 'object' && value !== null && 'kind' in value && (MEASURE_KINDS as readonly unknown[]).includes((value as { kind: unknown }).kind);
}

function sumTwo(a: Measure, b: Measure): Measure {
  if (a.kind !== b.kind) throw new RangeError(`cannot add a ${a.kind} to a ${b.kind}`);
  switch (a.kind) {
    case 'count':
      return count(a.value + (b as Count).value);
    case 'share':
      return share(a.numerator + (b as Share).numerator, a.denominator + (b as Share).denominator);
    case 'sum':
      return sum(a.value + (b as Sum).value, a.contributors + (b as Sum).contributors);
    case 'distribution': {
      const counts = new Map<number, number>();
      for (const bar of [...a.histogram, ...(b as Distribution).histogram]) counts.set(bar.value, (counts.get(bar.value) ?? 0) + bar.count);
      return { kind: 'distribution', histogram: [...counts].sort(([x], [y]) => x - y).map(([value, n]) => ({ value, count: n })) };
    }
    case 'breakdown': {
      const cells: Record<string, number> = { ...a.cells };
      for (const [category, n] of Object.entries<number>((b as Breakdown).cells)) cells[category] = (cells[category] ?? 0) + n;
      return { kind: 'breakdown', cells };
    }
  }
}

function sumTrees(a: unknown, b: unknown, path: string): unknown {
  if (isMeasure(a) && isMeasure(b)) return sumTwo(a, b);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) throw new RangeError(`different lengths at ${path}`);
    return a.map((item: unknown, index) => sumTrees(item, b[index], `${path}[${index}]`));
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && !isMeasure(a) && !isMeasure(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return Object.fromEntries(
      [...keys].map((key) => {
        const left = (a as Record<string, unknown>)[key];
        const right = (b as Record<string, unknown>)[key];
        return [key, left == null ? right : right == null ? left : sumTrees(left, right, `${path}.${key}`)];
      }),
    );
  }
  // A label beside the measures (a period's dates, a stage's name) must be the same in both.
  if (a === b) return a;
  throw new RangeError(`cannot add ${String(a)} and ${String(b)} at ${path}`);
}

/**
 * Adds figures of the same shape, e.g. ten regions' reports into the national one: counts, shares
 * (numerators and denominators), sums and their contributors, distributions and breakdowns
 * (categories are united) are added; a part one side lacks (absent or `null`) is taken from the
 * other; labels beside them (dates, names) must be equal. Throws a
 * `RangeError` on shapes that differ. With no figures there is nothing to add: `null`.
 */
export function sumMeasures<T>(figures: readonly T[]): T | null {
  const [first, ...rest] = figures;
  if (first === undefined) return null;
  return rest.reduce<T>((total, next) => sumTrees(total, next, '') as T, first);
}
