/**
 * The vocabulary of consent (DOMAIN.md §3; safeguarding-consent-security.md A1 CON-1…CON-12 and
 * B2 "Consent record"). Dates are calendar days as ISO strings (`YYYY-MM-DD`), like the rest of
 * the domain: B2's `decidedAt`, `withdrawnAt`, `verifiedAt` and `reconfirmationDueAt` are
 * `decidedOn`, `withdrawnOn`, `verifiedOn` and `reconfirmationDueOn` here (as SCR-5's `seenAt` is
 * `seenOn`). The api keeps the exact instant beside the record for demonstrability (GDPR 7(1)).
 */
import type { IsoDate } from '../calendar/index.js';
import type { Codes } from '../codes.js';


/**
 * CON-6: consent is per purpose. `mentoring` is taking part; `shareContactDetails` is giving the
 * matched volunteer the family's contact details (thuisschoolmaatje-handreiking-mentoren.txt
 * step 5); `shareWithSchool` is contact between the volunteer and the school mentor (the
 * "triangle"); `evaluation` is the questionnaires (Parent'R'US tools 3 and 4); `photoMedia` is
 * pictures in newsletters and reports. The names follow B2.
 */
export const CONSENT_PURPOSES = ['mentoring', 'shareContactDetails', 'shareWithSchool', 'evaluation', 'photoMedia'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * Who gave (or refused) a consent (B2 `giverRole`). `parentWithAuthority` is a parent with
 * parental authority (gezag); `legalGuardian` a court-appointed voogd: together "guardians"
 * (reference A1 notation). `adultMentee` is a mentee who consents for themselves, such as the
 * parent in Parent'R'US. A relative without authority never gives consent: informing one is a
 * `FamilyNotification` (CON-5).
 */
export const CONSENT_GIVER_ROLES = ['pupil', 'parentWithAuthority', 'legalGuardian', 'adultMentee'] as const;
export type ConsentGiverRole = (typeof CONSENT_GIVER_ROLES)[number];

/** The giver roles that hold parental responsibility (GDPR art. 8; CON-1(ii)). */
export const GUARDIAN_ROLES: readonly ConsentGiverRole[] = Object.freeze(['parentWithAuthority', 'legalGuardian']);

/**
 * Whose consent a programme requires for a purpose: the pupil's, a guardian's (either role of
 * `GUARDIAN_ROLES`), or the adult mentee's own.
 */
export const CONSENT_GIVERS = ['pupil', 'guardian', 'mentee'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/** How the statement reached us (brief: in person, phone, paper, portal; B2 `channel`). */
export const CONSENT_METHODS = ['inPerson', 'phone', 'paper', 'portal'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/**
 * B2 `status`: `given` and `refused` are decisions; `withdrawn` is a `given` that was withdrawn (CON-4);
 * `superseded` is a record replaced by a newer one for the same purpose and giver
 * (`supersedesConsentId`), e.g. after a new notice version or the re-confirmation at 16.
 */
export const CONSENT_STATUSES = ['given', 'refused', 'withdrawn', 'superseded'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** B2 `decision`: what the giver said. */
export type ConsentDecision = 'given' | 'refused';

/**
 * CON-12: who put the statement into the system. `coordinator` records what a giver said in person,
 * by phone or on paper. `schoolMentor` does the same: in Thuisschoolmaatje the school mentor asks
 * pupil and parents ("Je vraagt toestemming aan de leerling en ouder(s)/verzorger(s)", seed step
 * 3–4). `giver` is the data subject themselves through the portal. `volunteer` exists so that the rule
 * can refuse it: a volunteer never records, changes or withdraws a consent.
 */
export const CONSENT_RECORDER_ROLES = ['coordinator', 'schoolMentor', 'giver', 'volunteer'] as const;
export type ConsentRecorderRole = (typeof CONSENT_RECORDER_ROLES)[number];

export interface ConsentRecorder {
  readonly personId: string;
  readonly role: ConsentRecorderRole;
}

/**
 * CON-9: how a guardian's parental authority was checked (GDPR 8(2) "reasonable efforts"). No copy
 * of an identity document is kept (PRV-1), so there is no field for one.
 */
export const AUTHORITY_VERIFICATION_METHODS = ['inPersonWithFamily', 'schoolConfirmation', 'signedFormCheckedAgainstId'] as const;
export type AuthorityVerificationMethod = (typeof AUTHORITY_VERIFICATION_METHODS)[number];

export interface AuthorityVerification {
  readonly method: AuthorityVerificationMethod;
  readonly verifiedBy: string;
  readonly verifiedOn: IsoDate;
}

/**
 * CON-7/CON-10: the exact notice text shown (version id plus content hash) and its language. A
 * pupil is shown the child-friendly text (`childFriendly: true`), a guardian or adult the adult one.
 */
export interface ConsentNotice {
  readonly versionId: string;
  readonly contentHash: string;
  /** ISO 639-1, e.g. 'nl', 'ar'. */
  readonly language: string;
  readonly childFriendly: boolean;
}

/** Who may receive the data under a consent (B2 `recipients`). */
export const CONSENT_RECIPIENTS = ['matchedVolunteer', 'school', 'organisation', 'funderAggregated'] as const;
export type ConsentRecipient = (typeof CONSENT_RECIPIENTS)[number];

/** CON-4: a withdrawal. The reason is optional and never required (B2). */
export interface ConsentWithdrawal {
  readonly withdrawnOn: IsoDate;
  readonly withdrawnBy: ConsentRecorder;
  readonly channel: ConsentMethod;
  readonly reason?: string;
}

/**
 * CON-8: who holds the legal consent. Under 16 the guardian's consent is the legal one; from 16 the
 * pupil's. An adult mentee's own consent is its own basis.
 */
export type LegalBasisGiver = 'pupil' | 'guardian' | 'mentee';

/** One consent record: one purpose, one giver (B2 "one per purpose per giver"). */
export interface ConsentRecord {
  readonly id: string;
  /** B2 `subjectPupilId`: whose data it is about, the pupil (or the parent mentee in Parent'R'US). */
  readonly subjectId: string;
  readonly applicationId: string;
  readonly matchId?: string;
  readonly purpose: ConsentPurpose;
  readonly dataCategories: readonly string[];
  readonly recipients: readonly ConsentRecipient[];
  readonly giverPersonId: string;
  readonly giverRole: ConsentGiverRole;
  /** CON-8, for consents about a pupil: see `consentAgeFields`. */
  readonly legalBasisGiver: LegalBasisGiver;
  /** CON-8: the pupil's age on `decidedOn`; absent for an adult mentee. */
  readonly pupilAgeAtConsent?: number;
  /** CON-9: required on a guardian's GIVEN. */
  readonly authorityVerification?: AuthorityVerification;
  /** CON-7/CON-10: the notice shown. */
  readonly notice: ConsentNotice;
  /**
   * CON-7: the giver acted themselves (said yes, signed, ticked an empty box). False for anything
   * pre-filled or inferred from silence; such a record can never be GIVEN.
   */
  readonly affirmativeAction: boolean;
  readonly decision: ConsentDecision;
  readonly decidedOn: IsoDate;
  readonly method: ConsentMethod;
  readonly recordedBy: ConsentRecorder;
  /** B2 `evidence`: a reference only (portal session hash, paper document reference). */
  readonly evidence?: string;
  readonly status: ConsentStatus;
  readonly withdrawal?: ConsentWithdrawal;
  /** CON-8 [D]: the pupil's 16th birthday, when the consent was decided before it. */
  readonly reconfirmationDueOn?: IsoDate;
  readonly supersedesConsentId?: string;
}

/** The person whose data a consent is about: the pupil, or the adult mentee. */
export interface ConsentSubject {
  readonly birthDate: IsoDate;
}

/** Why a guardian could not be reached (CON-5). */
export type ContactAttemptResult = 'noAnswer' | 'noResponse' | 'contactDetailsWrong' | 'languageBarrier';

/** One failed attempt to reach a guardian before a relative is informed. */
export interface GuardianContactAttempt {
  readonly guardianId: string;
  readonly on: IsoDate;
  readonly channel: ConsentMethod | 'email' | 'letter';
  readonly result: ContactAttemptResult;
}

/**
 * CON-5 (B2 "separate types"): a relative informed because the parents could not be reached, "so
 * that the family knows extra support is being set up" (thuisschoolmaatje-handreiking-mentoren.txt
 * step 4). Deliberately not a `ConsentRecord`: it has no purpose, no decision and no giver role,
 * and nothing in the domain accepts it where consent is needed.
 */
export interface FamilyNotification {
  readonly id: string;
  readonly subjectId: string;
  readonly applicationId: string;
  readonly notifiedPersonName: string;
  /** E.g. 'grandmother', 'adult sister', 'uncle'. */
  readonly relationship: string;
  readonly notifiedOn: IsoDate;
  readonly notifiedBy: ConsentRecorder;
  readonly channel: ConsentMethod;
  readonly contentSummary: string;
  readonly guardianContactAttempts: readonly GuardianContactAttempt[];
  readonly reasonParentsUnreachable: string;
}

/** What a programme asks for one purpose. */
export interface ConsentRequirement {
  readonly purpose: ConsentPurpose;
  /**
   * Whose consent the programme asks. Under 16 a guardian's consent is needed wherever the pupil's
   * is, whether or not 'guardian' is listed (CON-8); from 16 'guardian' is programme policy.
   */
  readonly givers: readonly ConsentGiver[];
  /**
   * True when a match may not start without it. False for an optional purpose (questionnaires,
   * photos): asked and recorded, but refusing or withdrawing it never blocks matching (CON-6,
   * GDPR 7(4)).
   */
  readonly neededToMatch: boolean;
}

/** CON-5 [D]: how hard the guardians must have been tried before a relative is informed. */
export interface FamilyNotificationPolicy {
  /** Failed attempts per guardian. Default 2. */
  readonly minAttemptsPerGuardian: number;
  /** Days from the first failed attempt on a guardian to the day a relative is informed. Default 2. */
  readonly minDaysTrying: number;
}

/** A programme's consent settings (DOMAIN.md "A programme template sets: … required consents"). */
export interface ConsentRequirements {
  readonly purposes: readonly ConsentRequirement[];
  readonly familyNotification: FamilyNotificationPolicy;
}

/** Why a consent is not (yet) in place. */
export type ConsentProblem = Codes<
  | 'CONSENT.PUPIL_MISSING'
  | 'CONSENT.GUARDIAN_MISSING'
  | 'CONSENT.MENTEE_MISSING'
  | 'CONSENT.GUARDIAN_NOT_VERIFIED'
  | 'CONSENT.PUPIL_REFUSED'
  | 'CONSENT.GUARDIAN_REFUSED'
  | 'CONSENT.MENTEE_REFUSED'
  | 'CONSENT.PUPIL_WITHDRAWN'
  | 'CONSENT.GUARDIAN_WITHDRAWN'
  | 'CONSENT.MENTEE_WITHDRAWN'
>;

/** The state of one consent, or of a purpose as a whole. */
export type ConsentState = 'given' | 'pending' | 'refused' | 'withdrawn';

/** One giver's standing for one purpose. */
export interface GiverAssessment {
  readonly giver: ConsentGiver;
  readonly state: ConsentState;
  /** True when the law requires it (a guardian under 16, CON-8), not only the programme. */
  readonly legallyRequired: boolean;
  /** The current records that decided the state (superseded ones left out). */
  readonly recordIds: readonly string[];
  readonly problems: readonly ConsentProblem[];
}

export interface PurposeAssessment {
  readonly purpose: ConsentPurpose;
  readonly neededToMatch: boolean;
  /** refused > withdrawn > pending > given, over the givers. */
  readonly state: ConsentState;
  readonly givers: readonly GiverAssessment[];
}

/**
 * What happens next: ask the pupil (always first, CON-2), ask the parents, ask the adult mentee,
 * nothing (`done`: ready to match), or nothing more can be done on this application (`cannotMatch`:
 * refused, CON-3, or withdrawn, CON-4; `blockers` say why).
 */
export type ConsentNextStep = 'askPupil' | 'askParents' | 'askMentee' | 'done' | 'cannotMatch';

export interface ConsentAssessment {
  readonly purposes: readonly PurposeAssessment[];
  /** The consent part of CON-1: every purpose needed to match is given by everyone who must give it. */
  readonly readyToMatch: boolean;
  /** The problems of the purposes needed to match, each once, in purpose order. */
  readonly blockers: readonly ConsentProblem[];
  readonly nextStep: ConsentNextStep;
  /** CON-3: a MENTORING refusal by the pupil or a guardian closes the application. */
  readonly applicationOutcome?: 'closedRefused';
  /** CON-8: the pupil's age today and whose consent is the legal one. */
  readonly subjectAge: number;
  readonly legalBasisGiver: LegalBasisGiver;
  /** CON-5: a relative was informed. Shown to the coordinator; never counted as consent. */
  readonly familyInformed: boolean;
  /**
   * CON-8 [D]: for a pupil who consented before 16, the 16th birthday and whether the pupil must
   * now confirm consent themselves (from that day, until a pupil MENTORING consent decided on or
   * after it exists). A task, not a blocker.
   */
  readonly reconfirmation?: { readonly dueOn: IsoDate; readonly due: boolean };
}
