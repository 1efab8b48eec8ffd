/**
 * The vocabulary of a safeguarding concern (DOMAIN.md §6; reference part (a) A2 SAF-1…17 and the
 * concern record of part (b) B1). A concern is an append-only list of entries — the report, the
 * reporter's addenda, each alert and acknowledgement, each step of the Meldcode huiselijk geweld en
 * kindermishandeling — never edited (SAF-2, SAF-12). Its current state is a fold over the entries
 * (`concernState`). Facts (what was seen or heard, the child's words) are kept apart from
 * interpretation in every entry that carries text.
 *
 * Times are UTC instants (`2025-10-14T18:05:00Z`): a concern is about minutes on the acute path
 * (SAF-3). Days are local Amsterdam dates.
 */
import type { IsoDate } from '../calendar/index.js';
import type { UtcInstant } from '../schedule/amsterdam.js';
import type { Codes } from '../codes.js';

/**
 * Whom the concern is about (B1 `subjectType`): the pupil, a sibling, a parent, or a volunteer or
 * staff member (SAF-11: then the case goes to the safeguarding lead and is hidden from that person).
 */
export const CONCERN_SUBJECT_TYPES = ['pupil', 'sibling', 'parent', 'staffOrVolunteer'] as const;
export type ConcernSubjectType = (typeof CONCERN_SUBJECT_TYPES)[number];

/** B1 `category[]`: the Meldcode's scope (domestic violence and child abuse) and other welfare. */
export const CONCERN_CATEGORIES = [
  'physicalAbuse',
  'sexualAbuse',
  'emotionalAbuse',
  'neglect',
  'witnessingDomesticViolence',
  'selfHarm',
  'otherWelfare',
] as const;
export type ConcernCategory = (typeof CONCERN_CATEGORIES)[number];

/**
 * Who acts on a concern (reference A2 "Roles": volunteer → coordinator → board safeguarding lead).
 * `safeguardingLead` covers the leads and their deputies (SAF-17); `system` records only alerts.
 */
export const SAFEGUARDING_ACTOR_ROLES = ['volunteer', 'coordinator', 'safeguardingLead', 'system'] as const;
export type SafeguardingActorRole = (typeof SAFEGUARDING_ACTOR_ROLES)[number];

/** A person (or the system) who appends an entry, as the api authenticated them. */
export interface SafeguardingActor {
  readonly personId: string;
  readonly role: SafeguardingActorRole;
}

/** SAF-12: where a fact comes from; third-party information names its source. */
export type FactSource = { readonly kind: 'ownObservation' } | { readonly kind: 'thirdParty'; readonly who: string };

/** B1 `immediateActionsByReporter`: what the reporter did at once (called 112, stayed with the child). */
export interface ImmediateAction {
  readonly action: string;
  readonly at: UtcInstant;
}

/**
 * The first report (SAF-1). Only `pupilId`, `facts`, `observedOn` and the two questions (`acuteDanger`,
 * `disclosure`) are needed to save it (`openConcern`); everything else may follow in addenda and
 * never blocks saving.
 */
export interface ConcernReport {
  readonly pupilId: string;
  /** The match the reporter knows the pupil from, when there is one. */
  readonly matchId?: string;
  /** Defaults to the pupil. `personId` is required for `staffOrVolunteer` (SAF-11). */
  readonly subject?: { readonly type: ConcernSubjectType; readonly personId?: string };
  /** What was seen or heard, the child's words verbatim in quotes; no opinion (SAF-12; KCSIE). */
  readonly facts: string;
  /** When it was seen or heard (a local date); `observedTime` `HH:MM` when known. */
  readonly observedOn: IsoDate;
  readonly observedTime?: string;
  readonly observedApproximately?: boolean;
  /** Where or how: "home visit", "video call", "a message". */
  readonly context?: string;
  /** "Is the child in danger now?" — must be answered; `null` is not an answer (SAF-1, SAF-3). */
  readonly acuteDanger: boolean | null;
  /** Danger to life: call 112 (implies `acuteDanger`). */
  readonly dangerToLife?: boolean;
  /** The child told about abuse or unsafety, asking for help or not (SAF-5). */
  readonly disclosure: boolean;
  readonly sources?: readonly FactSource[];
  readonly personsPresent?: readonly string[];
  /** Described only; no diagnosis unless from a qualified professional. */
  readonly injuriesObserved?: string;
  readonly immediateActions?: readonly ImmediateAction[];
  /** The reporter's worry or reading of it, kept apart from the facts (SAF-12). */
  readonly interpretation?: string;
  readonly categories?: readonly ConcernCategory[];
  /** SAF-16: the check-in that raised it. */
  readonly fromCheckInId?: string;
}

