/**
 * The programme kinds found in the seeds, as templates a new programme starts from (DOMAIN.md,
 * "Programme kinds"). A template is data: its settings (`ProgrammeSettings`: screening, consents,
 * cadence, formats, duration, check-ins, questionnaires, budgets) are copied into a new programme
 * by `programmeSettingsFromTemplate`, where a coordinator may adjust them.
 */
import { DEFAULT_MATCHING_SETTINGS } from '../matching/types.js';
import { MATCH_LIFECYCLE_TEMPLATES } from '../match/settings.js';
import type { ConsentRequirement, ConsentRequirements } from '../consent/types.js';
import type { ScreeningPolicy, ScreeningStep, StepRequirement } from '../screening/types.js';
import { DEFAULT_FAMILY_NOTIFICATION_POLICY } from '../consent/family.js';
import { DEFAULT_CHECK_IN_INTERVAL_DAYS, DEFAULT_EVALUATION_POLICY, type Mentee, type ProgrammeSettings } from './settings.js';

/** The programme kinds of DOMAIN.md, each configurable as a template. */
export const PROGRAMME_TEMPLATE_KEYS = ['schoolsCool', 'thuisschoolmaatje', 'parentRus', 'legalMentorship'] as const;
export type ProgrammeTemplateKey = (typeof PROGRAMME_TEMPLATE_KEYS)[number];

/**
 * What a new programme starts from: the settings, each with the seed it comes from, plus the
 * template's key, name and source. `mentee`, `selfAssessmentBeforeTraining` and `screening` are
 * settings too (see `ProgrammeSettings`).
 */
export interface ProgrammeTemplate extends ProgrammeSettings {
  readonly key: ProgrammeTemplateKey;
  readonly name: string;
  readonly mentee: Mentee;
  /** The seed the template follows (in /work/shared/seeds). */
  readonly source: string;
}

/** The [D] numbers of the reference as defaults (safeguarding-consent-security.md A3). */
const DEFAULTS = {
  minReferenceChecks: 2, // SCR-1: BBBS uses 3, the reference proposes 2
  maxVogAgeMonths: 3, // SCR-2
  requiredVogAspects: ['84'], // SCR-3: "belast zijn met de zorg voor minderjarigen"
  rescreeningIntervalMonths: 36, // SCR-4: "a new VOG every three years"
  renewalReminderDays: 60, // SCR-4
  codeOfConductVersion: '2025-1', // SCR-6
  codeOfConductReacceptDays: 30, // SCR-6
  codeOfConductVersionSince: '2025-01-01', // SCR-6
} as const;

function policy(
  steps: Record<ScreeningStep, StepRequirement>,
  overrides: Partial<Omit<ScreeningPolicy, 'steps'>> = {},
): ScreeningPolicy {
  const settings = { ...DEFAULTS, ...overrides };
  return Object.freeze({
    ...settings,
    steps: Object.freeze({ ...steps }),
    requiredVogAspects: Object.freeze([...settings.requiredVogAspects]),
  });
}

/** Freezes a settings value all the way down, so no programme can change a template through it. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

/** A plain, unfrozen copy of settings data (objects, arrays, primitives). */
function copied<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => copied(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, copied(inner)])) as T;
  }
  return value;
}

/**
 * The consents of a programme for pupils (thuisschoolmaatje-handreiking-mentoren.txt steps 3–4;
 * CON-1): taking part, the volunteer receiving the family's contact details (step 5: "De
 * regiocoördinator zorgt ervoor dat de vrijwilliger op de hoogte is van de contactgegevens"), and
 * the volunteer and the school mentor talking about the pupil (the triangle). All three from the
 * pupil and from the parents: the seed asks the parents whatever the pupil's age, so guardian
 * consent from 16 on (programme policy under CON-8) is on. No questionnaire consent: these seeds
 * use none.
 */
function pupilConsents(): ConsentRequirements {
  const fromPupilAndParents = (purpose: ConsentRequirement['purpose']): ConsentRequirement => ({
    purpose,
    givers: ['pupil', 'guardian'],
    neededToMatch: true,
  });
  return {
    purposes: [fromPupilAndParents('mentoring'), fromPupilAndParents('shareContactDetails'), fromPupilAndParents('shareWithSchool')],
    familyNotification: { ...DEFAULT_FAMILY_NOTIFICATION_POLICY },
  };
}

