/**
 * Every kind of record the system keeps about a person, with the facts its retention depends on
 * (references/safeguarding-consent-security.md part (d)). The api reads the facts from the
 * database (a few dates and flags per record) and the domain decides; nothing here holds the
 * personal data itself.
 */
import type { IsoDate } from '../calendar/index.js';
import type { UtcInstant } from '../schedule/amsterdam.js';

/**
 * The rule a decision rests on: R-1…R-10 of part (d); `GDPR-5-1-e` (storage limitation: keep no
 * longer than needed) for the technical records part (d) does not name; `AWR-52` for the tax
 * administration (Algemene wet inzake rijksbelastingen art. 52: 7 years).
 */
export const RETENTION_RULES = ['R-1', 'R-2', 'R-3', 'R-4', 'R-5', 'R-6', 'R-7', 'R-8', 'R-9', 'R-10', 'GDPR-5-1-e', 'AWR-52'] as const;
export type RetentionRuleId = (typeof RETENTION_RULES)[number];

/**
 * Something that stops deletion whatever the period says: a legal claim or complaint (GDPR
 * 17(3)(e)), an open data-subject request that covers the record (its answer must show it), or a
 * request from an authority (police, Veilig Thuis, the AP).
 */
export type RetentionHoldKind = 'legalClaim' | 'openSubjectRequest' | 'authorityRequest';

export interface RetentionHold {
  readonly kind: RetentionHoldKind;
  readonly since: IsoDate;
  readonly note?: string;
}

/**
 * What is known of a pupil's case, shared by every record of the pupil and the family: the
 * nomination's closure, whether a match runs, when the last one ended, whether a concern about the
 * pupil is still open.
 */
export interface PupilCaseFacts {
  /** The nomination was closed (no longer waiting, not continuing); null while the pupil is in the programme. */
  readonly closedOn: IsoDate | null;
  readonly runningMatch: boolean;
  /** The end of the pupil's latest match; null when never matched. */
  readonly lastMatchEndedOn: IsoDate | null;
  readonly openConcern: boolean;
}

/** What is known of one match, for the records that belong to it. */
export interface MatchFacts {
  /** Null while the match runs (or was declined: see `declinedOn`). */
  readonly endedOn: IsoDate | null;
  /** A proposal declined before it started (R-1: it never became a match). */
  readonly declinedOn?: IsoDate | null;
  /** An open concern about the match's pupil: the records may be part of its chronology. */
  readonly openConcern: boolean;
}

interface Base {
  readonly id: string;
  readonly holds?: readonly RetentionHold[];
}

/** A volunteer applicant who was not accepted, or withdrew (interview notes, reference checks and VOG facts included). */
export interface VolunteerApplicationRecord extends Base {
  readonly kind: 'volunteerApplication';
  readonly outcome: 'open' | 'rejected' | 'withdrawn';
  readonly decidedOn: IsoDate | null;
}

/** An accepted volunteer's record (profile, interview, reference checks, code of conduct, training, intervision attendance). */
export interface VolunteerRecord extends Base {
  readonly kind: 'volunteer';
  /** The agreement ended (stopped, revoked, moved away); null while a volunteer. */
  readonly leftOn: IsoDate | null;
  /** The volunteer is the subject of a concern (SAF-11) that is open or still kept under R-4(c). */
  readonly subjectOfConcern: boolean;
}

/** The VOG facts of a volunteer (SCR-5: never the document). */
export interface VogRegistrationRecord extends Base {
  readonly kind: 'vogRegistration';
  readonly leftOn: IsoDate | null;
}

/** The pupil's file: nomination, help request, matching profile. */
export interface PupilFileRecord extends Base {
  readonly kind: 'pupilFile';
  readonly case: PupilCaseFacts;
}

/** A parent, guardian or relative of a pupil. */
export interface FamilyMemberRecord extends Base {
  readonly kind: 'familyMember';
  readonly case: PupilCaseFacts;
}

/** A coordinator's note on a pupil. */
export interface CaseNoteRecord extends Base {
  readonly kind: 'caseNote';
  readonly case: PupilCaseFacts;
}

/** A consent decision (including refusals and withdrawals). */
export interface ConsentRecordFacts extends Base {
  readonly kind: 'consent';
  readonly case: PupilCaseFacts;
  readonly decision: 'given' | 'refused';
  readonly decidedOn: IsoDate;
  readonly withdrawnOn: IsoDate | null;
}

/** A relative informed because the parents could not be reached (CON-5), with the recorded attempts to reach them. */
export interface FamilyNotificationRecord extends Base {
  readonly kind: 'familyNotification';
  readonly case: PupilCaseFacts;
  readonly notifiedOn: IsoDate;
}

/** A match (proposal to closure); anonymised, not deleted, so reports keep their counts. */
export interface MatchRecordFacts extends Base {
  readonly kind: 'match';
  readonly match: MatchFacts;
}

/** A volunteer's meeting log. */
export interface MeetingLogRecord extends Base {
  readonly kind: 'meetingLog';
  readonly match: MatchFacts;
}

/** A coordinator's check-in on a match. */
export interface CheckInRecord extends Base {
  readonly kind: 'checkIn';
  readonly match: MatchFacts;
}

/** The rankings of a speed-meeting round (Parent'R'US / IPA). */
export interface PreferenceRoundRecord extends Base {
  readonly kind: 'preferenceRound';
  readonly lastUsedOn: IsoDate;
}

