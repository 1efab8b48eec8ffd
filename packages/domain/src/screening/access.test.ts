import { describe, expect, it } from 'vitest';
import { mayReadPupilData, revocationConsequences, screeningExpiryConsequences } from './access.js';
import type { ScreeningStatus } from './types.js';

describe('mayReadPupilData', () => {
  it('SCR-7: a cleared volunteer with an active match may read pupil data', () => {
    expect(mayReadPupilData('cleared', true)).toBe(true);
  });

  it('SCR-7: a cleared volunteer without an active match may not', () => {
    expect(mayReadPupilData('cleared', false)).toBe(false);
  });

  it.each<ScreeningStatus>(['applied', 'inScreening', 'screeningExpired', 'rejected', 'withdrawn', 'revoked'])(
    'SCR-7: a volunteer who is %s may not, even with an active match',
    (status) => {
      expect(mayReadPupilData(status, true)).toBe(false);
    },
  );

  it('SCR-6/SCR-7: ACTION_REQUIRED keeps a running match going, so its pupil data stays readable', () => {
    expect(mayReadPupilData('actionRequired', true)).toBe(true);
    expect(mayReadPupilData('actionRequired', false)).toBe(false);
  });
});

describe('revocationConsequences', () => {
  it('SCR-8: a reported VOG refusal stops every match (running ones suspended for good, proposals declined) and every session in the same transaction', () => {
    expect(revocationConsequences('vogRefused')).toEqual({
      kind: 'removeFromMatches',
      reason: 'vogRefused',
      runningMatches: 'suspendFinal',
      matchesNotStarted: 'decline',
      terminateSessions: true,
      sameTransaction: true,
    });
  });

  it('SCR-8: a revoked screening has the same consequences', () => {
    expect(revocationConsequences('screeningRevoked')).toMatchObject({
      kind: 'removeFromMatches',
      reason: 'screeningRevoked',
      runningMatches: 'suspendFinal',
      terminateSessions: true,
      sameTransaction: true,
    });
  });
});

describe('screeningExpiryConsequences', () => {
  it('SCR-4: an expired VOG suspends matches and pupil-data access until a new VOG is registered', () => {
    expect(screeningExpiryConsequences()).toEqual({
      kind: 'suspendMatches',
      suspendMatches: true,
      revokePupilDataAccess: true,
      until: 'newVogRegistered',
    });
  });
});