/** SAF-4: the authorities contacted in acute danger, or a Veilig Thuis report (B1 `authorityContacts`). */
export const AUTHORITY_CONTACT_TYPES = ['emergency112', 'veiligThuisReport'] as const;
export type AuthorityContactType = (typeof AUTHORITY_CONTACT_TYPES)[number];

/**
 * SAF-9: why the parents were not told of a Veilig Thuis report: it would endanger the child, others
 * or the professional (the Augeo exception to "discuss it with the client first"), Veilig Thuis
 * advised against it, or they could not be reached.
 */
export const PARENTS_NOT_INFORMED_REASONS = ['safetyOfChild', 'safetyOfOthers', 'safetyOfProfessional', 'veiligThuisAdvised', 'unreachable', 'other'] as const;
export type ParentsNotInformedReason = (typeof PARENTS_NOT_INFORMED_REASONS)[number];

/** SAF-9: told, on a day; or not, with a reason and an explanation. */
export type ParentsInformed =
  | { readonly informed: true; readonly on: IsoDate }
  | { readonly informed: false; readonly reason: ParentsNotInformedReason; readonly explanation: string };

export interface AuthorityContact {
  readonly type: AuthorityContactType;
  readonly contactedAt: UtcInstant;
  /** Who called (the reporter who called 112 themselves is recorded here by the coordinator). */
  readonly contactedBy: string;
  readonly reference?: string;
  readonly summaryShared: string;
  /** SAF-9: required for a Veilig Thuis report. */
  readonly parentsInformed?: ParentsInformed;
}

/** Meldcode step 2: with whom (B1 `consultations[].type`). */
export const CONSULTATION_TYPES = ['colleague', 'aandachtsfunctionaris', 'veiligThuisAdvice', 'otherExpert'] as const;
export type ConsultationType = (typeof CONSULTATION_TYPES)[number];

export interface Consultation {
  readonly type: ConsultationType;
  readonly who: string;
  readonly on: IsoDate;
  /** SAF-14: `false` for anonymous advice (Veilig Thuis does not need the family's name). */
  readonly identifiableDataShared: boolean;
  readonly adviceSummary: string;
}

/** Who held the step-3 conversation. SAF-8: never a volunteer alone. */
export interface ConversationParticipant {
  readonly name: string;
  readonly role: 'coordinator' | 'safeguardingLead' | 'professional' | 'volunteer';
}

/** Meldcode step 3 (B1 `conversation`): with the parents and/or the child. */
export interface Conversation {
  readonly with: readonly ('parents' | 'pupil' | 'subject' | 'other')[];
  readonly on: IsoDate;
  readonly heldBy: readonly ConversationParticipant[];
  readonly summary: string;
}

/** SAF-8: why step 3 was skipped; a safety risk is the Meldcode's own ground. */
export const CONVERSATION_SKIP_REASONS = ['safetyOfChild', 'safetyOfOthers', 'safetyOfProfessional', 'authoritiesAdvised', 'other'] as const;
export type ConversationSkipReason = (typeof CONVERSATION_SKIP_REASONS)[number];

/** One afwegingskader answer with its written rationale (SAF-7). */
export interface AfwegingskaderAnswer {
  readonly answer: 'yes' | 'no';
  readonly rationale: string;
}

/**
 * The five afwegingsvragen (Meldcode step 4), as far as they apply:
 * 1. Do I suspect, or is there, domestic violence or child abuse?
 * 2. Do I suspect, or is there, acute and/or structural unsafety?
 * 3. Am I able to offer or organise effective help?
 * 4. Do those involved cooperate with the help offered or organised?
 * 5. Does the help lead to lasting safety? (usually answered at the follow-up)
 */
