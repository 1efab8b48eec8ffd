/**
 * The vocabulary of volunteer screening (DOMAIN.md §2; safeguarding-consent-security.md A3).
 * Dates are calendar dates as ISO strings (`YYYY-MM-DD`): screening is about days, never times,
 * and the domain has no clock, so `today` is always a parameter.
 */

import type { IsoDate } from '../calendar/index.js';
import type { Codes } from '../codes.js';


/** The screening steps a programme may require, in the order a coordinator takes them. */
export const SCREENING_STEPS = ['intakeInterview', 'referenceChecks', 'vog', 'codeOfConduct', 'training'] as const;
export type ScreeningStep = (typeof SCREENING_STEPS)[number];

/**
 * Whether a programme requires a step or waives it. A waived step stays visible on the volunteer
 * (DOMAIN.md §2: "A programme that waives the VOG must show that waiver on every match").
 */
export const STEP_REQUIREMENTS = ['required', 'waived'] as const;
export type StepRequirement = (typeof STEP_REQUIREMENTS)[number];

/** A programme's screening settings. The numbers marked [D] in the reference are settings, not constants. */
export interface ScreeningPolicy {
  readonly steps: Readonly<Record<ScreeningStep, StepRequirement>>;
  /** SCR-1: how many positive reference checks clear the step (BBBS ≥ 3; the reference proposes ≥ 2). */
  readonly minReferenceChecks: number;
  /** SCR-2: the VOG's issue date may be at most this many months before it was seen. Default 3. */
  readonly maxVogAgeMonths: number;
  /** SCR-3: functieaspecten that must be on the VOG's screening profile (risk area 08 Personen). Default ['84']. */
  readonly requiredVogAspects: readonly string[];
  /** SCR-4: re-screening interval; a new VOG is due this many months after the issue date. Default 36. */
  readonly rescreeningIntervalMonths: number;
  /** SCR-4: the renewal reminder goes out this many days before the VOG is due. Default 60. */
  readonly renewalReminderDays: number;
  /** SCR-6: the code-of-conduct version volunteers must have accepted. */
  readonly codeOfConductVersion: string;
  /** SCR-6: days a volunteer has to re-accept a changed code before screening needs action. Default 30. */
  readonly codeOfConductReacceptDays: number;
  /** SCR-6: the date the current code version took effect. */
  readonly codeOfConductVersionSince: IsoDate;
}

export type InterviewOutcome = 'suitable' | 'unsuitable' | 'doubt';

export interface IntakeInterview {
  readonly heldOn: IsoDate;
  readonly interviewer: string;
  readonly notes: string;
  readonly outcome: InterviewOutcome;
}

export interface ReferenceCheck {
  readonly checkedOn: IsoDate;
  readonly refereeName: string;
  readonly outcome: 'positive' | 'negative';
}

/**
 * SCR-5: what is kept of a VOG. No image, no PDF, no copy; when the result is NOT_PROVIDED no
 * reason is stored. Screening aspects are Justis functieaspect codes, e.g. '84'.
 */
export interface VogRegistration {
  readonly seenBy: string;
  readonly seenOn: IsoDate;
  readonly issueDate: IsoDate;
  readonly screeningAspects: readonly string[];
  readonly justisReference?: string;
  readonly result: 'provided' | 'notProvided';
}

export interface VogRecord {
  /** When the coordinator sent the Justis request link. */
  readonly requestedOn?: IsoDate;
  readonly registration?: VogRegistration;
}

export interface CodeOfConductAcceptance {
  readonly signedOn: IsoDate;
  readonly version: string;
}

export interface TrainingCompletion {
  readonly completedOn: IsoDate;
}

/** A decision that ends the application: rejected by the organisation or withdrawn by the applicant. */
export interface ApplicationDecision {
  readonly kind: 'rejected' | 'withdrawn';
  readonly reason: string;
  readonly decidedOn: IsoDate;
}

/** Everything recorded about one volunteer's screening. */
export interface ScreeningRecord {
  readonly intakeInterview?: IntakeInterview;
  readonly referenceChecks: readonly ReferenceCheck[];
  readonly vog: VogRecord;
  readonly codeOfConduct?: CodeOfConductAcceptance;
  readonly training?: TrainingCompletion;
  readonly decision?: ApplicationDecision;
  /** SCR-8: screening revoked by the organisation (e.g. new information); the volunteer cannot be matched. */
  readonly revokedOn?: IsoDate;
}

/** Why a step is not done. Namespaced like every domain code. */
export type ScreeningProblem = Codes<
  | 'SCREENING.STEP_PENDING'
  | 'SCREENING.INTERVIEW_NOT_SUITABLE'
  | 'SCREENING.REFERENCES_TOO_FEW'
  | 'SCREENING.REFERENCE_NEGATIVE'
  | 'SCREENING.VOG_NOT_REQUESTED'
  | 'SCREENING.VOG_NOT_RECEIVED'
  | 'SCREENING.VOG_NOT_PROVIDED'
  | 'SCREENING.VOG_TOO_OLD'
  | 'SCREENING.VOG_ASPECT_MISSING'
  | 'SCREENING.VOG_SEEN_BEFORE_ISSUE'
  | 'SCREENING.VOG_EXPIRED'
  | 'SCREENING.CODE_OF_CONDUCT_OUTDATED'
>;

export type StepState = 'done' | 'pending' | 'failed' | 'expired' | 'waived';

export interface StepAssessment {
  readonly step: ScreeningStep;
  readonly requirement: StepRequirement;
  readonly state: StepState;
  readonly problems: readonly ScreeningProblem[];
  /** The date the step was completed, when it is. */
  readonly doneOn?: IsoDate;
}

/**
 * The volunteer's screening status (reference A3 names): APPLIED (nothing recorded yet),
 * IN_SCREENING, CLEARED (ready to match), ACTION_REQUIRED (SCR-6: matches keep running, no new
 * ones), SCREENING_EXPIRED (SCR-4), REJECTED, WITHDRAWN, REVOKED (SCR-8).
 */
export type ScreeningStatus =
  | 'applied'
  | 'inScreening'
  | 'cleared'
  | 'actionRequired'
  | 'screeningExpired'
  | 'rejected'
  | 'withdrawn'
  | 'revoked';

/**
 * Where an applicant stands in the coordinator's pipeline: the first required step not yet done,
 * or the outcome. One place decides this, so the list, its counts and the status page agree.
 */
export const PIPELINE_STAGES = [
  'intakeInterview',
  'referenceChecks',
  'vog',
  'codeOfConduct',
  'training',
  'readyToMatch',
  'actionRequired',
  'rejected',
  'withdrawn',
] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export interface ScreeningAssessment {
  readonly status: ScreeningStatus;
  readonly stage: PipelineStage;
  readonly readyToMatch: boolean;
  readonly steps: readonly StepAssessment[];
  /** SCR-4: when a new VOG is due (issue date + interval), once a VOG is registered. */
  readonly vogRenewalDue?: IsoDate;
  /** SCR-4: when the renewal reminder is due. */
  readonly vogRenewalReminderOn?: IsoDate;
  /**
   * SCR-6: for a volunteer who signed an older code-of-conduct version, the day from which not
   * having re-accepted makes their screening need action.
   */
  readonly codeOfConductReacceptBy?: IsoDate;
}
