/**
 * The retention decision (references/safeguarding-consent-security.md part (d), R-1…R-10): for one
 * record, from its facts and today's date, whether it is kept, deleted, anonymised or goes to a
 * person for review, which rule says so, and the day that becomes due.
 *
 * Idempotent by construction: the decision is a function of the facts and the date only, so a
 * nightly job may run it as often as it likes, on every instance; a record deleted or anonymised
 * yesterday simply is not there (or no longer has the facts) today. Part (d) asks for hard
 * deletion or irreversible anonymisation, a log that a deletion happened without its content, and
 * backups that expire at their rotation: that is the api's work; this says what and when.
 */
import { addDays, addMonths, type IsoDate } from '../calendar/index.js';
import { amsterdamDateOf } from '../schedule/amsterdam.js';
import type { PupilCaseFacts, RecordKind, RetentionHoldKind, RetentionRecord, RetentionRuleId } from './records.js';
import type { RetentionSettings } from './retention-settings.js';
import type { Codes } from '../codes.js';

/** What happens to a record at its due date: gone, stripped of everything that identifies anyone, or a person decides. */
export type RetentionEnd = 'delete' | 'anonymise' | 'review';

/** What to do with the record today. */
export type RetentionAction = 'keep' | RetentionEnd;

export type RetentionReason = Codes<
  /** The period runs: kept until `dueOn`. */
  | 'RETENTION.PERIOD_RUNNING'
  /** The period has ended: `action` is `atDue`. */
  | 'RETENTION.PERIOD_ENDED'
  /** Still in use (a running match, an open application, an active volunteer, an unsent e-mail): no date yet. */
  | 'RETENTION.IN_USE'
  /** A concern about the pupil is open: its records stay until it is closed. */
  | 'RETENTION.CONCERN_OPEN'
  /** The person is the subject of a concern (SAF-11) kept under R-4(c). */
  | 'RETENTION.SUBJECT_OF_CONCERN'
  /** A hold (legal claim, open request, authority) stops the end action. */
  | 'RETENTION.HELD'
  /** Kept without an end: an aggregate that is not personal data, the breach register. */
  | 'RETENTION.NO_END'
>;

export interface RetentionDecision {
  readonly recordId: string;
  readonly kind: RecordKind;
  readonly action: RetentionAction;
  readonly rule: RetentionRuleId;
  readonly reason: RetentionReason;
  /** The day the end action becomes due; null while it has no date (in use, open concern, no end). */
  readonly dueOn: IsoDate | null;
  /** What happens on `dueOn`; null for a record kept without end. */
  readonly atDue: RetentionEnd | null;
  /** The holds that keep it (only with reason `RETENTION.HELD`). */
  readonly heldBy?: readonly RetentionHoldKind[];
}

type Outcome = Pick<RetentionDecision, 'rule' | 'reason' | 'dueOn' | 'atDue'> & { readonly action: RetentionAction };

const later = (a: IsoDate, b: IsoDate | null): IsoDate => (b !== null && b > a ? b : a);
const addYears = (date: IsoDate, years: number): IsoDate => addMonths(date, years * 12);

function scheduled(rule: RetentionRuleId, dueOn: IsoDate, atDue: RetentionEnd, today: IsoDate): Outcome {
  return today >= dueOn
    ? { action: atDue, rule, reason: 'RETENTION.PERIOD_ENDED', dueOn, atDue }
    : { action: 'keep', rule, reason: 'RETENTION.PERIOD_RUNNING', dueOn, atDue };
}

const pending = (rule: RetentionRuleId, reason: RetentionReason, atDue: RetentionEnd | null): Outcome => ({ action: 'keep', rule, reason, dueOn: null, atDue });

/** When a pupil's file goes, or why it has no date yet. */
type CaseDue = { readonly rule: RetentionRuleId; readonly dueOn: IsoDate } | { readonly rule: RetentionRuleId; readonly pending: RetentionReason };

