/**
 * The vocabulary of a match's lifecycle (DOMAIN.md §4 "Matching", §5, §8): from a proposal through
 * the matching conversation, both sides' agreement, the contract, the weekly time and the warm
 * handover to an active match, its getting-to-know period and the coordinator's confirmation; or a
 * decline, which puts the mentee back on the board. A `MatchRecord` holds only recorded facts; its
 * stage is derived from them in one place (`matchStage`).
 */
import type { Weekday } from '../application/index.js';
import type { MatchActivationProblem } from '../consent/activation.js';
import type { SafeguardingRolesProblem } from '../safeguarding/roles.js';
import type { MeetingFormat } from '../programme/settings.js';
import type { IsoDate } from '../calendar/index.js';
import type { Codes } from '../codes.js';


/**
 * Where a match stands, in order (schoolscool-thuismentor-worden.txt: "matchingsgesprek … Als van
 * beide kanten ingestemd wordt, tekenen scholier, ouders en thuismentor een contract. Daarna wordt
 * een geschikt tijdstip in de week overeengekomen en kan de begeleiding beginnen"), plus the two
 * ways a match closes. A step the programme skips (no contract, no matching conversation) is
 * passed over, so a match may go from `agreed` to `scheduled`. A running match may be `suspended`
 * (consent withdrawn, a concern, screening lost) and then resumes as `active` or is ended.
 */
export const MATCH_STAGES = ['proposed', 'introduced', 'agreed', 'contracted', 'scheduled', 'active', 'suspended', 'declined', 'ended'] as const;
export type MatchStage = (typeof MATCH_STAGES)[number];

/**
 * Where a proposal comes from: a suggestion for one mentee or volunteer, a batch proposal, the
 * Parent'R'US speed meeting (preference matching), or the coordinator's own choice outside the
 * suggestions, which needs a reason.
 */
export const MATCH_SOURCES = ['suggestion', 'batch', 'preference', 'manual'] as const;
export type MatchSource = (typeof MATCH_SOURCES)[number];

/**
 * Who signs the contract: the pupil, the parent(s) and the volunteer (School's cool: "tekenen
 * scholier, ouders en thuismentor een contract"), or the parent who is the mentee (Parent'R'US).
 */
export const CONTRACT_SIGNERS = ['pupil', 'parent', 'volunteer', 'mentee'] as const;
export type ContractSigner = (typeof CONTRACT_SIGNERS)[number];

/** The two sides that agree to a match ("Als van beide kanten ingestemd wordt"). */
export const AGREEMENT_SIDES = ['volunteer', 'family'] as const;
export type AgreementSide = (typeof AGREEMENT_SIDES)[number];

/** Who declines a match: either side, or the coordinator (e.g. the match is not confirmed). */
export const DECLINED_BY = ['volunteer', 'family', 'coordinator'] as const;
export type DeclinedBy = (typeof DECLINED_BY)[number];

/** DOMAIN.md §8: why a match that ran was closed. */
export const CLOSURE_REASONS = ['completed', 'menteeStopped', 'mentorStopped', 'moved', 'safeguarding', 'other'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/**
 * Why a running match is suspended at once: a consent it needs was withdrawn (CON-4); a concern
 * suspends it (SAF-11: about the volunteer; SAF-4: acute danger); the volunteer's VOG is due
 * (SCR-4); the volunteer's screening was revoked or a VOG refused (SCR-8: final, the match does
 * not resume); or the coordinator's own decision, with a note.
 */
export const SUSPENSION_REASONS = ['consentWithdrawn', 'concern', 'screeningExpired', 'screeningRevoked', 'coordinator'] as const;
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];

/** One reason a match is suspended, as recorded. A suspension may gather several while it lasts. */
export interface SuspensionGround {
  readonly reason: SuspensionReason;
  readonly on: IsoDate;
  /** Who recorded it (name or person id; the api's system user for an automatic one). */
  readonly by: string;
  /** The concern that suspends the match (`reason: 'concern'`); never shown outside its readers (SAF-10). */
  readonly concernId?: string;
  /** Why, in words; required for the coordinator's own decision. Internal: never sent to the family. */
  readonly note?: string;
}

