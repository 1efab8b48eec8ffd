import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../input.js';
import { schoolYearStartOf } from './school-year.js';

describe('the school year a day falls in (August to July, as OCW counts it)', () => {
  it('July belongs to the year that began the August before; 1 August starts the next', () => {
    expect(schoolYearStartOf('2027-03-28')).toBe('2026-08-01');
    expect(schoolYearStartOf('2027-07-31')).toBe('2026-08-01');
    expect(schoolYearStartOf('2027-08-01')).toBe('2027-08-01');
    expect(schoolYearStartOf('2026-12-31')).toBe('2026-08-01');
  });

  it('a day that is not a date is refused', () => {
    expect(() => schoolYearStartOf('2027-13-01')).toThrow(DomainInputError);
  });
});