function pupilCaseDue(facts: PupilCaseFacts, settings: RetentionSettings): CaseDue {
  const neverMatched = facts.lastMatchEndedOn === null && !facts.runningMatch;
  if (facts.openConcern) return { rule: 'R-4', pending: 'RETENTION.CONCERN_OPEN' };
  if (facts.runningMatch || facts.closedOn === null) return { rule: neverMatched ? 'R-1' : 'R-2', pending: 'RETENTION.IN_USE' };
  const afterClosure = addMonths(facts.closedOn, settings.unmatchedApplicationMonths);
  if (facts.lastMatchEndedOn === null) return { rule: 'R-1', dueOn: afterClosure };
  return { rule: 'R-2', dueOn: later(addMonths(facts.lastMatchEndedOn, settings.pupilFileMonths), afterClosure) };
}

/** The last day the organisation relied on the pupil's case (the later of the last match's end and the closure). */
const caseEndOf = (facts: PupilCaseFacts): IsoDate | null => (facts.closedOn === null ? null : later(facts.closedOn, facts.lastMatchEndedOn));

/**
 * proof of consent outlives the data that relied on it: kept as long as the pupil's file
 * and at least `consentProofMonths` after the last day it was relied on (the withdrawal, the
 * refusal, or the end of the case).
 */
function consentProof(rule: 'R-3' | 'R-9', facts: PupilCaseFacts, reliedUntil: IsoDate | null, settings: RetentionSettings, today: IsoDate): Outcome {
  const file = pupilCaseDue(facts, settings);
  if ('pending' in file) return pending(rule, file.pending, 'delete');
  const proofFrom = reliedUntil ?? caseEndOf(facts) ?? file.dueOn;
  return scheduled(rule, later(file.dueOn, addMonths(proofFrom, settings.consentProofMonths)), 'delete', today);
}

/** From the day after the instant's Dutch day, plus `days`: never on the day a session or code may still be valid. */
const daysAfterInstant = (instant: string, days: number): IsoDate => addDays(amsterdamDateOf(instant), days + 1);

/** The first day after `years` full calendar years following the year of `date` (AWR art. 52: 7 years). */
const afterFiscalYears = (date: IsoDate, years: number): IsoDate => `${String(Number(date.slice(0, 4)) + years + 1).padStart(4, '0')}-01-01`;

