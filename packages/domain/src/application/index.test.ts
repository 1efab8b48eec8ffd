import { describe, expect, it } from 'vitest';
import { checkVolunteerBirthDate, isDutchPostcode, normaliseEmail, normalisePostcode } from './index.js';

describe('isDutchPostcode', () => {
  it('accepts four digits and two letters, with or without a space, in any case', () => {
    expect(isDutchPostcode('6901 AB')).toBe(true);
    expect(isDutchPostcode('6901AB')).toBe(true);
    expect(isDutchPostcode('6901 ab')).toBe(true);
    expect(isDutchPostcode(' 1011 AC ')).toBe(true);
  });

  it('refuses a leading zero, wrong lengths and letters PostNL never issues', () => {
    expect(isDutchPostcode('0901 AB')).toBe(false);
    expect(isDutchPostcode('690 AB')).toBe(false);
    expect(isDutchPostcode('69011 AB')).toBe(false);
    expect(isDutchPostcode('6901 A')).toBe(false);
    expect(isDutchPostcode('6901 SA')).toBe(false);
    expect(isDutchPostcode('6901 sd')).toBe(false);
    expect(isDutchPostcode('6901 SS')).toBe(false);
    expect(isDutchPostcode('')).toBe(false);
  });
});

describe('normalisePostcode', () => {
  it('writes a postcode as stored: digits, one space, capitals', () => {
    expect(normalisePostcode('6901ab')).toBe('6901 AB');
    expect(normalisePostcode(' 6901 Ab ')).toBe('6901 AB');
  });

  it('refuses what is not a postcode', () => {
    expect(() => normalisePostcode('nope')).toThrow(RangeError);
  });
});

describe('normaliseEmail', () => {
  it('makes the same address compare equal however it was typed', () => {
    expect(normaliseEmail('  Ans.de.Vries@Example.NL ')).toBe('ans.de.vries@example.nl');
  });
});

describe('checkVolunteerBirthDate', () => {
  const today = '2025-06-01';

  it('refuses a 17-year-old', () => {
    expect(checkVolunteerBirthDate('2008-01-15', today)).toEqual({
      ok: false,
      code: 'APPLICATION.APPLICANT_MINOR',
      field: 'birthDate',
    });
  });

  it('refuses someone the day before their 18th birthday', () => {
    expect(checkVolunteerBirthDate('2007-06-02', today)?.code).toBe('APPLICATION.APPLICANT_MINOR');
  });

  it('accepts someone on the day of their 18th birthday', () => {
    expect(checkVolunteerBirthDate('2007-06-01', today)).toBeNull();
  });

  it('refuses a date of birth in the future', () => {
    expect(checkVolunteerBirthDate('2025-06-02', today)).toEqual({
      ok: false,
      code: 'APPLICATION.BIRTH_DATE_IN_FUTURE',
      field: 'birthDate',
    });
  });

  it('refuses a date that does not exist', () => {
    expect(checkVolunteerBirthDate('2001-02-29', today)?.code).toBe('APPLICATION.BIRTH_DATE_INVALID');
    expect(checkVolunteerBirthDate('15-01-1980', today)?.code).toBe('APPLICATION.BIRTH_DATE_INVALID');
  });
});