export interface AfwegingskaderAnswers {
  readonly q1?: AfwegingskaderAnswer;
  readonly q2?: AfwegingskaderAnswer;
  readonly q3?: AfwegingskaderAnswer;
  readonly q4?: AfwegingskaderAnswer;
  readonly q5?: AfwegingskaderAnswer;
}

export const AFWEGINGSKADER_QUESTIONS = ['q1', 'q2', 'q3', 'q4', 'q5'] as const;
export type AfwegingskaderQuestion = (typeof AFWEGINGSKADER_QUESTIONS)[number];

/** Meldcode step 5 (B1 `decision.outcomes[]`). */
export const DECISION_OUTCOMES = ['closeNoSuspicion', 'monitor', 'organiseProfessionalHelp', 'reportVeiligThuis', 'emergency112'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** SAF-11: what the decision means for the volunteer or staff member the concern is about. */
export const SUBJECT_OUTCOMES = ['cleared', 'screeningRevoked'] as const;
export type SubjectOutcome = (typeof SUBJECT_OUTCOMES)[number];

export interface ConcernDecision {
  readonly outcomes: readonly DecisionOutcome[];
  readonly rationale: string;
  /** SAF-15: the follow-up review date; `null` only for `closeNoSuspicion` alone. */
  readonly followUpOn: IsoDate | null;
  /** SAF-11: required when the subject is a volunteer or staff member. */
  readonly subjectOutcome?: SubjectOutcome;
}

/** B1 `referrals[]`: professional help called in (wijkteam, huisarts, the school's care team). */
export interface Referral {
  readonly to: string;
  readonly on: IsoDate;
  /** On what the referral rests: consent of the family, or the vital interest of the child. */
  readonly basis: string;
}

/** B1 `followUps[]`, with afwegingskader question 5 (lasting safety). */
export interface FollowUp {
  readonly on: IsoDate;
  readonly q5: AfwegingskaderAnswer;
  readonly notes: string;
  /** The next review; required when the situation is not lastingly safe. */
  readonly nextFollowUpOn: IsoDate | null;
}

/** The facts and interpretation of an addendum (SAF-2, SAF-12); at least one of the two. */
export interface Addendum {
  readonly facts?: string;
  readonly sources?: readonly FactSource[];
  readonly interpretation?: string;
}

/** What one entry records. Each entry is appended once and never changed. */
export type ConcernEntryBody =
  | { readonly kind: 'reported'; readonly report: ConcernReport }
  | { readonly kind: 'addendum'; readonly addendum: Addendum }
  /** SAF-3: an alert went out to this person (recorded by the api when it sends it). */
  | { readonly kind: 'alertSent'; readonly recipientId: string }
  | { readonly kind: 'acknowledged' }
  /** The coordinators who handle the case (SAF-10 readers); replaces the previous assignment. */
  | { readonly kind: 'assigned'; readonly coordinatorIds: readonly string[] }
  /** A coordinator's classification; acute danger can only be raised, never lowered. */
  | { readonly kind: 'classified'; readonly categories?: readonly ConcernCategory[]; readonly acuteDanger?: true; readonly disclosure?: true }
  /** CON-1(iv), SAF-11: whether the concern suspends the pupil's (or the volunteer's) matches. */
  | { readonly kind: 'suspensionSet'; readonly suspendsMatch: boolean; readonly reason: string }
  | { readonly kind: 'authorityContacted'; readonly contact: AuthorityContact }
  /** SAF-4: the documented override of "authorities first", signed by a coordinator and a safeguarding lead. */
  | { readonly kind: 'acuteOverride'; readonly reason: string; readonly signedBy: readonly SafeguardingActor[] }
  /** Meldcode step 1. */
  | { readonly kind: 'signalsMapped'; readonly summary: string }
  /** Meldcode step 2; more than one may be recorded. */
  | { readonly kind: 'consulted'; readonly consultation: Consultation }
  /** Meldcode step 3, held. */
  | { readonly kind: 'conversationHeld'; readonly conversation: Conversation }
  /** Meldcode step 3, skipped (SAF-8). */
  | { readonly kind: 'conversationSkipped'; readonly reason: ConversationSkipReason; readonly explanation: string }
  /** Meldcode step 4: the afwegingskader. */
  | { readonly kind: 'assessed'; readonly answers: AfwegingskaderAnswers }
  /** The coordinator consults the board on the action (schoolscool-thuismentor-worden.txt). */
  | { readonly kind: 'boardConsulted'; readonly participants: readonly string[]; readonly summary: string }
  /** Meldcode step 5. */
  | { readonly kind: 'decided'; readonly decision: ConcernDecision }
  | { readonly kind: 'referred'; readonly referral: Referral }
  | { readonly kind: 'followedUp'; readonly followUp: FollowUp }
  | { readonly kind: 'closed'; readonly reason: string };

export type ConcernEntryKind = ConcernEntryBody['kind'];

/**
 * One stored entry: its body, which concern, its version (1 for the report, then 2, 3, …: the
 * concern's version after it; B1 `version`, `previousVersionId` is `version - 1`), when it was
 * recorded (server UTC) and by whom.
 */
export type ConcernEntry = ConcernEntryBody & {
  readonly concernId: string;
  readonly version: number;
  readonly at: UtcInstant;
  readonly by: SafeguardingActor;
};

/**
 * Where a concern stands (SAF-6), in order: the Meldcode's five steps between the acknowledgement
 * and the follow-up, with the board consulted on the action before the decision. A state is
 * never skipped.
 */
export const CONCERN_STATUSES = [
  'submitted',
  'acknowledged',
  'signalsMapped',
  'consulted',
  'conversationDone',
  'assessed',
  'boardConsulted',
  'decided',
  'followingUp',
  'closed',
] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];