function outcomeOf(record: RetentionRecord, settings: RetentionSettings, today: IsoDate): Outcome {
  switch (record.kind) {
    case 'volunteerApplication':
      // "Delete 6 months after the decision, keeping no VOG or refusal reason." Anonymised, so the
      // recruitment funnel per channel keeps its counts (R-1's "anonymised count").
      return record.outcome === 'open' || record.decidedOn === null
        ? pending('R-7', 'RETENTION.IN_USE', 'anonymise')
        : scheduled('R-7', addMonths(record.decidedOn, settings.rejectedApplicantMonths), 'anonymise', today);
    case 'volunteer':
      if (record.subjectOfConcern) return pending('R-4', 'RETENTION.SUBJECT_OF_CONCERN', 'review');
      return record.leftOn === null ? pending('R-5', 'RETENTION.IN_USE', 'delete') : scheduled('R-5', addMonths(record.leftOn, settings.volunteerMonths), 'delete', today);
    case 'vogRegistration':
      return record.leftOn === null ? pending('R-5', 'RETENTION.IN_USE', 'delete') : scheduled('R-5', addMonths(record.leftOn, settings.volunteerMonths), 'delete', today);
    case 'pupilFile':
    case 'familyMember':
    case 'caseNote': {
      const due = pupilCaseDue(record.case, settings);
      return 'pending' in due ? pending(due.rule, due.pending, 'delete') : scheduled(due.rule, due.dueOn, 'delete', today);
    }
    case 'consent': {
      const reliedUntil = record.withdrawnOn ?? (record.decision === 'refused' ? record.decidedOn : caseEndOf(record.case));
      return consentProof('R-3', record.case, reliedUntil, settings, today);
    }
    case 'familyNotification':
      return consentProof('R-9', record.case, caseEndOf(record.case), settings, today);
    case 'match': {
      const { match } = record;
      if (match.openConcern) return pending('R-4', 'RETENTION.CONCERN_OPEN', 'anonymise');
      if (match.declinedOn) return scheduled('R-1', addMonths(match.declinedOn, settings.unmatchedApplicationMonths), 'anonymise', today);
      return match.endedOn === null ? pending('R-2', 'RETENTION.IN_USE', 'anonymise') : scheduled('R-2', addMonths(match.endedOn, settings.pupilFileMonths), 'anonymise', today);
    }
    case 'meetingLog':
    case 'checkIn': {
      const { match } = record;
      if (match.openConcern) return pending('R-4', 'RETENTION.CONCERN_OPEN', 'delete');
      const end = match.endedOn ?? match.declinedOn ?? null;
      return end === null ? pending('R-2', 'RETENTION.IN_USE', 'delete') : scheduled('R-2', addMonths(end, settings.pupilFileMonths), 'delete', today);
    }
    case 'preferenceRound':
      return scheduled('R-1', addMonths(record.lastUsedOn, settings.unmatchedApplicationMonths), 'delete', today);
    case 'intervisionMeeting':
      return scheduled('R-2', addMonths(record.heldOn, settings.pupilFileMonths), 'delete', today);
    case 'concern': {
      // never deleted automatically; a person reviews. (a) closed without suspicion, no pattern:
      // review after 2 years. (b) report, referral, chronology, (c) allegation, and any other
      // closure (the conservative branch): review when the pupil turns 25.
      if (record.closedOn === null) return pending('R-4', 'RETENTION.CONCERN_OPEN', 'review');
      const serious = record.ledToReportOrReferral || record.partOfChronology || record.aboutStaffOrVolunteer || !record.closedWithoutSuspicion;
      const dueOn = serious ? addYears(record.pupilBirthDate, settings.concernReviewAtPupilAge) : addMonths(record.closedOn, settings.concernNoSuspicionReviewMonths);
      return scheduled('R-4', dueOn, 'review', today);
    }
    case 'evaluationResponse':
      return record.roundClosedOn === null
        ? pending('R-6', 'RETENTION.IN_USE', 'anonymise')
        : scheduled('R-6', addMonths(record.roundClosedOn, settings.evaluationRawMonths), 'anonymise', today);
    case 'evaluationAggregate':
      return pending('R-6', 'RETENTION.NO_END', null);
    case 'auditEntry':
      return scheduled('R-8', addYears(amsterdamDateOf(record.at), settings.auditLogYears), 'delete', today);
    case 'subjectRequest':
      return record.completedOn === null
        ? pending('R-10', 'RETENTION.IN_USE', 'delete')
        : scheduled('R-10', addMonths(record.completedOn, settings.subjectRequestMonths), 'delete', today);
    case 'breach':
      if (settings.breachRegisterYears === null) return pending('R-10', 'RETENTION.NO_END', null);
      return record.closedOn === null ? pending('R-10', 'RETENTION.IN_USE', 'delete') : scheduled('R-10', addYears(record.closedOn, settings.breachRegisterYears), 'delete', today);
    case 'allowancePayment':
      return scheduled('AWR-52', afterFiscalYears(record.paidOn, settings.financialYears), 'delete', today);
    case 'expense':
      return scheduled('AWR-52', afterFiscalYears(record.spentOn, settings.financialYears), 'delete', today);
    case 'session': {
      const ended = record.endedAt && record.endedAt < record.expiresAt ? record.endedAt : record.expiresAt;
      return scheduled('GDPR-5-1-e', daysAfterInstant(ended, settings.sessionDays), 'delete', today);
    }
    case 'signInCode':
      return scheduled('GDPR-5-1-e', daysAfterInstant(record.usedAt ?? record.expiresAt, settings.signInCodeDays), 'delete', today);
    case 'sentEmail':
      return record.sentAt === null
        ? pending('GDPR-5-1-e', 'RETENTION.IN_USE', 'delete')
        : scheduled('GDPR-5-1-e', addDays(amsterdamDateOf(record.sentAt), settings.sentEmailDays), 'delete', today);
    case 'calendarFeed': {
      const end = record.revokedOn ?? record.subjectInactiveSince;
      return end === null ? pending('GDPR-5-1-e', 'RETENTION.IN_USE', 'delete') : scheduled('GDPR-5-1-e', end, 'delete', today);
    }
    case 'staffAccount':
      return record.deactivatedOn === null
        ? pending('GDPR-5-1-e', 'RETENTION.IN_USE', 'anonymise')
        : scheduled('GDPR-5-1-e', addMonths(record.deactivatedOn, settings.staffAccountMonths), 'anonymise', today);
  }
}

