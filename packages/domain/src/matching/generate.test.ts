import { describe, expect, it } from 'vitest';
import { generateDenseScores, generateInstance, mulberry32 } from './generate.js';

describe('seeded instances', () => {
  it('mulberry32: the same seed gives the same sequence in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  it('region, national, stress and waitingList have the sizes of the issue, and are deterministic', () => {
    const region = generateInstance('region', 1);
    expect([region.volunteers.length, region.mentees.length]).toEqual([200, 300]);
    expect(generateInstance('region', 1)).toEqual(region);
    expect(generateInstance('region', 2)).not.toEqual(region);
    const national = generateInstance('national', 1);
    expect([national.volunteers.length, national.mentees.length]).toEqual([2500, 3200]);
    expect(national.volunteers.every((v) => v.capacity >= 1 && v.capacity <= 2)).toBe(true);
    const stress = generateInstance('stress', 1);
    expect([stress.volunteers.length, stress.mentees.length]).toEqual([10000, 10000]);
    const waiting = generateInstance('waitingList', 1);
    const places = waiting.volunteers.filter((v) => v.readyToMatch && !v.suspended).reduce((sum, v) => sum + v.capacity, 0);
    expect(waiting.mentees).toHaveLength(10000);
    expect(places).toBeGreaterThan(6800);
    expect(places).toBeLessThan(7200);
  });

  it('dense score matrices: n × n integers in range', () => {
    const scores = generateDenseScores(50, 1, 100);
    expect(scores).toHaveLength(2500);
    expect(scores.every((s) => s >= 0 && s <= 100)).toBe(true);
    expect(generateDenseScores(50, 1, 100)).toEqual(scores);
  });
});