/** A fact with its source and who recorded it (the report's, then each addendum's). */
export interface RecordedFact {
  readonly version: number;
  readonly at: UtcInstant;
  readonly by: SafeguardingActor;
  readonly text: string;
  readonly sources: readonly FactSource[];
}

/** An interpretation, kept apart from the facts (SAF-12). */
export interface RecordedInterpretation {
  readonly version: number;
  readonly at: UtcInstant;
  readonly by: SafeguardingActor;
  readonly text: string;
}

/** A status change as it happened (B1 `statusHistory`). */
export interface StatusChange {
  readonly from: ConcernStatus | null;
  readonly to: ConcernStatus;
  readonly at: UtcInstant;
  readonly by: SafeguardingActor;
  readonly version: number;
}

/** The current state of a concern, folded from its entries (`concernState`). */
export interface ConcernState {
  readonly id: string;
  readonly version: number;
  readonly status: ConcernStatus;
  readonly statusHistory: readonly StatusChange[];
  readonly pupilId: string;
  readonly matchId: string | null;
  readonly subject: { readonly type: ConcernSubjectType; readonly personId: string | null };
  readonly reporter: SafeguardingActor;
  readonly reportedAt: UtcInstant;
  readonly observedOn: IsoDate;
  readonly acuteDanger: boolean;
  /** When the concern became acute: at the report, or when a coordinator raised it. */
  readonly acuteSince: UtcInstant | null;
  readonly dangerToLife: boolean;
  readonly disclosure: boolean;
  readonly categories: readonly ConcernCategory[];
  readonly facts: readonly RecordedFact[];
  readonly interpretations: readonly RecordedInterpretation[];
  readonly alerts: readonly { readonly recipientId: string; readonly at: UtcInstant }[];
  readonly acknowledgement: { readonly by: SafeguardingActor; readonly at: UtcInstant } | null;
  readonly assignedCoordinatorIds: readonly string[];
  readonly authorityContacts: readonly AuthorityContact[];
  readonly acuteOverride: { readonly reason: string; readonly signedBy: readonly SafeguardingActor[]; readonly at: UtcInstant } | null;
  readonly consultations: readonly Consultation[];
  readonly conversation: { readonly held: Conversation } | { readonly skipped: { readonly reason: ConversationSkipReason; readonly explanation: string } } | null;
  readonly assessment: AfwegingskaderAnswers | null;
  readonly boardConsultation: { readonly participants: readonly string[]; readonly summary: string; readonly at: UtcInstant } | null;
  readonly decision: (ConcernDecision & { readonly at: UtcInstant; readonly by: SafeguardingActor }) | null;
  readonly referrals: readonly Referral[];
  readonly followUps: readonly (FollowUp & { readonly at: UtcInstant })[];
  /** CON-1(iv): the concern suspends matches now (see `concernSuspendsMatches`). */
  readonly suspendsMatch: boolean;
  readonly closure: { readonly reason: string; readonly at: UtcInstant; readonly by: SafeguardingActor } | null;
  /** Every entry, in version order: the record itself. */
  readonly entries: readonly ConcernEntry[];
}

