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
import { DEFAULT_MINIMUM_GROUP_SIZE } from '../reporting/small-numbers.js';
import type { ScreeningPolicy } from '../screening/types.js';
import { validateSafeguardingSettings, type SafeguardingSettings } from '../safeguarding/settings.js';
import type { Codes } from '../codes.js';

/** Who is mentored: a pupil (with parents involved), a parent, or an adult. */
export const MENTEES = ['pupil', 'parent', 'adult'] as const;
export type Mentee = (typeof MENTEES)[number];

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
export const MATCH_DURATION_BASES = ['fixedTerm', 'schoolYear', 'schoolClosure', 'openEnded'] as const;
export type MatchDurationBasis = (typeof MATCH_DURATION_BASES)[number];

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

/** Who checks in with the volunteer: the coordinator, or (Thuisschoolmaatje) the school mentor. */
export const CHECK_IN_BY = ['coordinator', 'schoolMentor'] as const;
export type CheckInBy = (typeof CHECK_IN_BY)[number];

/** Who checks in with the volunteer on the match, and how often (DOMAIN.md §5). */
export interface CheckInSettings {
  /** Days between check-ins; "every two weeks at least" by default. */
  readonly intervalDays: number;
  /** The coordinator, or (Thuisschoolmaatje) the school mentor. */
  readonly by: CheckInBy;
  /** Parent'R'US 3.3.5: a fixed group meeting of the mentors ("maandelijks of tweewekelijks"); `null` when none. */
  readonly groupIntervisionIntervalDays: number | null;
}

/**
 * A questionnaire is named by the id of its definition (`@driehoek/domain/evaluation`): one the
 * domain ships (Parent'R'US tools 3 and 4 as 'midTermReport' and 'finalReport',
 * 'schoolsCoolEndOfMatch', 'thuisschoolmaatjeEndOfMatch') or a programme's own, which the api
 * stores as data. `checkQuestionnaireUses` (evaluation) checks that the ids exist.
 */
export type QuestionnaireId = string;

/** A definition id: letters, digits, '.', '_' or '-', 1–100 characters, starting with a letter. */
export const isQuestionnaireId = (value: string): boolean => /^[A-Za-z][A-Za-z0-9._-]{0,99}$/.test(value);

/**
 * When a questionnaire goes out (DOMAIN.md §7): at the middle of the planned duration (Parent'R'US
 * tool 3, "at the mid-term of the mentoring process"), or at the end (tool 4, "at the end of the
 * mentoring process"): the planned end, or the closure when the match closes before it.
 */
export const QUESTIONNAIRE_MOMENTS = ['midTerm', 'end'] as const;
export type QuestionnaireMoment = (typeof QUESTIONNAIRE_MOMENTS)[number];

/**
 * Who fills a questionnaire in, by their place in the match: the mentee (the pupil; in
 * Parent'R'US the parent), the mentor (the volunteer; the seed's "I am a: Mentee / Mentor"), and
 * in a pupil programme the pupil's parents and the school mentor (the triangle, multi-informant).
 * The evaluation module turns a role into the respondent who reads the wording (`respondentFor`).
 */
export const QUESTIONNAIRE_ROLES = ['mentee', 'mentor', 'parent', 'schoolMentor'] as const;
export type QuestionnaireRole = (typeof QUESTIONNAIRE_ROLES)[number];

/**
 * The roles a kind of programme has: a pupil programme all four; a parent programme (the parent
 * is the mentee) mentee and mentor; a legal mentorship only the mentor (the adult mentee's
 * participation rests on a court order, not on consent, so nobody asks them to evaluate).
 */
export const QUESTIONNAIRE_ROLES_BY_MENTEE: Readonly<Record<Mentee, readonly QuestionnaireRole[]>> = Object.freeze({
  pupil: Object.freeze(['mentee', 'mentor', 'parent', 'schoolMentor'] as const),
  parent: Object.freeze(['mentee', 'mentor'] as const),
  adult: Object.freeze(['mentor'] as const),
});

/**
 * When exactly an invitation goes out, is reminded and expires, in days ([D]: settings, not
 * constants). `offsetDays` moves the moment (the middle, or the planned end; negative is before);
 * `closureOffsetDays` moves the end when the match closes before its planned end;
 * `reminderAfterDays` is the one reminder after the invitation (`null`: none); the invitation
 * expires `expiresAfterDays` after it went out.
 */
