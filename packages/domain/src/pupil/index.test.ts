import { describe, expect, it } from 'vitest';
import { nominationStatus } from './index.js';

const consent = (readyToMatch: boolean, nextStep: 'askPupil' | 'askParents' | 'done' | 'cannotMatch', refused = false) => ({
  readyToMatch,
  nextStep,
  ...(refused ? { applicationOutcome: 'CLOSED_REFUSED' as const } : {}),
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
