/**
 * What a screening status allows, and what the system must do when screening is lost. Decisions
 * are returned as data; the api carries them out (SCR-4, SCR-7, SCR-8).
 */
import type { ScreeningStatus } from './types.js';

/**
 * SCR-7: may a volunteer read pupil or family personal data? Only with a running match (active and
 * not suspended: `isRunning` in ../match), and only when cleared. ACTION_REQUIRED (SCR-6: the code of conduct was not re-accepted in time) also
 * allows it, because SCR-6 keeps running matches going and a match cannot run without the
 * family's details; it only blocks new matches. An expired (SCR-4) or revoked (SCR-8) screening
 * never allows it.
 */
export function mayReadPupilData(status: ScreeningStatus, hasActiveMatch: boolean): boolean {
  if (!hasActiveMatch) return false;
  return status === 'cleared' || status === 'actionRequired';
}

/** Why a volunteer's screening is withdrawn outright (SCR-8). */
export type RevocationReason = 'vogRefused' | 'screeningRevoked';

/** SCR-8: what the system must do when a volunteer reports a VOG refusal or screening is revoked. */
export interface RevocationConsequences {
  readonly kind: 'removeFromMatches';
  readonly reason: RevocationReason;
  /**
   * Every running match of the volunteer is suspended at once with the final reason
   * `screeningRevoked` (`suspendMatch`; `resumeMatch` refuses it): the volunteer is out of it from
   * this moment, and the coordinator then ends each match with the family, who may go on with a new
   * volunteer (`closeMatch`).
   */
  readonly runningMatches: 'suspendFinal';
  /** Every match not yet started is declined (`volunteerStopPlan`). */
  readonly matchesNotStarted: 'decline';
  /** Every signed-in session of the volunteer is terminated (ASVS 7.4.2). */
  readonly terminateSessions: true;
  /** Matches stop and sessions end in the same transaction that records the revocation. */
  readonly sameTransaction: true;
}

/**
 * SCR-8: a volunteer who reports a VOG refusal, or whose screening is revoked, is removed from all
 * matches and signed out, in the same transaction, so no window remains in which they can still
 * reach a pupil. Removed means: running matches suspended for good (no meeting, no log, no access
 * from that moment) and closed by the coordinator with the family; proposals declined.
 */
export function revocationConsequences(reason: RevocationReason): RevocationConsequences {
  return { kind: 'removeFromMatches', reason, runningMatches: 'suspendFinal', matchesNotStarted: 'decline', terminateSessions: true, sameTransaction: true };
}

/** SCR-4: what the system must do on the day a volunteer's VOG is due and no new one is registered. */
export interface ScreeningExpiryConsequences {
  readonly kind: 'suspendMatches';
  /**
   * Running matches are suspended with the reason `screeningExpired`, not ended: they resume
   * (`resumeMatch`) once a new VOG is registered and the volunteer is CLEARED again.
   */
  readonly suspendMatches: true;
  /** Pupil-data access stops until then (see `mayReadPupilData`). */
  readonly revokePupilDataAccess: true;
  readonly until: 'newVogRegistered';
}

/**
 * SCR-4: at the renewal date the volunteer's matches are suspended and their access to pupil data
 * stops until a new VOG is registered; unlike SCR-8 nothing is ended, because an overdue
 * certificate is an administrative gap, not a finding about the person.
 */
export function screeningExpiryConsequences(): ScreeningExpiryConsequences {
  return { kind: 'suspendMatches', suspendMatches: true, revokePupilDataAccess: true, until: 'newVogRegistered' };
}
