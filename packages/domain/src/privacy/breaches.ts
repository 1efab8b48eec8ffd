/**
 * The breach register (GDPR 33–34; PRV-4): "A breach record has `discoveredAt`. `apNotifiedAt` ≤
 * `discoveredAt` + 72h unless `riskAssessment=UNLIKELY` (documented). If `HIGH_RISK`, a subject
 * notification is required." The AP (Autoriteit Persoonsgegevens) is notified within 72 hours of
 * discovery; a later notification states why (33(1)); every breach is documented, notified or not
 * (33(5)).
 */
import { epochMsOf, type UtcInstant } from '../schedule/amsterdam.js';
import type { Codes } from '../codes.js';

/** PRV-4: 72 hours from discovery. */
export const BREACH_NOTIFICATION_HOURS = 72;

/** The risk to the people affected: `unlikely` (no notification, documented), `risk` (notify the AP), `highRisk` (also the people, 34). */
export type BreachRisk = 'unlikely' | 'risk' | 'highRisk';

/** GDPR 34(3): why the people need not be told of a high-risk breach individually. */
export type SubjectNotificationException = 'dataUnintelligible' | 'riskNoLongerLikely' | 'publicCommunication';

export interface BreachRecord {
  readonly id: string;
  readonly discoveredAt: UtcInstant;
  readonly riskAssessment?: { readonly risk: BreachRisk; readonly assessedAt: UtcInstant; readonly rationale: string } | null;
  readonly apNotifiedAt?: UtcInstant | null;
  /** GDPR 33(1): why the AP was notified after 72 hours. */
  readonly delayReason?: string | null;
  readonly subjectsNotifiedAt?: UtcInstant | null;
  readonly subjectNotificationException?: SubjectNotificationException | null;
}

export type BreachProblem = Codes<
  | 'BREACH.NOT_ASSESSED'
  | 'BREACH.RATIONALE_REQUIRED'
  | 'BREACH.AP_NOTIFICATION_OVERDUE'
  | 'BREACH.DELAY_REASON_REQUIRED'
  | 'BREACH.DISCOVERED_IN_FUTURE'
  | 'BREACH.SUBJECTS_NOT_NOTIFIED'
  | 'BREACH.NOTIFIED_BEFORE_DISCOVERY'
>;

export interface BreachStanding {
  readonly apNotificationDueAt: UtcInstant;
  /** False only for a documented `unlikely` assessment. Not yet assessed: required. */
  readonly apNotificationRequired: boolean;
  /** Notified after the 72 hours. */
  readonly apNotifiedLate: boolean;
  /** Required, not notified, and the 72 hours have passed. */
  readonly apOverdue: boolean;
  /** Hours from `now` to the deadline (negative when passed), while a notification is required and not made; else null. */
  readonly hoursLeft: number | null;
  /** A high risk: the people affected are told (34), unless an exception of 34(3) is recorded. */
  readonly subjectsNotificationRequired: boolean;
  readonly problems: readonly BreachProblem[];
}

const MS_PER_HOUR = 3_600_000;

/**
 * PRV-4: where a breach stands at `now`. Problems: not assessed yet (`BREACH.NOT_ASSESSED`: treated
 * as notifiable until it is), an `unlikely` assessment without a rationale (`RATIONALE_REQUIRED`:
 * then it does not count), the 72 hours passed without a notification (`AP_NOTIFICATION_OVERDUE`),
 * a late notification without its reason (`DELAY_REASON_REQUIRED`), a high risk with nobody told
 * and no 34(3) exception (`SUBJECTS_NOT_NOTIFIED`), a notification dated before the discovery
 * (`NOTIFIED_BEFORE_DISCOVERY`), a discovery after `now` (`DISCOVERED_IN_FUTURE`: the 72 hours
 * would start late).
 */
export function breachStanding(breach: BreachRecord, now: UtcInstant): BreachStanding {
  const discovered = epochMsOf(breach.discoveredAt);
  const dueMs = discovered + BREACH_NOTIFICATION_HOURS * MS_PER_HOUR;
  const apNotificationDueAt = `${new Date(dueMs).toISOString().slice(0, 19)}Z`;
  const problems: BreachProblem[] = [];
  if (discovered > epochMsOf(now)) problems.push('BREACH.DISCOVERED_IN_FUTURE');
  const assessment = breach.riskAssessment ?? null;
  if (assessment === null) problems.push('BREACH.NOT_ASSESSED');
  const documentedUnlikely = assessment?.risk === 'unlikely' && assessment.rationale.trim() !== '';
  if (assessment?.risk === 'unlikely' && !documentedUnlikely) problems.push('BREACH.RATIONALE_REQUIRED');
  const apNotificationRequired = !documentedUnlikely;
  const notified = breach.apNotifiedAt ? epochMsOf(breach.apNotifiedAt) : null;
  if (notified !== null && notified < discovered) problems.push('BREACH.NOTIFIED_BEFORE_DISCOVERY');
  const nowMs = epochMsOf(now);
  const apNotifiedLate = notified !== null && notified > dueMs;
  const apOverdue = apNotificationRequired && notified === null && nowMs > dueMs;
  if (apOverdue) problems.push('BREACH.AP_NOTIFICATION_OVERDUE');
  if ((apNotifiedLate || apOverdue) && !breach.delayReason?.trim()) problems.push('BREACH.DELAY_REASON_REQUIRED');
  const subjectsNotificationRequired = assessment?.risk === 'highRisk' && !breach.subjectNotificationException;
  if (subjectsNotificationRequired && !breach.subjectsNotifiedAt) problems.push('BREACH.SUBJECTS_NOT_NOTIFIED');
  const hoursLeft = apNotificationRequired && notified === null ? Math.floor((dueMs - nowMs) / MS_PER_HOUR) : null;
  return { apNotificationDueAt, apNotificationRequired, apNotifiedLate, apOverdue, hoursLeft, subjectsNotificationRequired, problems };
}
