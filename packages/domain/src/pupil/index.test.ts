import { describe, expect, it } from 'vitest';
import { checkPupilBirthDate, consentGiverRoleOf, nominationStatus } from './index.js';

const consent = (readyToMatch: boolean, nextStep: 'askPupil' | 'askParents' | 'done' | 'cannotMatch', refused = false) => ({
  readyToMatch,
  nextStep,
  ...(refused ? { applicationOutcome: 'closedRefused' as const } : {}),
});

describe('nomination status (what the school mentor sees)', () => {
  it('is consent pending until the pupil and the parents have agreed (Thuisschoolmaatje steps 3–4)', () => {
    expect(nominationStatus({ consent: consent(false, 'askPupil'), closed: false, matched: false })).toBe('consentPending');
    expect(nominationStatus({ consent: consent(false, 'askParents'), closed: false, matched: false })).toBe('consentPending');
  });
  it('is waiting once every required consent is in place', () => {
    expect(nominationStatus({ consent: consent(true, 'done'), closed: false, matched: false })).toBe('waiting');
  });
  it('is closed when the pupil or the parents refused (CON-3: no match)', () => {
    expect(nominationStatus({ consent: consent(false, 'cannotMatch', true), closed: false, matched: false })).toBe('closed');
  });
  it('is matched while a match runs, and closed when the nomination was closed', () => {
    expect(nominationStatus({ consent: consent(true, 'done'), closed: false, matched: true })).toBe('matched');
    expect(nominationStatus({ consent: consent(true, 'done'), closed: true, matched: true })).toBe('closed');
  });
});

describe('who in the family can consent', () => {
  it('CON-1 (ii): a parent or guardian with parental authority consents for the pupil', () => {
    expect(consentGiverRoleOf({ role: 'parent', hasParentalAuthority: true, isMentee: false })).toBe('parentWithAuthority');
    expect(consentGiverRoleOf({ role: 'guardian', hasParentalAuthority: true, isMentee: false })).toBe('legalGuardian');
  });
  it('CON-5: a relative, or a parent without authority, cannot consent (they may only be informed)', () => {
    expect(consentGiverRoleOf({ role: 'relative', hasParentalAuthority: true, isMentee: false })).toBeNull();
    expect(consentGiverRoleOf({ role: 'parent', hasParentalAuthority: false, isMentee: false })).toBeNull();
  });
  it("Parent'R'US: the parent who is the mentee consents as the mentee", () => {
    expect(consentGiverRoleOf({ role: 'parent', hasParentalAuthority: true, isMentee: true })).toBe('adultMentee');
  });
});

describe('the pupil\'s date of birth', () => {
  it('accepts a school-going age and refuses a date in the future or an adult', () => {
    expect(checkPupilBirthDate('2013-05-01', '2026-11-23')).toBeNull();
    expect(checkPupilBirthDate('2027-01-01', '2026-11-23')).toMatchObject({ code: 'PUPIL.BIRTH_DATE_INVALID', field: 'birthDate' });
    expect(checkPupilBirthDate('1990-01-01', '2026-11-23')).toMatchObject({ code: 'PUPIL.AGE_OUT_OF_RANGE' });
  });
});
