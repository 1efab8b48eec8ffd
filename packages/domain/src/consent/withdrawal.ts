/**
 * What the system must do when a consent is withdrawn (CON-4, CON-6, CON-11). Returned as data;
 * the api carries it out in the transaction that records the withdrawal.
 */
import type { IsoDate } from '../calendar/index.js';
import type { ConsentPurpose, ConsentRecord, ConsentRequirements } from './types.js';

/** CON-4: what happens to a running match when a purpose it needs is withdrawn. */
export interface ActiveMatchConsequences {
  readonly matchId: string;
  /**
   * The match becomes SUSPENDED at once and goes on the coordinator's list; the coordinator then
   * ends it or, if consent is given again, resumes it. The domain does not end it by itself: a
   * withdrawal is often a conversation, not a goodbye.
   */
  readonly suspendMatch: true;
  readonly flagForCoordinator: true;
  /** Future sessions are cancelled. */
  readonly cancelFutureSessions: true;
  /** The volunteer loses read access to the pupil's data (see SCR-7 `mayReadPupilData`). */
  readonly revokeVolunteerAccess: true;
}

export interface WithdrawalConsequences {
  readonly kind: 'consentWithdrawn';
  readonly consentId: string;
  readonly purpose: ConsentPurpose;
  /** Stop the processing that relied on this consent (e.g. no more questionnaires for EVALUATION). */
  readonly stopProcessing: ConsentPurpose;
  /**
   * CON-4/GDPR 7(3): processing before this day stays lawful; nothing recorded before it is marked
   * or deleted because of the withdrawal (deletion follows the retention rules ).
   */
  readonly lawfulUntil: IsoDate;
  /** CON-4: the purpose is needed to match, so no new match may start on this application. */
  readonly blocksNewMatching: boolean;
  /** CON-4 when a match is running and the purpose is needed to match; `null` otherwise (CON-6). */
  readonly activeMatch: ActiveMatchConsequences | null;
  /**
   * CON-11: concerns, authority contacts and pending Veilig Thuis reports are not deleted, hidden or
   * blocked: safeguarding does not rest on consent.
   */
  readonly safeguardingUnaffected: true;
  /** All of it in the transaction that records the withdrawal. */
  readonly sameTransaction: true;
}

/**
 * CON-4: the consequences of a withdrawn consent (`withdrawConsent`'s result). A purpose the
 * programme needs to match (MENTORING, and e.g. sharing contact details with the volunteer) blocks
 * new matching and, when a match is running (`activeMatchId`), suspends it, cancels its future
 * sessions, revokes the volunteer's access and flags it for the coordinator. An optional purpose
 * (CON-6: questionnaires, photos) only stops its own processing; the match goes on. Either way
 * safeguarding records stay as they are (CON-11). A purpose the programme does not list counts as
 * optional.
 */
export function withdrawalConsequences(
  withdrawn: ConsentRecord,
  requirements: ConsentRequirements,
  activeMatchId: string | null,
): WithdrawalConsequences {
  const needed = requirements.purposes.some((requirement) => requirement.purpose === withdrawn.purpose && requirement.neededToMatch);
  return {
    kind: 'consentWithdrawn',
    consentId: withdrawn.id,
    purpose: withdrawn.purpose,
    stopProcessing: withdrawn.purpose,
    lawfulUntil: withdrawn.withdrawal?.withdrawnOn ?? withdrawn.decidedOn,
    blocksNewMatching: needed,
    activeMatch:
      needed && activeMatchId !== null
        ? { matchId: activeMatchId, suspendMatch: true, flagForCoordinator: true, cancelFutureSessions: true, revokeVolunteerAccess: true }
        : null,
    safeguardingUnaffected: true,
    sameTransaction: true,
  };
}