export interface QuestionnaireTiming {
  readonly offsetDays: number;
  readonly closureOffsetDays: number;
  readonly reminderAfterDays: number | null;
  readonly expiresAfterDays: number;
}

/** [D]: at the moment itself, one reminder after a week, four weeks to answer. */
export const DEFAULT_QUESTIONNAIRE_TIMING: QuestionnaireTiming = Object.freeze({
  offsetDays: 0,
  closureOffsetDays: 0,
  reminderAfterDays: 7,
  expiresAfterDays: 28,
});

/** A questionnaire a programme uses, when, and who fills it in. */
export interface QuestionnaireUse {
  readonly questionnaire: QuestionnaireId;
  readonly when: QuestionnaireMoment;
  /** Both mentor and mentee, for the "mirror effect" of the mid-term report. */
  readonly filledInBy: readonly QuestionnaireRole[];
  /** Absent: `DEFAULT_QUESTIONNAIRE_TIMING` (programmes saved before timing existed have none). */
  readonly timing?: QuestionnaireTiming;
}

/** The timing of a use: its own, or the default. */
export const questionnaireTimingOf = (use: QuestionnaireUse): QuestionnaireTiming => use.timing ?? DEFAULT_QUESTIONNAIRE_TIMING;

/**
 * How a programme reports evaluation results ([D] number of the reference). EVA-2: reports show
 * only figures resting on at least `minRespondentsPerFigure` respondents. How long raw answers are
 * kept (EVA-5, R-6) is a retention setting of the privacy module (`evaluationRawMonths`).
 */
export interface EvaluationPolicy {
  readonly minRespondentsPerFigure: number;
}

/** EVA-2 "n ≥ 5": the reporting module's small-numbers minimum, so both say the same by default. */
export const DEFAULT_EVALUATION_POLICY: EvaluationPolicy = Object.freeze({ minRespondentsPerFigure: DEFAULT_MINIMUM_GROUP_SIZE });

/** EVA-2: below two there is no aggregate at all, only one person's answer. */
export const MIN_RESPONDENTS_PER_FIGURE_FLOOR = 2;

/** A programme's evaluation policy: its own, or the default (for programmes saved before it existed). */
export const evaluationPolicyOf = (settings: ProgrammeSettings): EvaluationPolicy => settings.evaluation ?? DEFAULT_EVALUATION_POLICY;

/**
 * Parent'R'US "Typologie": a peer mentor shares characteristics with the mentee (a parent), a
 * non-peer mentor is a teacher or other professional; each organisation chooses.
 */
export const MENTOR_TYPOLOGIES = ['peer', 'nonPeer', 'peerOrNonPeer'] as const;
export type MentorTypology = (typeof MENTOR_TYPOLOGIES)[number];

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
  /** Which questionnaires, when and for whom (DOMAIN.md "which questionnaires are used and when"). */
  readonly questionnaires: readonly QuestionnaireUse[];
  /** The EVA-2 threshold; absent: `DEFAULT_EVALUATION_POLICY`. */
  readonly evaluation?: EvaluationPolicy;
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

export type ProgrammeSettingsProblem = Codes<
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
  | 'PROGRAMME.QUESTIONNAIRE_ID_INVALID'
  | 'PROGRAMME.QUESTIONNAIRE_DUPLICATE'
  | 'PROGRAMME.QUESTIONNAIRE_MOMENT_INVALID'
  | 'PROGRAMME.QUESTIONNAIRE_RESPONDENT_NOT_IN_PROGRAMME'
  | 'PROGRAMME.QUESTIONNAIRE_TIMING_INVALID'
  | 'PROGRAMME.EVALUATION_POLICY_INVALID'
  | 'PROGRAMME.AMOUNT_INVALID'
  | 'SAFEGUARDING.SETTING_INVALID'
>;

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
  const mentoring = purposes.find((requirement) => requirement.purpose === 'mentoring');
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

/** Whose EVALUATION consent covers a role (CON-6, EVA-1); `null` for a volunteer or school mentor, who consent outside the programme's consent requirements. */
function consentGiverFor(role: QuestionnaireRole, mentee: Mentee): 'pupil' | 'guardian' | 'mentee' | null {
  if (role === 'mentee') return mentee === 'pupil' ? 'pupil' : 'mentee';
  if (role === 'parent') return 'guardian';
  return null;
}

const wholeDays = (value: number): boolean => Number.isInteger(value) && Math.abs(value) <= 366;