/** A group intervision meeting's notes and attendance. */
export interface IntervisionMeetingRecord extends Base {
  readonly kind: 'intervisionMeeting';
  readonly heldOn: IsoDate;
}

/** The reference's concern categories that decide R-4's branch. */
export interface ConcernRecordFacts extends Base {
  readonly kind: 'concern';
  readonly closedOn: IsoDate | null;
  /** Closed with `CLOSE_NO_SUSPICION` as the only outcome. */
  readonly closedWithoutSuspicion: boolean;
  /** Led to a Veilig Thuis report, 112/police contact or a professional referral. */
  readonly ledToReportOrReferral: boolean;
  /** Linked to other concerns about the pupil (SAF-13: a pattern). */
  readonly partOfChronology: boolean;
  /** SAF-11: an allegation against a volunteer or staff member. */
  readonly aboutStaffOrVolunteer: boolean;
  readonly pupilBirthDate: IsoDate;
}

/** Raw questionnaire answers (EVA-2: under a pseudonymous key). */
export interface EvaluationResponseRecord extends Base {
  readonly kind: 'evaluationResponse';
  readonly roundClosedOn: IsoDate | null;
}

/** A report's aggregate (n ≥ 5, EVA-2): not personal data, kept. */
export interface EvaluationAggregateRecord extends Base {
  readonly kind: 'evaluationAggregate';
}

/** One row of the audit log. */
export interface AuditEntryRecord extends Base {
  readonly kind: 'auditEntry';
  readonly at: UtcInstant;
}

/** A data-subject request in the register (PRV-2). */
export interface SubjectRequestRecord extends Base {
  readonly kind: 'subjectRequest';
  readonly completedOn: IsoDate | null;
}

/** A breach in the register (PRV-4). */
export interface BreachRecordFacts extends Base {
  readonly kind: 'breach';
  readonly closedOn: IsoDate | null;
}

/** A volunteer allowance payment (tax administration). */
export interface AllowancePaymentRecord extends Base {
  readonly kind: 'allowancePayment';
  readonly paidOn: IsoDate;
}

/** An expense from a match's activity budget (tax administration). */
export interface ExpenseRecord extends Base {
  readonly kind: 'expense';
  readonly spentOn: IsoDate;
}

/** A signed-in session. */
export interface SessionRecord extends Base {
  readonly kind: 'session';
  readonly expiresAt: UtcInstant;
  /** Logged out or ended by a coordinator (SCR-8). */
  readonly endedAt?: UtcInstant | null;
}

/** A one-time sign-in code or password link. */
export interface SignInCodeRecord extends Base {
  readonly kind: 'signInCode';
  readonly expiresAt: UtcInstant;
  readonly usedAt: UtcInstant | null;
}

/** An e-mail in the outbox. */
export interface SentEmailRecord extends Base {
  readonly kind: 'sentEmail';
  /** Null while not yet delivered (it is still needed). */
  readonly sentAt: UtcInstant | null;
}

/** A secret calendar-feed link. */
export interface CalendarFeedRecord extends Base {
  readonly kind: 'calendarFeed';
  readonly revokedOn: IsoDate | null;
  /** The person no longer has a running match or role that the feed shows. */
  readonly subjectInactiveSince: IsoDate | null;
}

/** A coordinator, admin or school mentor account. */
export interface StaffAccountRecord extends Base {
  readonly kind: 'staffAccount';
  readonly deactivatedOn: IsoDate | null;
}

/** Any record the retention schedule covers. */
export type RetentionRecord =
  | VolunteerApplicationRecord
  | VolunteerRecord
  | VogRegistrationRecord
  | PupilFileRecord
  | FamilyMemberRecord
  | CaseNoteRecord
  | ConsentRecordFacts
  | FamilyNotificationRecord
  | MatchRecordFacts
  | MeetingLogRecord
  | CheckInRecord
  | PreferenceRoundRecord
  | IntervisionMeetingRecord
  | ConcernRecordFacts
  | EvaluationResponseRecord
  | EvaluationAggregateRecord
  | AuditEntryRecord
  | SubjectRequestRecord
  | BreachRecordFacts
  | AllowancePaymentRecord
  | ExpenseRecord
  | SessionRecord
  | SignInCodeRecord
  | SentEmailRecord
  | CalendarFeedRecord
  | StaffAccountRecord;

export type RecordKind = RetentionRecord['kind'];

/** Every record kind, in the order of the README's retention table. */
export const RECORD_KINDS = [
  'volunteerApplication',
  'volunteer',
  'vogRegistration',
  'pupilFile',
  'familyMember',
  'caseNote',
  'consent',
  'familyNotification',
  'match',
  'meetingLog',
  'checkIn',
  'preferenceRound',
  'intervisionMeeting',
  'concern',
  'evaluationResponse',
  'evaluationAggregate',
  'auditEntry',
  'subjectRequest',
  'breach',
  'allowancePayment',
  'expense',
  'session',
  'signInCode',
  'sentEmail',
  'calendarFeed',
  'staffAccount',
] as const satisfies readonly RecordKind[];

type UnlistedKinds = Exclude<RecordKind, (typeof RECORD_KINDS)[number]>;
/** Fails to compile when a record kind is added to the union but not to `RECORD_KINDS`. */
const _everyKindListed: [UnlistedKinds] extends [never] ? true : never = true;
