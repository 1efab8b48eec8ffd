import { describe, expect, it } from 'vitest';
import { todayInAmsterdam } from './format.js';

describe('today in the portal', () => {
  it("is the calendar day in Amsterdam, whatever the computer's zone", () => {
    expect(todayInAmsterdam(new Date('2026-12-06T23:30:00+01:00'))).toBe('2026-12-06');
    expect(todayInAmsterdam(new Date('2026-12-07T00:30:00+01:00'))).toBe('2026-12-07');
    expect(todayInAmsterdam(new Date('2026-07-01T01:30:00+02:00'))).toBe('2026-07-01');
  });
});