/** Every refusal of the safeguarding rules. */
export type SafeguardingProblem = Codes<
  | 'SAFEGUARDING.PUPIL_REQUIRED'
  | 'SAFEGUARDING.FACTS_REQUIRED'
  | 'SAFEGUARDING.OBSERVED_ON_INVALID'
  | 'SAFEGUARDING.OBSERVED_IN_FUTURE'
  | 'SAFEGUARDING.ACUTE_DANGER_UNANSWERED'
  | 'SAFEGUARDING.SUBJECT_PERSON_REQUIRED'
  | 'SAFEGUARDING.SOURCE_UNNAMED'
  | 'SAFEGUARDING.REPORTER_NOT_ALLOWED'
  | 'SAFEGUARDING.SAFETY_QUESTION_UNANSWERED'
  | 'SAFEGUARDING.TIME_INVALID'
  | 'SAFEGUARDING.VERSION_CONFLICT'
  | 'SAFEGUARDING.ENTRY_BEFORE_PREVIOUS'
  | 'SAFEGUARDING.NOT_ALLOWED'
  | 'SAFEGUARDING.SUBJECT_EXCLUDED'
  | 'SAFEGUARDING.CONCERN_CLOSED'
  | 'SAFEGUARDING.STEP_OUT_OF_ORDER'
  | 'SAFEGUARDING.ALREADY_ACKNOWLEDGED'
  | 'SAFEGUARDING.ADDENDUM_EMPTY'
  | 'SAFEGUARDING.TEXT_REQUIRED'
  | 'SAFEGUARDING.DATE_INVALID'
  | 'SAFEGUARDING.ASSIGNEE_REQUIRED'
  | 'SAFEGUARDING.AUTHORITY_CONTACT_REQUIRED'
  | 'SAFEGUARDING.OVERRIDE_NEEDS_TWO_ROLES'
  | 'SAFEGUARDING.PARENTS_INFORMED_REQUIRED'
  | 'SAFEGUARDING.REASON_REQUIRED'
  | 'SAFEGUARDING.CONVERSATION_NOT_BY_VOLUNTEER_ALONE'
  | 'SAFEGUARDING.ANSWER_REQUIRED'
  | 'SAFEGUARDING.RATIONALE_REQUIRED'
  | 'SAFEGUARDING.DISCLOSURE_MEANS_UNSAFETY'
  | 'SAFEGUARDING.OUTCOME_REQUIRED'
  | 'SAFEGUARDING.DECISION_CONTRADICTS_ASSESSMENT'
  | 'SAFEGUARDING.REPORT_REQUIRED_UNSAFETY'
  | 'SAFEGUARDING.REPORT_REQUIRED_NO_HELP'
  | 'SAFEGUARDING.REPORT_REQUIRED_NO_COOPERATION'
  | 'SAFEGUARDING.REPORT_REQUIRED_UNSAFE_DESPITE_HELP'
  | 'SAFEGUARDING.FOLLOW_UP_DATE_REQUIRED'
  | 'SAFEGUARDING.FOLLOW_UP_DATE_INVALID'
  | 'SAFEGUARDING.SUBJECT_OUTCOME_REQUIRED'
  | 'SAFEGUARDING.DECISION_BY_LEAD_REQUIRED'
  | 'SAFEGUARDING.SUSPENSION_REQUIRED_UNTIL_DECIDED'
  | 'SAFEGUARDING.REPORT_NOT_RECORDED'
  | 'SAFEGUARDING.SETTING_INVALID'
>;
