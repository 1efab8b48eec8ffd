/**
 * The programme kinds found in the seeds, as templates a new programme starts from (DOMAIN.md,
 * "Programme kinds"). A template is data: other settings (cadence, consents, questionnaires) are
 * added as further fields of `ProgrammeTemplate`.
 */
import type { ScreeningPolicy, ScreeningStep, StepRequirement } from '../screening/types.js';

/** The programme kinds of DOMAIN.md, each configurable as a template. */
export const PROGRAMME_TEMPLATE_KEYS = ['schoolsCool', 'thuisschoolmaatje', 'parentRus', 'legalMentorship'] as const;
export type ProgrammeTemplateKey = (typeof PROGRAMME_TEMPLATE_KEYS)[number];

/** Who is mentored: a pupil (with parents involved), a parent, or an adult. */
export type Mentee = 'pupil' | 'parent' | 'adult';

/**
 * What a new programme starts from. Open for more settings (cadence, consents, questionnaires,
 * budgets): add fields here, each with the seed it comes from.
 */
export interface ProgrammeTemplate {
  readonly key: ProgrammeTemplateKey;
  readonly name: string;
  readonly mentee: Mentee;
  /** The seed the template follows (in /work/shared/seeds). */
  readonly source: string;
  /**
   * Parent'R'US: volunteers fill in a self-assessment before the training. It supports their
   * self-reflection and gives the coordinator their profile; it is not a pass/fail screening step.
   */
  readonly selfAssessmentBeforeTraining: boolean;
  readonly screening: ScreeningPolicy;
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

/** The four templates, frozen: a programme copies a policy and may change its copy, never the template. */
export const PROGRAMME_TEMPLATES: Readonly<Record<ProgrammeTemplateKey, ProgrammeTemplate>> = Object.freeze({
  /**
   * schoolscool-thuismentor-worden.txt: introductory interview, a VOG through the Justis link,
   * a signed code of conduct for working with (vulnerable) young people. The mentor visits the
   * pupil at home every week, so every step of SCR-1 is required, references (≥ 2) and training too.
   */
  schoolsCool: Object.freeze({
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
  }),
  /**
   * thuisschoolmaatje-handreiking-mentoren.txt: "Vanwege de snelheid … is het praktisch
   * onhaalbaar om de vrijwilligers een VOG aan te laten vragen": the VOG is waived (and shown as
   * waived), and so are references, which would cost the same weeks. Every volunteer gets the
   * digital training beforehand and a kennismakingsgesprek in which the interviewer judges whether
   * the volunteer is suitable. The seed does not mention a code of conduct; it is required here
   * because signing costs no time and, without a VOG, it is the one written safeguard ("alert zijn").
   */
  thuisschoolmaatje: Object.freeze({
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
  parentRus: Object.freeze({
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
  }),
  /**
   * mentorschap-nederland-blog.txt: a court appoints the mentor of a vulnerable adult (dementia,
   * intellectual disability, psychiatric problems) and the mentor decides about their care; the
   * foundations train their volunteers. Every step is required. The VOG covers aspect 85 (care of
   * persons needing help) instead of 84: the mentee is an adult, not a minor.
   */
  legalMentorship: Object.freeze({
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
  }),
});

/**
 * The screening policy a new programme of this kind starts with. Organisations may change the
 * numbers afterwards; the [D] values of the reference are settings, not constants.
 */
export function defaultScreeningPolicy(templateKey: ProgrammeTemplateKey): ScreeningPolicy {
  return PROGRAMME_TEMPLATES[templateKey].screening;
}
