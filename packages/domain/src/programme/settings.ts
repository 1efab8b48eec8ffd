/**
 * The settings of a programme (DOMAIN.md "A programme template sets: who the mentee is, required
 * screening steps, required consents, meeting cadence and length, allowed meeting formats, match
 * duration bounds, coordinator check-in interval, which questionnaires are used and when, activity
 * budget and volunteer allowance"). A programme starts from a template's settings
 * (`programmeSettingsFromTemplate`) and a coordinator may adjust them; `validateProgrammeSettings`
 * says which adjustments cannot stand.
 */
import type { MatchingSettings } from '../matching/types.js';
import type { MatchLifecycleSettings } from '../match/types.js';
import type { ConsentRequirements } from '../consent/types.js';
import { refuse, type Refusal } from '../result.js';
import type { ScreeningPolicy } from '../screening/types.js';
import { validateSafeguardingSettings, type SafeguardingSettings } from '../safeguarding/settings.js';

/** Who is mentored: a pupil (with parents involved), a parent, or an adult. */
export type Mentee = 'pupil' | 'parent' | 'adult';

/**
 * How a meeting takes place: the forms of the Parent'R'US meeting log (tool 2: face-to-face,
 * telephone, e-mail, Skype or another web conference tool).
 */
export const MEETING_FORMATS = ['faceToFace', 'phone', 'video', 'email'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

/**
 * How often mentor and mentee meet: `meetings` per `perWeeks` weeks (one home visit a week is
 * 1 per 1; three calls a week 3 per 1; once a fortnight 1 per 2), or as needed.
 */
export type MeetingCadence =
  | { readonly kind: 'regular'; readonly meetings: number; readonly perWeeks: number }
  | { readonly kind: 'asNeeded' };

/** The usual length of one meeting, in minutes (both ends included). */
export interface MeetingLength {
  readonly minMinutes: number;
  readonly maxMinutes: number;
}

/**
 * What a match's length is tied to: a fixed term in months (Parent'R'US), the school year (School's
 * cool), the school closure (Thuisschoolmaatje), or nothing (legal mentorship: the court decides).
 */
export type MatchDurationBasis = 'fixedTerm' | 'schoolYear' | 'schoolClosure' | 'openEnded';

/** Match duration bounds in months; `null` where the basis sets no number. */
export interface MatchDurationBounds {
  readonly basis: MatchDurationBasis;
  readonly minMonths: number | null;
  readonly idealMonths: number | null;
  readonly maxMonths: number | null;
  /**
   * Parent'R'US 3.1: a mentee who wants to go on after the term gets a new mentor rather than an
   * extension, so the relationship does not turn into another kind.
   */
  readonly continueWithNewMentor: boolean;
}

/** Who checks in with the volunteer on the match, and how often (DOMAIN.md §5). */
export interface CheckInSettings {
  /** Days between check-ins; "every two weeks at least" by default. */
  readonly intervalDays: number;
  /** The coordinator, or (Thuisschoolmaatje) the school mentor. */
  readonly by: 'coordinator' | 'schoolMentor';
  /** Parent'R'US 3.3.5: a fixed group meeting of the mentors ("maandelijks of tweewekelijks"); `null` when none. */
  readonly groupIntervisionIntervalDays: number | null;
}

/** The questionnaires of the seeds: Parent'R'US tool 3 (mid-term report) and tool 4 (final report). */
export const QUESTIONNAIRES = ['midTermReport', 'finalReport'] as const;
export type Questionnaire = (typeof QUESTIONNAIRES)[number];

/** A questionnaire a programme uses, when, and who fills it in. */
export interface QuestionnaireUse {
  readonly questionnaire: Questionnaire;
  readonly when: 'midTerm' | 'end';
  /** Both, for the "mirror effect" of the mid-term report. */
  readonly filledInBy: readonly ('mentor' | 'mentee')[];
}

/**
 * Parent'R'US "Typologie": a peer mentor shares characteristics with the mentee (a parent), a
 * non-peer mentor is a teacher or other professional; each organisation chooses.
 */
export type MentorTypology = 'peer' | 'nonPeer' | 'peerOrNonPeer';

/** Everything a coordinator may adjust on a programme created from a template. */
export interface ProgrammeSettings {
  readonly mentee: Mentee;
  /**
   * Parent'R'US: volunteers fill in a self-assessment before the training. It supports their
   * self-reflection and gives the coordinator their profile; it is not a pass/fail screening step.
   */
  readonly selfAssessmentBeforeTraining: boolean;
  readonly screening: ScreeningPolicy;
  /** Which consents, from whom, before a match (CON-1, CON-6, CON-8), and the CON-5 policy. */
  readonly consent: ConsentRequirements;
  readonly cadence: MeetingCadence;
  /** `null` when the seed sets no length (legal mentorship). */
  readonly meetingLength: MeetingLength | null;
  readonly meetingFormats: readonly MeetingFormat[];
  /** Face-to-face is preferred in the seeds; online and phone are the alternatives. */
  readonly preferredMeetingFormat: MeetingFormat;
  readonly matchDuration: MatchDurationBounds;
  readonly checkIn: CheckInSettings;
  readonly questionnaires: readonly QuestionnaireUse[];
  /** The activity budget of one match, in euro cents (museum, sports match, city visit); 0 for none. */
  readonly activityBudgetCentsPerMatch: number;
  /** The volunteer allowance, in euro cents a month, "while funds last"; 0 for none. */
  readonly volunteerAllowanceCentsPerMonth: number;
  readonly mentorTypology: MentorTypology;
  /**
   * DOMAIN.md §2: a programme that waives the VOG shows that waiver on every match. Must be true
   * whenever `screening.steps.vog` is 'waived'.
   */
  readonly showVogWaiverOnMatches: boolean;
  /** How pairs are constrained and scored for this programme (DOMAIN.md §4; see ../matching). */
  readonly matching: MatchingSettings;
  /** Which lifecycle steps a match goes through before it starts (see ../match). */
  readonly lifecycle: MatchLifecycleSettings;
  /**
   * SAF-3, SAF-15: the safeguarding time targets (see ../safeguarding). Absent: the defaults
   * (`safeguardingSettingsOf`); stored programmes from before this setting keep working.
   */
  readonly safeguarding?: SafeguardingSettings;
}

/** DOMAIN.md §5: the coordinator checks in every two weeks at least. */
export const DEFAULT_CHECK_IN_INTERVAL_DAYS = 14;

export type ProgrammeSettingsProblem =
  | 'PROGRAMME.SCREENING_NUMBER_INVALID'
  | 'PROGRAMME.VOG_WAIVER_HIDDEN'
  | 'PROGRAMME.CONSENT_PURPOSE_DUPLICATE'
  | 'PROGRAMME.CONSENT_WITHOUT_GIVER'
  | 'PROGRAMME.CONSENT_GIVER_NOT_IN_PROGRAMME'
  | 'PROGRAMME.MENTORING_CONSENT_REQUIRED'
  | 'PROGRAMME.FAMILY_NOTIFICATION_POLICY_INVALID'
  | 'PROGRAMME.CADENCE_INVALID'
  | 'PROGRAMME.MEETING_LENGTH_INVALID'
  | 'PROGRAMME.NO_MEETING_FORMAT'
  | 'PROGRAMME.PREFERRED_FORMAT_NOT_ALLOWED'
  | 'PROGRAMME.DURATION_INVALID'
  | 'PROGRAMME.FIXED_TERM_WITHOUT_BOUNDS'
  | 'PROGRAMME.CHECK_IN_INTERVAL_INVALID'
  | 'PROGRAMME.QUESTIONNAIRE_WITHOUT_RESPONDENT'
  | 'PROGRAMME.QUESTIONNAIRE_WITHOUT_CONSENT'
  | 'PROGRAMME.AMOUNT_INVALID'
  | 'SAFEGUARDING.SETTING_INVALID';

export type ProgrammeSettingsRefusal = Refusal<ProgrammeSettingsProblem>;

const positiveInteger = (value: number): boolean => Number.isInteger(value) && value > 0;
const nonNegativeInteger = (value: number): boolean => Number.isInteger(value) && value >= 0;

function screeningProblems(screening: ScreeningPolicy): ProgrammeSettingsRefusal[] {
  const refusals: ProgrammeSettingsRefusal[] = [];
  const counts = {
    minReferenceChecks: screening.minReferenceChecks,
    maxVogAgeMonths: screening.maxVogAgeMonths,
    rescreeningIntervalMonths: screening.rescreeningIntervalMonths,
  } as const;
  for (const [field, value] of Object.entries(counts)) {
    if (!positiveInteger(value)) refusals.push(refuse('PROGRAMME.SCREENING_NUMBER_INVALID', `screening.${field}`));
  }
  for (const field of ['renewalReminderDays', 'codeOfConductReacceptDays'] as const) {
    if (!nonNegativeInteger(screening[field])) refusals.push(refuse('PROGRAMME.SCREENING_NUMBER_INVALID', `screening.${field}`));
  }
  if (screening.steps.vog === 'required' && screening.requiredVogAspects.length === 0) {
    refusals.push(refuse('PROGRAMME.SCREENING_NUMBER_INVALID', 'screening.requiredVogAspects'));
  }
  return refusals;
}

function consentProblems(settings: ProgrammeSettings): ProgrammeSettingsRefusal[] {
  const refusals: ProgrammeSettingsRefusal[] = [];
  const { purposes, familyNotification } = settings.consent;
  const seen = new Set<string>();
  for (const requirement of purposes) {
    if (seen.has(requirement.purpose)) refusals.push(refuse('PROGRAMME.CONSENT_PURPOSE_DUPLICATE', 'consent.purposes'));
    seen.add(requirement.purpose);
    if (requirement.givers.length === 0) refusals.push(refuse('PROGRAMME.CONSENT_WITHOUT_GIVER', 'consent.purposes'));
    const aboutPupil = requirement.givers.some((giver) => giver === 'pupil' || giver === 'guardian');
    const fromMentee = requirement.givers.includes('mentee');
    if ((settings.mentee === 'pupil' && fromMentee) || (settings.mentee !== 'pupil' && aboutPupil)) {
      refusals.push(refuse('PROGRAMME.CONSENT_GIVER_NOT_IN_PROGRAMME', 'consent.purposes'));
    }
  }
  // CON-1: a pupil takes part only with their own MENTORING consent (a guardian's follows from
  // CON-8 under 16 and from the programme from 16); a parent mentee gives their own. A legal
  // mentorship rests on the court's appointment, not on consent.
  const mentoring = purposes.find((requirement) => requirement.purpose === 'MENTORING');
  const requiredGiver = settings.mentee === 'pupil' ? 'pupil' : settings.mentee === 'parent' ? 'mentee' : null;
  if (requiredGiver && !(mentoring?.neededToMatch && mentoring.givers.includes(requiredGiver))) {
    refusals.push(refuse('PROGRAMME.MENTORING_CONSENT_REQUIRED', 'consent.purposes'));
  }
  if (!positiveInteger(familyNotification.minAttemptsPerGuardian) || !nonNegativeInteger(familyNotification.minDaysTrying)) {
    refusals.push(refuse('PROGRAMME.FAMILY_NOTIFICATION_POLICY_INVALID', 'consent.familyNotification'));
  }
  return refusals;
}

function meetingProblems(settings: ProgrammeSettings): ProgrammeSettingsRefusal[] {
  const refusals: ProgrammeSettingsRefusal[] = [];
  const { cadence, meetingLength, meetingFormats } = settings;
  if (cadence.kind === 'regular' && !(positiveInteger(cadence.meetings) && positiveInteger(cadence.perWeeks))) {
    refusals.push(refuse('PROGRAMME.CADENCE_INVALID', 'cadence'));
  }
  if (meetingLength && !(positiveInteger(meetingLength.minMinutes) && Number.isInteger(meetingLength.maxMinutes) && meetingLength.minMinutes <= meetingLength.maxMinutes)) {
    refusals.push(refuse('PROGRAMME.MEETING_LENGTH_INVALID', 'meetingLength'));
  }
  if (meetingFormats.length === 0) refusals.push(refuse('PROGRAMME.NO_MEETING_FORMAT', 'meetingFormats'));
  else if (!meetingFormats.includes(settings.preferredMeetingFormat)) {
    refusals.push(refuse('PROGRAMME.PREFERRED_FORMAT_NOT_ALLOWED', 'preferredMeetingFormat'));
  }
  return refusals;
}

function durationProblems({ matchDuration }: ProgrammeSettings): ProgrammeSettingsRefusal[] {
  const { minMonths, idealMonths, maxMonths } = matchDuration;
  const months = [minMonths, idealMonths, maxMonths].filter((value): value is number => value !== null);
  if (months.some((value) => !positiveInteger(value))) return [refuse('PROGRAMME.DURATION_INVALID', 'matchDuration')];
  if (matchDuration.basis === 'fixedTerm' && (minMonths === null || maxMonths === null)) {
    return [refuse('PROGRAMME.FIXED_TERM_WITHOUT_BOUNDS', 'matchDuration')];
  }
  // min ≤ ideal ≤ max, for those that are set.
  const ordered = months.every((value, index) => index === 0 || (months[index - 1] ?? value) <= value);
  return ordered ? [] : [refuse('PROGRAMME.DURATION_INVALID', 'matchDuration')];
}

/**
 * The refusals of a programme's settings, all of them (empty when the settings may be saved), each
 * with the field it concerns:
 *
 * - screening numbers positive (SCR-1/2/4), day counts not negative (SCR-4/6), at least one VOG
 *   aspect when the VOG is required (SCR-3); a waived VOG shown on matches (DOMAIN.md §2);
 * - consent: each purpose once and with a giver; givers that exist in the programme (no 'pupil' or
 *   'guardian' for a parent or adult mentee, no 'mentee' for a pupil programme); MENTORING needed
 *   from the pupil, or from the parent mentee (CON-1); a usable CON-5 policy;
 * - meetings: a positive cadence, a length with 0 < min ≤ max, at least one format, and the
 *   preferred format among them;
 * - duration: whole positive months with min ≤ ideal ≤ max, and min and max for a fixed term;
 * - a positive check-in (and group intervision) interval;
 * - questionnaires with a respondent, and an EVALUATION consent purpose when there are any (CON-6:
 *   questionnaires are an optional purpose of their own);
 * - amounts in whole euro cents, not negative;
 * - safeguarding time targets, when set (`validateSafeguardingSettings`, `SAFEGUARDING.SETTING_INVALID`
 *   on `safeguarding.<name>`).
 */
export function validateProgrammeSettings(settings: ProgrammeSettings): readonly ProgrammeSettingsRefusal[] {
  const refusals: ProgrammeSettingsRefusal[] = [...screeningProblems(settings.screening)];
  if (settings.screening.steps.vog === 'waived' && !settings.showVogWaiverOnMatches) {
    refusals.push(refuse('PROGRAMME.VOG_WAIVER_HIDDEN', 'showVogWaiverOnMatches'));
  }
  refusals.push(...consentProblems(settings), ...meetingProblems(settings), ...durationProblems(settings));
  const { checkIn } = settings;
  if (!positiveInteger(checkIn.intervalDays)) refusals.push(refuse('PROGRAMME.CHECK_IN_INTERVAL_INVALID', 'checkIn.intervalDays'));
  if (checkIn.groupIntervisionIntervalDays !== null && !positiveInteger(checkIn.groupIntervisionIntervalDays)) {
    refusals.push(refuse('PROGRAMME.CHECK_IN_INTERVAL_INVALID', 'checkIn.groupIntervisionIntervalDays'));
  }
  if (settings.questionnaires.some((use) => use.filledInBy.length === 0)) {
    refusals.push(refuse('PROGRAMME.QUESTIONNAIRE_WITHOUT_RESPONDENT', 'questionnaires'));
  }
  if (settings.questionnaires.length > 0 && !settings.consent.purposes.some((requirement) => requirement.purpose === 'EVALUATION')) {
    refusals.push(refuse('PROGRAMME.QUESTIONNAIRE_WITHOUT_CONSENT', 'questionnaires'));
  }
  for (const field of ['activityBudgetCentsPerMatch', 'volunteerAllowanceCentsPerMonth'] as const) {
    if (!nonNegativeInteger(settings[field])) refusals.push(refuse('PROGRAMME.AMOUNT_INVALID', field));
  }
  if (settings.safeguarding) {
    for (const refusal of validateSafeguardingSettings(settings.safeguarding)) refusals.push(refuse(refusal.code, `safeguarding.${refusal.field ?? ''}`));
  }
  return refusals;
}
