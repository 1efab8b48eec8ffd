/**
 * Erasure of one person on request (GDPR art. 17, "right to be forgotten"), with what the law
 * makes the organisation keep kept (references/safeguarding-consent-security.md part (d), "Art. 17
 * erasure request: check for exceptions first"). From the person's records (every record about or
 * by them, as `RetentionRecord` facts) the plan says what to delete now, what to anonymise, what to
 * keep with its legal reason and until when, and what a person must review. It is carried out
 * within the request's deadline (PRV-2) across tables, search indexes, files and caches; backups
 * expire at their rotation.
 */
import { addMonths, type IsoDate } from '../calendar/index.js';
import type { RecordKind, RetentionRecord, RetentionRuleId } from './records.js';
import { retentionDecision } from './retention.js';
import { refuse, type Refusal } from '../result.js';
import type { RetentionSettings } from './retention-settings.js';
import type { Codes } from '../codes.js';

/**
 * How a record relates to the person: `subject` (it is about them alone, or about their case:
 * their file, their pupil's meeting logs) or `shared` (it is also another person's record: the
 * volunteer's meeting logs of the pupil's match, when the volunteer asks). A shared record loses
 * the person's part (anonymised); a subject record goes.
 */
export type ErasureRelation = 'subject' | 'shared';

/** One of the person's records. `relation` defaults to `subject`. */
export type ErasureItem = RetentionRecord & { readonly relation?: ErasureRelation };

/**
 * Why a record stays despite the request (GDPR 17(3)), for the answer to the person:
 * - `demonstrateConsent`: the organisation must be able to show the consent it relied on (GDPR
 *   7(1), 5(2); kept for the defence of legal claims, 17(3)(e)); R-3.
 * - `taxAdministration`: a legal obligation (17(3)(b)): Algemene wet inzake rijksbelastingen art. 52,
 *   7 years.
 * - `auditTrail`: the log of who accessed whose records (GDPR 5(2) and 32; NEN 7513 as model); R-8.
 * - `complianceRecord`: proof that requests were answered and breaches documented (GDPR 5(2),
 *   33(5)); R-10.
 * - `legalHold`: a legal claim, complaint or authority's request (17(3)(e)).
 * - `notPersonalData`: an aggregate (n ≥ 5) that identifies nobody.
 * The reasons other than tax rest on interpretation: part (d) flags them for legal review.
 */
export type ErasureLegalReason = 'demonstrateConsent' | 'taxAdministration' | 'auditTrail' | 'complianceRecord' | 'legalHold' | 'notPersonalData';

/** The article each reason cites, for the letter to the person. */
export const ERASURE_LEGAL_BASIS: Readonly<Record<ErasureLegalReason, string>> = {
  demonstrateConsent: 'GDPR art. 7(1), 5(2) and 17(3)(e)',
  taxAdministration: 'GDPR art. 17(3)(b); Algemene wet inzake rijksbelastingen art. 52',
  auditTrail: 'GDPR art. 5(2) and 32 (access log; NEN 7513 as model)',
  complianceRecord: 'GDPR art. 5(2) and 33(5)',
  legalHold: 'GDPR art. 17(3)(e)',
  notPersonalData: 'GDPR recital 26 (anonymous information)',
};

/**
 * Why a record goes to a person instead of being erased: a concern (R-4: "Erasure requests for
 * these records are assessed under Art. 17(3) exceptions … and not carried out automatically";
 * CON-11), the record of a volunteer who is the subject of a concern (R-4(c)), or a record a
 * concern that is still open may need.
 */
export type ErasureReviewReason = Codes< 'ERASURE.SAFEGUARDING_RECORD' | 'ERASURE.SUBJECT_OF_CONCERN' | 'ERASURE.OPEN_CONCERN'>;

export interface ErasureEntry {
  readonly id: string;
  readonly kind: RecordKind;
}

export interface KeptRecord extends ErasureEntry {
  readonly legalReason: ErasureLegalReason;
  readonly rule: RetentionRuleId;
  /** The day retention then removes it; null while the reason lasts (a hold, the breach register). */
  readonly until: IsoDate | null;
}

export interface ReviewedRecord extends ErasureEntry {
  readonly reason: ErasureReviewReason;
  readonly rule: 'R-4';
}

export interface ErasurePlan {
  readonly delete: readonly ErasureEntry[];
  readonly anonymise: readonly ErasureEntry[];
  readonly keep: readonly KeptRecord[];
  readonly review: readonly ReviewedRecord[];
  /**
   * What must happen first, as data for the api: the person's running matches end (the mentoring
   * relies on what is erased) and their sessions and calendar feeds stop working.
   */
  readonly consequences: { readonly endRunningMatches: readonly string[]; readonly endSessions: readonly string[] };
}

const SHARED_BY_NATURE: ReadonlySet<RecordKind> = new Set(['match', 'intervisionMeeting', 'preferenceRound', 'staffAccount']);

