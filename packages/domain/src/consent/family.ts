/**
 * CON-5: informing a relative when the parents cannot be reached (thuisschoolmaatje-handreiking-
 * mentoren.txt step 4: "kan er gekeken worden of een ander gezinslid geïnformeerd kan worden, zodat
 * het gezin op de hoogte is"). It is recorded as a `FamilyNotification`, never as consent.
 */
import { addDays, compareDates, isIsoDate, type IsoDate } from '../calendar/index.js';
import { refuse, type Refusal } from '../result.js';
import type { FamilyNotification, FamilyNotificationPolicy } from './types.js';
import type { Codes } from '../codes.js';

export type FamilyNotificationProblem = Codes<
  | 'CONSENT.DATE_INVALID'
  | 'CONSENT.DATE_IN_FUTURE'
  | 'CONSENT.NOTIFIED_PERSON_MISSING'
  | 'CONSENT.UNREACHABLE_REASON_MISSING'
  | 'CONSENT.GUARDIAN_ATTEMPTS_TOO_FEW'
  | 'CONSENT.GUARDIAN_NOT_TRIED_LONG_ENOUGH'
>;

/** The reference's [D] proposal as the default; a programme setting (`ConsentRequirements.familyNotification`). */
export const DEFAULT_FAMILY_NOTIFICATION_POLICY: FamilyNotificationPolicy = Object.freeze({
  minAttemptsPerGuardian: 2,
  minDaysTrying: 2,
});

/**
 * CON-5: checks a family notification before it is saved. Every guardian known for the pupil
 * (`guardianIds`) must have been tried and not reached at least `minAttemptsPerGuardian` times, the
 * first attempt at least `minDaysTrying` days before the relative was informed (each attempt with
 * its day and channel); the reason the parents could not be reached and who was informed are
 * required. Attempts after the notification do not count. Returns `null` when it may be saved.
 *
 * Saving it changes no consent: `assessConsent` reports it as `familyInformed` and keeps the
 * guardian's consent pending (CON-5: it never satisfies CON-1(ii)).
 */
export function checkFamilyNotification(
  notification: FamilyNotification,
  guardianIds: readonly string[],
  policy: FamilyNotificationPolicy,
  today: IsoDate,
): Refusal<FamilyNotificationProblem> | null {
  if (!isIsoDate(notification.notifiedOn)) return refuse('CONSENT.DATE_INVALID', 'notifiedOn');
  if (compareDates(notification.notifiedOn, today) > 0) return refuse('CONSENT.DATE_IN_FUTURE', 'notifiedOn');
  if (!notification.notifiedPersonName.trim() || !notification.relationship.trim()) {
    return refuse('CONSENT.NOTIFIED_PERSON_MISSING', 'notifiedPersonName');
  }
  if (!notification.reasonParentsUnreachable.trim()) return refuse('CONSENT.UNREACHABLE_REASON_MISSING', 'reasonParentsUnreachable');
  for (const guardianId of guardianIds) {
    const days = notification.guardianContactAttempts
      .filter((attempt) => attempt.guardianId === guardianId && compareDates(attempt.on, notification.notifiedOn) <= 0)
      .map((attempt) => attempt.on)
      .sort(compareDates);
    const first = days[0];
    if (first === undefined || days.length < policy.minAttemptsPerGuardian) {
      return refuse('CONSENT.GUARDIAN_ATTEMPTS_TOO_FEW', 'guardianContactAttempts');
    }
    if (compareDates(addDays(first, policy.minDaysTrying), notification.notifiedOn) > 0) {
      return refuse('CONSENT.GUARDIAN_NOT_TRIED_LONG_ENOUGH', 'guardianContactAttempts');
    }
  }
  return null;
}