/**
 * A period in which the match is suspended: from the first ground's day until it is resumed (the
 * day it runs again) or the match is ended. No meeting takes place and no log is written while it
 * lasts; the volunteer reads nothing of the pupil (SCR-7).
 */
export interface MatchSuspension {
  readonly since: IsoDate;
  readonly grounds: readonly SuspensionGround[];
  readonly resumption?: { readonly on: IsoDate; readonly by: string; readonly note?: string };
}

/**
 * How a programme runs a match from proposal to confirmation. Each step a seed has is a setting,
 * not a special case, so a programme can switch it on or off (`matchLifecycleSettingsFor`).
 */
export interface MatchLifecycleSettings {
  /** A matching conversation (matchingsgesprek) with volunteer and family is held before they agree. */
  readonly requireIntroduction: boolean;
  /** School's cool: "Bij dat gesprek is iemand van School's cool aanwezig". */
  readonly organisationRepresentativeRequired: boolean;
  /** Who must sign the contract before the weekly time is agreed; empty: no contract. */
  readonly contractSigners: readonly ContractSigner[];
  /** A weekly time (day, time, format) is agreed before the start; off for mentoring as needed. */
  readonly requireWeeklyTime: boolean;
  /** Thuisschoolmaatje step 5: the school mentor's "warme overdracht" call before the start. */
  readonly requireWarmHandover: boolean;
  /**
   * Parent'R'US 3.3.3: the "kennismakingsfase" lasts "een paar weken", after which the match is
   * confirmed (matching confirmation). Whole weeks; 0: no period, the match is confirmed when it
   * becomes active.
   */
  readonly gettingToKnowWeeks: number;
}

/** The matching conversation as recorded. */
export interface MatchIntroduction {
  readonly heldOn: IsoDate;
  /** Who took part (names or person ids), besides the organisation's representative. */
  readonly attendees: readonly string[];
  /** The organisation's person at the conversation; `null` when nobody was there. */
  readonly organisationRepresentative: string | null;
}

/** The day each side agreed to the match. */
export interface MatchAgreements {
  readonly volunteer?: IsoDate;
  readonly family?: IsoDate;
}

/** One signature on the match contract. Parents may each sign; every other signer signs once. */
export interface ContractSignature {
  readonly signer: ContractSigner;
  /** The person who signed (name or person id). */
  readonly signedBy: string;
  readonly signedOn: IsoDate;
  /** The version of the contract text that was signed; every signature is on the same text. */
  readonly textVersion: string;
}

/** One moment in the week, e.g. Tuesday 19:00. */
export interface WeeklySlot {
  readonly weekday: Weekday;
  /** `HH:MM`, 24-hour clock. */
  readonly time: string;
}

/**
 * "Daarna wordt een geschikt tijdstip in de week overeengekomen": the agreed moments of the week
 * (one home visit for School's cool, three calls for Thuisschoolmaatje), the format and the place.
 */
export interface WeeklyTime {
  readonly slots: readonly WeeklySlot[];
  readonly format: MeetingFormat;
  /** Where they meet, agreed between mentor and mentee (DOMAIN.md §5), e.g. "at home". */
  readonly place?: string;
  readonly agreedOn: IsoDate;
}

/** Thuisschoolmaatje step 5: "Voordat de ondersteuning van start gaat, bel je kort met de vrijwilliger". */
export interface WarmHandover {
  readonly heldOn: IsoDate;
  /** The school mentor who called the volunteer. */
  readonly by: string;
}

/** The coordinator confirms the match after the getting-to-know period (Parent'R'US "matching confirmation"). */
export interface MatchConfirmation {
  readonly confirmedOn: IsoDate;
  readonly by: string;
}

/** A decline, by either side or the coordinator, with the reason. */
export interface MatchDecline {
  readonly by: DeclinedBy;
  readonly reason: string;
  readonly on: IsoDate;
}

/** DOMAIN.md §8: the closure of a match that ran. */
export interface MatchEnd {
  readonly on: IsoDate;
  readonly reason: ClosureReason;
  /** Why, in words; required when the mentee or the mentor stopped (DOMAIN.md §5). */
  readonly note?: string;
}

