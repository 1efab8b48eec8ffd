import { describe, expect, it } from 'vitest';
import { consentAgeFields, legalBasisGiverOn, sixteenthBirthday } from './age.js';

describe('the age rule', () => {
  it('CON-8: 15 the day before the 16th birthday, 16 on it', () => {
    const pupil = { birthDate: '2010-05-15' };
    expect(consentAgeFields(pupil, 'pupil', '2026-05-14')).toEqual({ legalBasisGiver: 'guardian', pupilAgeAtConsent: 15, reconfirmationDueOn: '2026-05-15' });
    expect(consentAgeFields(pupil, 'pupil', '2026-05-15')).toEqual({ legalBasisGiver: 'pupil', pupilAgeAtConsent: 16 });
    expect(consentAgeFields(pupil, 'parentWithAuthority', '2026-05-14').legalBasisGiver).toBe('guardian');
  });

  it('CON-8: born on 29 February, the 16th birthday is 29 February in a leap year, else 1 March', () => {
    expect(sixteenthBirthday('2008-02-29')).toBe('2024-02-29');
    expect(sixteenthBirthday('2084-02-29')).toBe('2100-03-01');
    expect(legalBasisGiverOn({ birthDate: '2084-02-29' }, 'pupil', '2100-02-28')).toBe('guardian');
  });

  it("CON-8: an adult mentee's own consent is its own legal basis, without age fields", () => {
    expect(consentAgeFields({ birthDate: '1990-01-01' }, 'adultMentee', '2025-09-01')).toEqual({ legalBasisGiver: 'mentee' });
  });
});