/** The four templates, frozen: a programme copies a policy and may change its copy, never the template. */
export const PROGRAMME_TEMPLATES: Readonly<Record<ProgrammeTemplateKey, ProgrammeTemplate>> = Object.freeze({
  /**
   * schoolscool-thuismentor-worden.txt: introductory interview, a VOG through the Justis link,
   * a signed code of conduct for working with (vulnerable) young people. The mentor visits the
   * pupil at home every week, so every step of SCR-1 is required, references (≥ 2) and training too.
   */
  schoolsCool: frozen<ProgrammeTemplate>({
    key: 'schoolsCool',
    name: "School's cool home mentoring",
    mentee: 'pupil',
    source: 'schoolscool-thuismentor-worden.txt',
    selfAssessmentBeforeTraining: false,
    screening: policy({
      intakeInterview: 'required',
      referenceChecks: 'required',
      vog: 'required',
      codeOfConduct: 'required',
      training: 'required',
    }),
    // "Als thuismentor breng je wekelijks een bezoek aan de scholier thuis": one visit a week. The
    // seed gives no length; 60–120 minutes is a default (homework, planning, talking with the parents).
    consent: pupilConsents(),
    cadence: { kind: 'regular', meetings: 1, perWeeks: 1 },
    meetingLength: { minMinutes: 60, maxMinutes: 120 },
    // A home visit; "een wekelijks telefoontje, begeleiding via videobellen, Skype" when meeting
    // in person does not feel right (corona section). No e-mail meetings.
    meetingFormats: ['faceToFace', 'phone', 'video'],
    preferredMeetingFormat: 'faceToFace',
    // DOMAIN.md: a school year. The match ends with it; 10 months is the school year, 12 the most.
    matchDuration: { basis: 'schoolYear', minMonths: null, idealMonths: 10, maxMonths: 12, continueWithNewMentor: false },
    checkIn: { intervalDays: DEFAULT_CHECK_IN_INTERVAL_DAYS, by: 'coordinator', groupIntervisionIntervalDays: null },
    // The seed names no questionnaire. `schoolsCoolEndOfMatch` (evaluation) is written for this
    // programme; switching it on needs an EVALUATION consent from pupil and parents (CON-6).
    questionnaires: [],
    evaluation: { ...DEFAULT_EVALUATION_POLICY },
    // "een beperkt budget" and "een kleine vrijwilligersvergoeding, zolang de stichting daarvoor
    // middelen heeft": the seed gives no amounts. Defaults: € 50 a match and € 10 a month.
    activityBudgetCentsPerMatch: 5_000,
    volunteerAllowanceCentsPerMonth: 1_000,
    mentorTypology: 'nonPeer',
    showVogWaiverOnMatches: false,
    // A weekly home visit: close by; a shared language with the parents helps but is not required.
    matching: { ...DEFAULT_MATCHING_SETTINGS, maxDistanceKm: 10, languageRequired: false, slotsPerWeek: 1 },
    lifecycle: MATCH_LIFECYCLE_TEMPLATES.schoolsCool,
  }),
  /**
   * thuisschoolmaatje-handreiking-mentoren.txt: "Vanwege de snelheid … is het praktisch
   * onhaalbaar om de vrijwilligers een VOG aan te laten vragen": the VOG is waived (and shown as
   * waived), and so are references, which would cost the same weeks. Every volunteer gets the
   * digital training beforehand and a kennismakingsgesprek in which the interviewer judges whether
   * the volunteer is suitable. The seed does not mention a code of conduct; it is required here
   * because signing costs no time and, without a VOG, it is the one written safeguard ("alert zijn").
   */
  thuisschoolmaatje: frozen<ProgrammeTemplate>({
    key: 'thuisschoolmaatje',
    name: 'Thuisschoolmaatje',
    mentee: 'pupil',
    source: 'thuisschoolmaatje-handreiking-mentoren.txt',
    selfAssessmentBeforeTraining: false,
    screening: policy({
      intakeInterview: 'required',
      referenceChecks: 'waived',
      vog: 'waived',
      codeOfConduct: 'required',
      training: 'required',
    }),
    // "drie keer per week, ongeveer een half uur (video)belt": three calls a week of about 30 minutes.
    consent: pupilConsents(),
    cadence: { kind: 'regular', meetings: 3, perWeeks: 1 },
    meetingLength: { minMinutes: 30, maxMinutes: 30 },
    meetingFormats: ['video', 'phone'],
    preferredMeetingFormat: 'video',
    // During the school closure ("tot het einde van de meivakantie"); no number of months.
    matchDuration: { basis: 'schoolClosure', minMonths: null, idealMonths: null, maxMonths: null, continueWithNewMentor: false },
    // "Zorg ervoor dat je minstens eenmaal in de twee weken contact hebt met de vrijwilliger(s)":
    // the school mentor checks in every two weeks.
    checkIn: { intervalDays: 14, by: 'schoolMentor', groupIntervisionIntervalDays: null },
    // The seed names no questionnaire; `thuisschoolmaatjeEndOfMatch` (evaluation) is written for it
    // and needs an EVALUATION consent from pupil and parents to switch on (CON-6).
    questionnaires: [],
    evaluation: { ...DEFAULT_EVALUATION_POLICY },
    // Volunteers call from home; the seed names no budget or allowance.
    activityBudgetCentsPerMatch: 0,
    volunteerAllowanceCentsPerMonth: 0,
    mentorTypology: 'nonPeer',
    // DOMAIN.md §2: the waived VOG is shown on every match.
    showVogWaiverOnMatches: true,
    // Calls three times a week (seed): distance does not matter, three shared moments a week do.
    matching: { ...DEFAULT_MATCHING_SETTINGS, maxDistanceKm: null, languageRequired: false, slotsPerWeek: 3 },
    lifecycle: MATCH_LIFECYCLE_TEMPLATES.thuisschoolmaatje,
  }),
  /**
   * parentrus-mentormodel-ouderbetrokkenheid.txt: self-assessment, then training; the coordinator
   * matches on the attitude and behaviour seen during the training ("administratieve matching").
   * The funnel holds an interview only "indien nodig", so it is waived here (one recorded anyway
   * still counts when it is unsuitable). References are not in the model and waived.
   * VOG: the seed, a European model, is silent; it is required here because the mentee is a
   * disadvantaged parent of a child under 12 and the pilots met "bij elkaar thuis", where those
   * children are. Aspect 84 (care of minors) only: Gratis VOG requires 84 and/or 85, and extra
   * aspects can lead to a refusal that does not say which aspect caused it (reference 0.2).
   * The code of conduct carries the model's confidentiality duty ("verplicht tot geheimhouding").
   */
  parentRus: frozen<ProgrammeTemplate>({
    key: 'parentRus',
    name: "Parent'R'US parent mentoring",
    mentee: 'parent',
    source: 'parentrus-mentormodel-ouderbetrokkenheid.txt',
    selfAssessmentBeforeTraining: true,
    screening: policy({
      intakeInterview: 'waived',
      referenceChecks: 'waived',
      vog: 'required',
      codeOfConduct: 'required',
      training: 'required',
    }),
    // The parent is the mentee and consents for themselves: taking part, contact details for the
    // mentor, and contact with the school (the model's aim is parent–school cooperation). The
    // mid-term and final reports are optional (CON-6): a parent who will not fill them in is still
    // mentored.
    consent: {
      purposes: [
        { purpose: 'mentoring', givers: ['mentee'], neededToMatch: true },
        { purpose: 'shareContactDetails', givers: ['mentee'], neededToMatch: true },
        { purpose: 'shareWithSchool', givers: ['mentee'], neededToMatch: true },
        { purpose: 'evaluation', givers: ['mentee'], neededToMatch: false },
      ],
      familyNotification: { ...DEFAULT_FAMILY_NOTIFICATION_POLICY },
    },
    // 3.3.4: "De meest gebruikelijke frequentie is 1 vergadering per week … het gemiddelde is 1 à 2 uur".
    cadence: { kind: 'regular', meetings: 1, perWeeks: 1 },
    meetingLength: { minMinutes: 60, maxMinutes: 120 },
    // 3.1 "Face-to-face & online", face-to-face preferred; the meeting log (tool 2) lists
    // face-to-face, telephone, e-mail and Skype.
    meetingFormats: ['faceToFace', 'phone', 'video', 'email'],
    preferredMeetingFormat: 'faceToFace',
    // 3.1 "Duur 6 tot 9 maanden … ongeveer 6 maanden"; continuing means a new mentor.
    matchDuration: { basis: 'fixedTerm', minMonths: 6, idealMonths: 6, maxMonths: 9, continueWithNewMentor: true },
    // 3.3.5: check-ins with each mentor, and a group meeting "maandelijks of tweewekelijks" (monthly
    // by default).
    checkIn: { intervalDays: DEFAULT_CHECK_IN_INTERVAL_DAYS, by: 'coordinator', groupIntervisionIntervalDays: 28 },
    // Tools 3 and 4: mid-term report by mentor and mentee ("spiegeleffect"), final report at the end
    // ("I am a: Mentee / Mentor").
    questionnaires: [
      { questionnaire: 'midTermReport', when: 'midTerm', filledInBy: ['mentor', 'mentee'] },
      { questionnaire: 'finalReport', when: 'end', filledInBy: ['mentor', 'mentee'] },
    ],
    // The EVA-2 default; the default timing (at the middle and at the end, one reminder).
    evaluation: { ...DEFAULT_EVALUATION_POLICY },
    // The seed names no budget or allowance.
    activityBudgetCentsPerMatch: 0,
    volunteerAllowanceCentsPerMonth: 0,
    // 3.1 "Typologie: Peer en Non-peer … Elke organisatie moet de beste optie evalueren".
    mentorTypology: 'peerOrNonPeer',
    showVogWaiverOnMatches: false,
    // A weekly meeting with the parent, who may speak little Dutch: the language is required; peer or non-peer.
    matching: { ...DEFAULT_MATCHING_SETTINGS, maxDistanceKm: 15, languageRequired: true, slotsPerWeek: 1 },
    lifecycle: MATCH_LIFECYCLE_TEMPLATES.parentRus,
  }),
  /**
   * mentorschap-nederland-blog.txt: a court appoints the mentor of a vulnerable adult (dementia,
   * intellectual disability, psychiatric problems) and the mentor decides about their care; the
   * foundations train their volunteers. Every step is required. The VOG covers aspect 85 (care of
   * persons needing help) instead of 84: the mentee is an adult, not a minor.
   */
  legalMentorship: frozen<ProgrammeTemplate>({
    key: 'legalMentorship',
    name: 'Legal mentorship (mentorschap)',
    mentee: 'adult',
    source: 'mentorschap-nederland-blog.txt',
    selfAssessmentBeforeTraining: false,
    screening: policy(
      {
        intakeInterview: 'required',
        referenceChecks: 'required',
        vog: 'required',
        codeOfConduct: 'required',
        training: 'required',
      },
      { requiredVogAspects: ['85'] },
    ),
    // The court's appointment, not consent, is the basis: no consents are asked before a match.
    consent: { purposes: [], familyNotification: { ...DEFAULT_FAMILY_NOTIFICATION_POLICY } },
    // "Toch nog even langsgaan, kijken hoe het gaat": as needed, no set length.
    cadence: { kind: 'asNeeded' },
    meetingLength: null,
    meetingFormats: ['faceToFace', 'phone', 'video', 'email'],
    preferredMeetingFormat: 'faceToFace',
    matchDuration: { basis: 'openEnded', minMonths: null, idealMonths: null, maxMonths: null, continueWithNewMentor: false },
    // The blog is silent; the DOMAIN.md default of two weeks.
    checkIn: { intervalDays: DEFAULT_CHECK_IN_INTERVAL_DAYS, by: 'coordinator', groupIntervisionIntervalDays: null },
    questionnaires: [],
    evaluation: { ...DEFAULT_EVALUATION_POLICY },
    activityBudgetCentsPerMatch: 0,
    volunteerAllowanceCentsPerMonth: 0,
    mentorTypology: 'nonPeer',
    showVogWaiverOnMatches: false,
    // Legal mentorship: as needed, within the region.
    matching: { ...DEFAULT_MATCHING_SETTINGS, maxDistanceKm: 25, languageRequired: true, slotsPerWeek: 1 },
    lifecycle: MATCH_LIFECYCLE_TEMPLATES.legalMentorship,
  }),
});

/**
 * The screening policy a new programme of this kind starts with. Organisations may change the
 * numbers afterwards; the [D] values of the reference are settings, not constants.
 */
export function defaultScreeningPolicy(templateKey: ProgrammeTemplateKey): ScreeningPolicy {
  return PROGRAMME_TEMPLATES[templateKey].screening;
}

/**
 * The settings a new programme of this kind starts with: a plain copy of the template's settings
 * (without key, name and source) that the programme keeps and a coordinator may adjust; check the
 * adjusted settings with `validateProgrammeSettings`. Changing the copy never changes the template.
 */
export function programmeSettingsFromTemplate(templateKey: ProgrammeTemplateKey): ProgrammeSettings {
  const { key: _key, name: _name, source: _source, ...settings } = PROGRAMME_TEMPLATES[templateKey];
  return copied(settings);
}
