/**
 * The VOG (Verklaring Omtrent het Gedrag) rules: how recent it must be when seen (SCR-2), which
 * functieaspecten it must cover (SCR-3) and when a new one is due (SCR-4). What is kept of a VOG
 * is fixed by SCR-5 in `VogRegistration`: no copy, and no reason when it was not provided.
 */
import { addDays, addMonths, compareDates, type IsoDate } from '../calendar/index.js';
import { refuse, type Refusal } from '../result.js';
import type { ScreeningPolicy, VogRegistration } from './types.js';

export type VogRefusal = Refusal<'SCREENING.VOG_TOO_OLD' | 'SCREENING.VOG_ASPECT_MISSING' | 'SCREENING.VOG_SEEN_BEFORE_ISSUE'>;

/** True when the VOG was seen on or after its issue date; anything else is a typing error. */
export function vogSeenAfterIssue(registration: VogRegistration): boolean {
  return compareDates(registration.seenOn, registration.issueDate) >= 0;
}

/**
 * SCR-2: the issue date is at most `maxVogAgeMonths` before the day the coordinator saw the
 * original. A VOG has no statutory validity, so the organisation sets the limit (default 3).
 * Counted back from the day it was seen, so the limit is clamped at month ends like any month.
 */
export function vogIssuedRecentEnough(registration: VogRegistration, policy: ScreeningPolicy): boolean {
  const oldestAllowed = addMonths(registration.seenOn, -policy.maxVogAgeMonths);
  return compareDates(registration.issueDate, oldestAllowed) >= 0;
}

/**
 * SCR-3: the functieaspecten the programme requires (84 "care of minors" for pupil-facing roles)
 * that are not on the VOG's screening profile. Empty when the VOG covers them all.
 */
export function missingVogAspects(registration: VogRegistration, policy: ScreeningPolicy): readonly string[] {
  const present = new Set(registration.screeningAspects.map((aspect) => aspect.trim()));
  return policy.requiredVogAspects.filter((aspect) => !present.has(aspect));
}

/** SCR-4: a new VOG is due `rescreeningIntervalMonths` (default 36) after the issue date. */
export function vogRenewalDue(issueDate: IsoDate, policy: ScreeningPolicy): IsoDate {
  return addMonths(issueDate, policy.rescreeningIntervalMonths);
}

/** SCR-4: the renewal reminder goes out `renewalReminderDays` (default 60) before the VOG is due. */
export function vogRenewalReminderOn(issueDate: IsoDate, policy: ScreeningPolicy): IsoDate {
  return addDays(vogRenewalDue(issueDate, policy), -policy.renewalReminderDays);
}

/**
 * Checks a VOG registration before it is saved, so a VOG that can never count is refused at the
 * desk rather than discovered later. SCR-2 (`issueDate`) and SCR-3 (`screeningAspects`) apply only
 * to a PROVIDED VOG: a NOT_PROVIDED result is recorded as it is (SCR-5), without aspects or reason.
 * Returns `null` when the registration may be saved.
 */
export function checkVogRegistration(registration: VogRegistration, policy: ScreeningPolicy): VogRefusal | null {
  if (!vogSeenAfterIssue(registration)) return refuse('SCREENING.VOG_SEEN_BEFORE_ISSUE', 'issueDate');
  if (registration.result === 'notProvided') return null;
  if (!vogIssuedRecentEnough(registration, policy)) return refuse('SCREENING.VOG_TOO_OLD', 'issueDate');
  if (missingVogAspects(registration, policy).length > 0) return refuse('SCREENING.VOG_ASPECT_MISSING', 'screeningAspects');
  return null;
}
