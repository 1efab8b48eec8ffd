import { describe, expect, it } from 'vitest';
import { breakdownOf, count, distributionOf, share, sum } from './measures.js';
import { cellShare, checkMinimumGroupSize, DEFAULT_MINIMUM_GROUP_SIZE, publish, publishBreakdown, publishCount } from './small-numbers.js';

describe('EVA-2: no published figure about fewer than five people (configurable)', () => {
  it('EVA-2: the default minimum is 5', () => {
    expect(DEFAULT_MINIMUM_GROUP_SIZE).toBe(5);
  });

  it('EVA-2: a count of 1 to 4 people is withheld; 0 and 5 or more are shown', () => {
    expect(publishCount(count(0), 5)).toEqual({ shown: true, value: 0 });
    expect(publishCount(count(4), 5)).toEqual({ shown: false, reason: 'belowMinimum' });
    expect(publishCount(count(5), 5)).toEqual({ shown: true, value: 5 });
    expect(publishCount(count(1), 1)).toEqual({ shown: true, value: 1 });
  });

  it('EVA-2: a breakdown of fewer than five people is withheld as a whole', () => {
    const published = publishBreakdown(breakdownOf(['female', 'male'], ['female', 'female', 'male']), 5);
    expect(published.total).toEqual({ shown: false, reason: 'belowMinimum' });
    expect(published.cells).toEqual({ female: { shown: false, reason: 'groupTooSmall' }, male: { shown: false, reason: 'groupTooSmall' } });
  });

  it('EVA-2: a small cell is withheld, and so is the next smallest, so the total cannot give it away', () => {
    const cells = { female: 30, male: 8, other: 2, unknown: 0 };
    const published = publishBreakdown({ kind: 'breakdown', cells }, 5);
    expect(published.total).toEqual({ shown: true, value: 40 });
    expect(published.cells).toEqual({
      female: { shown: true, value: 30 },
      male: { shown: false, reason: 'revealsWithheld' },
      other: { shown: false, reason: 'belowMinimum' },
      unknown: { shown: true, value: 0 },
    });
  });

  it('EVA-2: two small cells that add up to fewer than five take a third with them', () => {
    const published = publishBreakdown({ kind: 'breakdown', cells: { a: 1, b: 1, c: 6, d: 20 } }, 5);
    expect(published.cells).toMatchObject({ a: { shown: false }, b: { shown: false }, c: { shown: false, reason: 'revealsWithheld' }, d: { shown: true, value: 20 } });
    const enough = publishBreakdown({ kind: 'breakdown', cells: { a: 3, b: 4, c: 6, d: 20 } }, 5);
    expect(enough.cells).toMatchObject({ a: { shown: false }, b: { shown: false }, c: { shown: true }, d: { shown: true } });
  });

  it('EVA-2: shares, averages and sums about a group of 1 to 4 are withheld; an empty group is shown as no data', () => {
    expect(publish(share(3, 4))).toEqual({ shown: false, reason: 'groupTooSmall' });
    expect(publish(share(0, 0))).toEqual({ shown: true, numerator: 0, denominator: 0, ratio: null });
    expect(publish(share(38, 40))).toEqual({ shown: true, numerator: 38, denominator: 40, ratio: 0.95 });
    expect(publish(distributionOf([10, 20, 30, 40]))).toEqual({ shown: false, reason: 'groupTooSmall' });
    expect(publish(distributionOf([10, 20, 30, 40, 50]))).toEqual({ shown: true, size: 5, average: 30, median: 30 });
    expect(publish(sum(600, 2))).toEqual({ shown: false, reason: 'groupTooSmall' });
    expect(publish(sum(600, 2), 1)).toEqual({ shown: true, value: 600, contributors: 2 });
  });

  it('publishes a whole tree of figures and keeps its labels', () => {
    const published = publish({ period: { from: '2025-08-01', until: '2026-07-31' }, rows: [{ stage: 'applied', reached: count(3) }] });
    expect(published).toEqual({ period: { from: '2025-08-01', until: '2026-07-31' }, rows: [{ stage: 'applied', reached: { shown: false, reason: 'belowMinimum' } }] });
  });

  it('REPORTING.MINIMUM_GROUP_SIZE_INVALID: a whole number of at least 1', () => {
    expect(checkMinimumGroupSize(0)).toEqual({ ok: false, code: 'REPORTING.MINIMUM_GROUP_SIZE_INVALID', field: 'minimumGroupSize' });
    expect(checkMinimumGroupSize(2.5)).not.toBeNull();
    expect(checkMinimumGroupSize(10)).toBeNull();
    expect(() => publish(count(1), 0)).toThrow(RangeError);
  });

  it('a cell as a share of its total only when both are shown', () => {
    const published = publishBreakdown({ kind: 'breakdown', cells: { completed: 30, droppedOut: 10, running: 0 } }, 5);
    expect(cellShare(published, 'completed')).toBe(0.75);
    expect(cellShare(publishBreakdown({ kind: 'breakdown', cells: { completed: 30, droppedOut: 2 } }, 5), 'completed')).toBeNull();
  });
});