/**
 * The retention decision for one record on `today`. Holds come first: a record under a legal
 * claim, an open data-subject request or an authority's request is kept (`RETENTION.HELD`, with the
 * hold kinds) whatever its period says, and the decision still shows the rule, due date and end
 * action that apply once the hold is lifted.
 *
 * Per kind (defaults from part (d); every period is a `RetentionSettings` field):
 * - a pupil never matched, 6 months after the nomination closed (delete); a declined proposal
 *   (anonymise) and a speed-meeting round likewise.
 * - the pupil's file, family, case notes, meeting logs, check-ins and intervision notes, 2 years
 *   after the (last) match ended (delete; the match record itself is anonymised for the reports).
 *   A pupil still waiting or continuing is in use.
 * - a consent record, as long as the file and at least 2 years after it was last relied on.
 * - concerns are reviewed, never deleted by a job; while a concern about the pupil is open the
 *   file, the match and its logs stay; a volunteer who is the subject of a concern stays.
 * - a volunteer and their VOG facts, 1 year after leaving. R-6: raw answers anonymised 1 year
 *   after the round; aggregates kept. R-7: a rejected or withdrawn volunteer applicant, anonymised
 *   6 months after the decision. R-8: audit rows, 5 years. R-9: a family notification as consent.
 *   requests 2 years after completion; the breach register kept (settable).
 * - AWR-52: allowance payments and expenses until 7 full calendar years after the year paid.
 * - GDPR-5-1-e: sessions and sign-in codes from the day after they ended or were used, sent
 *   e-mails after 90 days, revoked calendar feeds at once, deactivated staff accounts anonymised
 *   after 12 months.
 */
export function retentionDecision(record: RetentionRecord, settings: RetentionSettings, today: IsoDate): RetentionDecision {
  const outcome = outcomeOf(record, settings, today);
  const decision: RetentionDecision = { recordId: record.id, kind: record.kind, ...outcome };
  const holds = record.holds ?? [];
  // A hold matters where the record would go (now or at a date); a record in use is kept anyway.
  const wouldGo = outcome.action !== 'keep' || outcome.reason === 'RETENTION.PERIOD_RUNNING';
  if (holds.length === 0 || !wouldGo) return decision;
  return { ...decision, action: 'keep', reason: 'RETENTION.HELD', heldBy: [...new Set(holds.map((hold) => hold.kind))] };
}

/**
 * The decisions for many records, and the ones the nightly job must act on today (delete,
 * anonymise, or put before a person for review), in the input order.
 */
export function retentionRun(
  records: readonly RetentionRecord[],
  settings: RetentionSettings,
  today: IsoDate,
): { readonly decisions: readonly RetentionDecision[]; readonly due: readonly RetentionDecision[] } {
  const decisions = records.map((record) => retentionDecision(record, settings, today));
  return { decisions, due: decisions.filter((decision) => decision.action !== 'keep') };
}