/** Everything recorded about one match. Nothing is overwritten: each step adds its facts. */
export interface MatchRecord {
  readonly id: string;
  readonly programmeId: string;
  readonly menteeId: string;
  readonly volunteerId: string;
  readonly proposedOn: IsoDate;
  readonly source: MatchSource;
  /** Why the coordinator chose this pair outside the suggestions (`source: 'manual'`). */
  readonly manualReason?: string;
  /** The matching score when the pair came from a suggestion or a batch. */
  readonly score?: number;
  readonly introduction?: MatchIntroduction;
  readonly agreements: MatchAgreements;
  readonly signatures: readonly ContractSignature[];
  /** The day the last required signer signed. */
  readonly contractCompletedOn?: IsoDate;
  readonly weeklyTime?: WeeklyTime;
  readonly warmHandover?: WarmHandover;
  /** The day the match became active (CON-1 checked on that day). */
  readonly startedOn?: IsoDate;
  /**
   * Set on activation: the getting-to-know period runs until this day, from which the coordinator
   * may confirm the match; `null` when the programme has no such period.
   */
  readonly gettingToKnowUntil?: IsoDate | null;
  readonly confirmation?: MatchConfirmation;
  readonly decline?: MatchDecline;
  readonly end?: MatchEnd;
  /** Every suspension, oldest first; only the last may be open (no `resumption`). Absent: never suspended. */
  readonly suspensions?: readonly MatchSuspension[];
}

/**
 * What the coordinator must record next, as data the app shows as a checklist, in order. After the
 * steps before the start comes `activation`; once active, `confirmation` from the day it is allowed.
 */
export type MatchNextStep =
  | { readonly step: 'introduction' }
  | { readonly step: 'agreement'; readonly side: AgreementSide }
  | { readonly step: 'signature'; readonly signer: ContractSigner }
  | { readonly step: 'weeklyTime' }
  | { readonly step: 'warmHandover' }
  | { readonly step: 'activation' }
  | { readonly step: 'confirmation'; readonly from: IsoDate };

/** `nextStepCode`: each checklist step as one code. */
export type MatchNextStepCode =
  | 'MATCH.NEXT.INTRODUCTION'
  | `MATCH.NEXT.AGREEMENT_${Uppercase<AgreementSide>}`
  | `MATCH.NEXT.SIGNATURE_${Uppercase<ContractSigner>}`
  | 'MATCH.NEXT.WEEKLY_TIME'
  | 'MATCH.NEXT.WARM_HANDOVER'
  | 'MATCH.NEXT.ACTIVATION'
  | 'MATCH.NEXT.CONFIRMATION';

/** Why a match step is refused. Namespaced like every domain code; CON-1's codes pass through. */
export type MatchProblem = Codes<
  | 'MATCH.WRONG_STAGE'
  | 'MATCH.DATE_INVALID'
  | 'MATCH.DATE_IN_FUTURE'
  | 'MATCH.DATE_BEFORE_PREVIOUS_STEP'
  | 'MATCH.MANUAL_REASON_REQUIRED'
  | 'MATCH.ATTENDEES_REQUIRED'
  | 'MATCH.REPRESENTATIVE_REQUIRED'
  | 'MATCH.PERSON_REQUIRED'
  | 'MATCH.SIGNER_NOT_REQUIRED'
  | 'MATCH.ALREADY_SIGNED'
  | 'MATCH.CONTRACT_VERSION_REQUIRED'
  | 'MATCH.CONTRACT_VERSION_DIFFERS'
  | 'MATCH.SIGNATURES_MISSING'
  | 'MATCH.TIME_INVALID'
  | 'MATCH.WARM_HANDOVER_MISSING'
  | 'MATCH.GETTING_TO_KNOW_NOT_OVER'
  | 'MATCH.NO_CAPACITY'
  | 'MATCH.ALREADY_OPEN'
  | 'MATCH.SAME_VOLUNTEER_AGAIN'
  | 'MATCH.REASON_REQUIRED'
  | 'MATCH.SETTINGS_INVALID'
  | 'MATCH.SIGNER_NOT_IN_PROGRAMME'
  | 'MATCH.SUSPENSION_FINAL'
  | MatchActivationProblem
  | SafeguardingRolesProblem
>;
