import { describe, expect, it } from 'vitest';
import { averageOf, breakdownOf, count, distributionOf, medianOf, share, sum, sumMeasures } from './measures.js';

describe('measures: figures that hold numbers only', () => {
  it('a distribution gives the average and the exact median (the mean of the middle two for an even number)', () => {
    const lengths = distributionOf([30, 10, 20, 20]);
    expect(lengths.histogram).toEqual([
      { value: 10, count: 1 },
      { value: 20, count: 2 },
      { value: 30, count: 1 },
    ]);
    expect(averageOf(lengths)).toBe(20);
    expect(medianOf(lengths)).toBe(20);
    expect(medianOf(distributionOf([1, 2, 3, 10]))).toBe(2.5);
    expect(medianOf(distributionOf([7]))).toBe(7);
    expect(averageOf(distributionOf([]))).toBeNull();
    expect(medianOf(distributionOf([]))).toBeNull();
  });

  it('a breakdown lists every category, zero when empty', () => {
    expect(breakdownOf(['female', 'male', 'other', 'unknown'], ['female', 'female', 'unknown'])).toEqual({
      kind: 'breakdown',
      cells: { female: 2, male: 0, other: 0, unknown: 1 },
    });
  });

  it('regional figures add up: counts, shares, sums with contributors, distributions, breakdowns with their categories united', () => {
    const north = { matches: count(3), onTime: share(2, 3), minutes: sum(600, 3), days: distributionOf([10, 90]), reasons: breakdownOf(['moved'], ['moved']), label: 'school year' };
    const south = { matches: count(4), onTime: share(4, 4), minutes: sum(300, 2), days: distributionOf([90]), reasons: { kind: 'breakdown' as const, cells: { moved: 0, other: 2 } }, label: 'school year' };
    expect(sumMeasures([north, south])).toEqual({
      matches: count(7),
      onTime: share(6, 7),
      minutes: sum(900, 5),
      days: distributionOf([10, 90, 90]),
      reasons: { kind: 'breakdown', cells: { moved: 1, other: 2 } },
      label: 'school year',
    });
    expect(sumMeasures([])).toBeNull();
  });

  it('figures of different shapes do not add up', () => {
    expect(() => sumMeasures([{ a: count(1) }, { a: share(1, 2) }])).toThrow(RangeError);
    expect(() => sumMeasures([{ label: 'autumn' }, { label: 'spring' }])).toThrow(RangeError);
    expect(() => sumMeasures([[count(1)], [count(1), count(2)]])).toThrow(RangeError);
  });
});