function timingProblems(timing: QuestionnaireTiming): boolean {
  const { offsetDays, closureOffsetDays, reminderAfterDays, expiresAfterDays } = timing;
  if (!wholeDays(offsetDays) || !wholeDays(closureOffsetDays) || !positiveInteger(expiresAfterDays) || expiresAfterDays > 366) return true;
  // The one reminder comes while the invitation is still open.
  return reminderAfterDays !== null && !(positiveInteger(reminderAfterDays) && reminderAfterDays < expiresAfterDays);
}

function questionnaireProblems(settings: ProgrammeSettings): ProgrammeSettingsRefusal[] {
  const refusals: ProgrammeSettingsRefusal[] = [];
  const { questionnaires } = settings;
  if (questionnaires.some((use) => use.filledInBy.length === 0)) {
    refusals.push(refuse('PROGRAMME.QUESTIONNAIRE_WITHOUT_RESPONDENT', 'questionnaires'));
  }
  // CON-6: questionnaires are an optional purpose of their own; EVA-1: each asked role consents.
  const evaluation = settings.consent.purposes.find((requirement) => requirement.purpose === 'evaluation');
  if (questionnaires.length > 0 && !evaluation) {
    refusals.push(refuse('PROGRAMME.QUESTIONNAIRE_WITHOUT_CONSENT', 'questionnaires'));
  }
  const roles: readonly string[] = QUESTIONNAIRE_ROLES_BY_MENTEE[settings.mentee];
  const seen = new Set<string>();
  questionnaires.forEach((use, index) => {
    const at = `questionnaires.${index}`;
    if (!isQuestionnaireId(use.questionnaire)) refusals.push(refuse('PROGRAMME.QUESTIONNAIRE_ID_INVALID', `${at}.questionnaire`));
    if (!(QUESTIONNAIRE_MOMENTS as readonly string[]).includes(use.when)) refusals.push(refuse('PROGRAMME.QUESTIONNAIRE_MOMENT_INVALID', `${at}.when`));
    // One questionnaire once per moment: the invitation key is match × questionnaire × person × moment.
    const key = `${use.questionnaire} ${use.when}`;
    if (seen.has(key)) refusals.push(refuse('PROGRAMME.QUESTIONNAIRE_DUPLICATE', at));
    seen.add(key);
    if (use.filledInBy.some((role) => !roles.includes(role)) || new Set(use.filledInBy).size !== use.filledInBy.length) {
      refusals.push(refuse('PROGRAMME.QUESTIONNAIRE_RESPONDENT_NOT_IN_PROGRAMME', `${at}.filledInBy`));
    } else if (evaluation) {
      const uncovered = use.filledInBy.some((role) => {
        const giver = consentGiverFor(role, settings.mentee);
        return giver !== null && !evaluation.givers.includes(giver);
      });
      if (uncovered) refusals.push(refuse('PROGRAMME.QUESTIONNAIRE_WITHOUT_CONSENT', `${at}.filledInBy`));
    }
    if (use.timing !== undefined && timingProblems(use.timing)) refusals.push(refuse('PROGRAMME.QUESTIONNAIRE_TIMING_INVALID', `${at}.timing`));
  });
  const minRespondents = settings.evaluation?.minRespondentsPerFigure;
  if (minRespondents !== undefined && !(Number.isInteger(minRespondents) && minRespondents >= MIN_RESPONDENTS_PER_FIGURE_FLOOR)) {
    refusals.push(refuse('PROGRAMME.EVALUATION_POLICY_INVALID', 'evaluation.minRespondentsPerFigure'));
  }
  return refusals;
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
 *   questionnaires are an optional purpose of their own) asked from every role that fills one in
 *   (EVA-1: the pupil, the parents as guardians, the parent mentee); a valid definition id, a
 *   moment, each questionnaire once per moment, roles the programme has (`QUESTIONNAIRE_ROLES_BY_MENTEE`),
 *   whole-day timing with the reminder before the expiry; at least two respondents per figure
 *   (EVA-2);
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
  refusals.push(...questionnaireProblems(settings));
  for (const field of ['activityBudgetCentsPerMatch', 'volunteerAllowanceCentsPerMonth'] as const) {
    if (!nonNegativeInteger(settings[field])) refusals.push(refuse('PROGRAMME.AMOUNT_INVALID', field));
  }
  if (settings.safeguarding) {
    for (const refusal of validateSafeguardingSettings(settings.safeguarding)) refusals.push(refuse(refusal.code, `safeguarding.${refusal.field ?? ''}`));
  }
  return refusals;
}