/** Kept under the law until retention's own date. */
const KEPT_BY_LAW: Readonly<Partial<Record<RecordKind, ErasureLegalReason>>> = {
  allowancePayment: 'taxAdministration',
  expense: 'taxAdministration',
  auditEntry: 'auditTrail',
  subjectRequest: 'complianceRecord',
  breach: 'complianceRecord',
  evaluationAggregate: 'notPersonalData',
};

function concernReview(item: ErasureItem): ErasureReviewReason | null {
  switch (item.kind) {
    case 'concern':
      return 'ERASURE.SAFEGUARDING_RECORD';
    case 'volunteer':
      return item.subjectOfConcern ? 'ERASURE.SUBJECT_OF_CONCERN' : null;
    case 'pupilFile':
    case 'familyMember':
    case 'caseNote':
    case 'consent':
    case 'familyNotification':
      return item.case.openConcern ? 'ERASURE.OPEN_CONCERN' : null;
    case 'match':
    case 'meetingLog':
    case 'checkIn':
      return item.match.openConcern ? 'ERASURE.OPEN_CONCERN' : null;
    default:
      return null;
  }
}

/**
 * The consent proof's end when the rest goes today: `consentProofMonths` after the withdrawal, the
 * refusal, or (still relied on until now) today.
 */
function consentProofUntil(item: ErasureItem, settings: RetentionSettings, today: IsoDate): IsoDate | null {
  if (item.kind === 'consent') return addMonths(item.withdrawnOn ?? (item.decision === 'refused' ? item.decidedOn : today), settings.consentProofMonths);
  if (item.kind === 'familyNotification') return addMonths(today, settings.consentProofMonths);
  return null;
}

/**
 * The erasure plan for one person's records on `today`. In order of precedence:
 * 1. A record under a hold is kept (`legalHold`).
 * 2. Concerns, a volunteer who is the subject of one, and records an open concern may need go to
 *    review (R-4; CON-11): never erased by this plan.
 * 3. Consent records and family notifications are kept as proof for `consentProofMonths` from the
 *    withdrawal, the refusal or today, then go.
 * 4. Payments and expenses (tax), audit rows, the request and breach registers are kept until their
 *    retention date; an aggregate is no personal data.
 * 5. Matches, intervision meetings, speed-meeting rounds and staff accounts, and every record with
 *    relation `shared`, are anonymised: other people's records stay whole without the person.
 * 6. Everything else is deleted now.
 * A record already past its retention date is deleted (or anonymised) whatever the request says.
 */
export function erasurePlan(items: readonly ErasureItem[], settings: RetentionSettings, today: IsoDate): ErasurePlan {
  const plan = { delete: [] as ErasureEntry[], anonymise: [] as ErasureEntry[], keep: [] as KeptRecord[], review: [] as ReviewedRecord[] };
  const endRunningMatches: string[] = [];
  const endSessions: string[] = [];
  for (const item of items) {
    const entry: ErasureEntry = { id: item.id, kind: item.kind };
    const retention = retentionDecision(item, settings, today);
    if (item.kind === 'match' && item.match.endedOn === null && !item.match.declinedOn) endRunningMatches.push(item.id);
    if (item.kind === 'session' || item.kind === 'calendarFeed') endSessions.push(item.id);
    if ((item.holds ?? []).length > 0) {
      plan.keep.push({ ...entry, legalReason: 'legalHold', rule: retention.rule, until: null });
      continue;
    }
    const review = concernReview(item);
    if (review) {
      plan.review.push({ ...entry, reason: review, rule: 'R-4' });
      continue;
    }
    if (retention.action === 'delete' || retention.action === 'anonymise') {
      plan[retention.action].push(entry);
      continue;
    }
    const proofUntil = consentProofUntil(item, settings, today);
    const lawReason = KEPT_BY_LAW[item.kind];
    if (proofUntil !== null) {
      if (proofUntil <= today) plan.delete.push(entry);
      else plan.keep.push({ ...entry, legalReason: 'demonstrateConsent', rule: retention.rule, until: proofUntil });
    } else if (lawReason) {
      plan.keep.push({ ...entry, legalReason: lawReason, rule: retention.rule, until: retention.dueOn });
    } else if (SHARED_BY_NATURE.has(item.kind) || item.relation === 'shared') {
      plan.anonymise.push(entry);
    } else {
      plan.delete.push(entry);
    }
  }
  return { ...plan, consequences: { endRunningMatches, endSessions } };
}

/**
 * Whether an erasure may be carried out now: not while a match of the person runs
 * (`ERASURE.MATCH_RUNNING`). Erasing the family's file would leave a volunteer meeting a child the
 * organisation no longer knows; the coordinator ends the match first (and tells the volunteer),
 * then erases. A proposal still open counts as running: it is one step from starting.
 */
export function erasureRefusal(plan: ErasurePlan): Refusal<'ERASURE.MATCH_RUNNING'> | null {
  return plan.consequences.endRunningMatches.length > 0 ? refuse('ERASURE.MATCH_RUNNING') : null;
}
