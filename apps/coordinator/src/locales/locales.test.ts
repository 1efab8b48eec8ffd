import { describe, expect, it } from 'vitest';
import { applyInput } from '@driehoek/contracts/application';
import { pipelineStage, recordInterviewInput, registerVogInput, screeningStep } from '@driehoek/contracts/screening';
import { PORTAL_LANGUAGES, familyMemberInput, nominatePupilInput, nominationStatus } from '@driehoek/contracts/pupils';
import { programmeTemplateKey } from '@driehoek/contracts/programmes';
import {
  AUTHORITY_VERIFICATION_METHODS,
  CONSENT_CODES,
  CONSENT_DECISIONS,
  CONSENT_GIVERS,
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  CONSENT_STATES,
  CONTACT_CHANNELS,
  CONTACT_RESULTS,
  GIVER_ROLES,
  LEGAL_BASIS_GIVERS,
  RECORD_STATUSES,
} from '../features/consent/vocabulary';
import { CONSENT_NEXT_STEPS } from '../features/pupils/vocabulary';
import {
  CHECK_IN_BY,
  DURATION_BASES,
  MEETING_FORMATS,
  MENTEES,
  MENTOR_TYPOLOGIES,
  QUESTIONNAIRES,
  QUESTIONNAIRE_WHEN,
  RESPONDENTS,
} from '../features/programmes/settings-shape';
import { EXCLUSION_CODES, GENDERS, HELP_AREAS, SCORE_PARTS, UNMATCHED_REASONS, BATCH_OBJECTIVES } from '../features/matching/vocabulary';
import { CONTRACT_SIGNERS, DECLINED_BY, MATCH_CODES, MATCH_SOURCES, MATCH_STAGES, NEXT_STEP_CODES, nextStepKey } from '../features/matches/vocabulary';
import { meetingLogInput } from '@driehoek/contracts/running';
import {
  ATTENTION_KINDS,
  BUDGET_CODES,
  CHECK_IN_HOW,
  CHECK_IN_WITH,
  CLOSURE_CODES,
  CLOSURE_REASONS,
  CODE_FAMILIES,
  ENDED_BY,
  EXCEPTION_KINDS,
  MEETING_KINDS,
  SCHEDULE_CODES,
  SKIP_REASONS,
  URGENCIES,
} from '../features/matches/running/vocabulary';
import { ALLOWANCE_CODES } from '../features/support/vocabulary';
import { DOMAIN_CODES as CATALOGUE } from '@driehoek/domain/codes';
import {
  AUTHORITY_CONTACT_TYPES,
  CONCERN_STATUSES,
  CONSULTATION_TYPES,
  CONVERSATION_SKIP_REASONS,
  DECISION_OUTCOMES,
  PARENTS_NOT_INFORMED_REASONS,
} from '@driehoek/domain/safeguarding';
import nl from './nl.json';
import en from './en.json';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function lookup(tree: Tree, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
}

/** The problem codes of `ScreeningProblem` (packages/domain/src/screening/types.ts) and the api's refusals shown in forms. */
const DOMAIN_CODES = [
  'SCREENING.STEP_PENDING',
  'SCREENING.INTERVIEW_NOT_SUITABLE',
  'SCREENING.REFERENCES_TOO_FEW',
  'SCREENING.REFERENCE_NEGATIVE',
  'SCREENING.VOG_NOT_REQUESTED',
  'SCREENING.VOG_NOT_RECEIVED',
  'SCREENING.VOG_NOT_PROVIDED',
  'SCREENING.VOG_TOO_OLD',
  'SCREENING.VOG_ASPECT_MISSING',
  'SCREENING.VOG_SEEN_BEFORE_ISSUE',
  'SCREENING.VOG_EXPIRED',
  'SCREENING.CODE_OF_CONDUCT_OUTDATED',
  'SCREENING.ALREADY_DECIDED',
  'SCREENING.DATE_IN_FUTURE',
  'AUTH.INVALID_CREDENTIALS',
  'AUTH.TOO_MANY_ATTEMPTS',
  'NOT_FOUND',
];

/** `ProgrammeSettingsProblem` (packages/domain/src/programme/settings.ts): the api answers with them as `settings.<path>` field errors. */
const PROGRAMME_CODES = [
  'PROGRAMME.SCREENING_NUMBER_INVALID',
  'PROGRAMME.VOG_WAIVER_HIDDEN',
  'PROGRAMME.CONSENT_PURPOSE_DUPLICATE',
  'PROGRAMME.CONSENT_WITHOUT_GIVER',
  'PROGRAMME.CONSENT_GIVER_NOT_IN_PROGRAMME',
  'PROGRAMME.MENTORING_CONSENT_REQUIRED',
  'PROGRAMME.FAMILY_NOTIFICATION_POLICY_INVALID',
  'PROGRAMME.CADENCE_INVALID',
  'PROGRAMME.MEETING_LENGTH_INVALID',
  'PROGRAMME.NO_MEETING_FORMAT',
  'PROGRAMME.PREFERRED_FORMAT_NOT_ALLOWED',
  'PROGRAMME.DURATION_INVALID',
  'PROGRAMME.FIXED_TERM_WITHOUT_BOUNDS',
  'PROGRAMME.CHECK_IN_INTERVAL_INVALID',
  'PROGRAMME.QUESTIONNAIRE_WITHOUT_RESPONDENT',
  'PROGRAMME.QUESTIONNAIRE_WITHOUT_CONSENT',
  'PROGRAMME.AMOUNT_INVALID',
];

/** Attention reasons without a number of days or meetings in their sentence (the others have a singular and a plural). */
const ATTENTION_WITHOUT_COUNT = ['confirmationDue', 'checkInDue'] as const;

const STATUSES = ['applied', 'inScreening', 'cleared', 'actionRequired', 'screeningExpired', 'rejected', 'withdrawn', 'revoked'];
const STEP_STATES = ['done', 'pending', 'failed', 'expired', 'waived'];

const availability = applyInput.shape.availability.element.shape;

const required = [
  ...pipelineStage.options.map((stage) => `stage.${stage}`),
  ...screeningStep.options.map((step) => `step.${step}`),
  ...STEP_STATES.map((state) => `stepState.${state}`),
  ...STATUSES.map((status) => `status.${status}`),
  ...DOMAIN_CODES,
  ...applyInput.shape.channel.options.map((channel) => `channel.${channel}`),
  ...applyInput.shape.languages.element.options.map((language) => `spokenLanguage.${language}`),
  ...availability.day.options.map((day) => `weekday.${day}`),
  ...availability.part.options.map((part) => `dayPart.${part}`),
  ...recordInterviewInput.shape.outcome.options.map((outcome) => `interview.outcomes.${outcome}`),
  ...registerVogInput.shape.result.options.map((result) => `vog.results.${result}`),
  ...['required', 'tooLong', 'date', 'email', 'aspect', 'invalid', 'generic'].map((key) => `errors.${key}`),
  // Pupils, families and consent.
  ...CONSENT_CODES,
  ...PROGRAMME_CODES,
  ...['contactNeeded', 'familyNeeded', 'passwordTooShort', 'passwordsDiffer', 'phone', 'postcode', 'chooseOne', 'wholeNumber', 'amount'].map((key) => `errors.${key}`),
  ...nominatePupilInput.shape.vulnerabilityReasons.element.options.map((reason) => `vulnerability.${reason}`),
  ...nominatePupilInput.shape.homeLanguages.element.options.map((language) => `spokenLanguage.${language}`),
  ...nominationStatus.options.map((status) => `nominationStatus.${status}`),
  ...familyMemberInput.shape.role.options.map((role) => `familyRole.${role}`),
  ...PORTAL_LANGUAGES.map((language) => `portalLanguage.${language}`),
  ...CONSENT_PURPOSES.map((purpose) => `consentPurpose.${purpose}`),
  ...CONSENT_NEXT_STEPS.map((step) => `consentNextStep.${step}`),
  ...CONSENT_NEXT_STEPS.filter((step) => step.startsWith('ask')).flatMap((step) => [`consentBanner.${step}Title`, `consentBanner.${step}Text`]),
  ...CONSENT_STATES.map((state) => `consentState.${state}`),
  ...CONSENT_GIVERS.map((giver) => `consentGiver.${giver}`),
  ...CONSENT_DECISIONS.map((decision) => `consentDecision.${decision}`),
  ...CONSENT_METHODS.map((method) => `consentMethod.${method}`),
  ...['portal'].map((method) => `consentMethod.${method}`),
  ...AUTHORITY_VERIFICATION_METHODS.map((method) => `authorityVerification.${method}`),
  ...CONTACT_CHANNELS.map((channel) => `contactChannel.${channel}`),
  ...CONTACT_RESULTS.map((result) => `contactResult.${result}`),
  ...RECORD_STATUSES.map((status) => `recordStatus.${status}`),
  ...GIVER_ROLES.map((role) => `giverRole.${role}`),
  ...LEGAL_BASIS_GIVERS.map((giver) => `legalBasisGiver.${giver}`),
  ...programmeTemplateKey.options.flatMap((key) => [`template.${key}.name`, `template.${key}.description`]),
  ...MENTEES.map((mentee) => `mentee.${mentee}`),
  ...MENTOR_TYPOLOGIES.map((typology) => `mentorTypology.${typology}`),
  ...MEETING_FORMATS.map((format) => `meetingFormat.${format}`),
  ...DURATION_BASES.map((basis) => `durationBasis.${basis}`),
  ...CHECK_IN_BY.map((by) => `checkInBy.${by}`),
  ...QUESTIONNAIRES.map((questionnaire) => `questionnaire.${questionnaire}`),
  ...QUESTIONNAIRE_WHEN.map((when) => `questionnaireWhen.${when}`),
  ...RESPONDENTS.map((respondent) => `respondent.${respondent}`),
  // Matching and matches.
  ...HELP_AREAS.map((area) => `helpArea.${area}`),
  ...GENDERS.flatMap((gender) => [`gender.${gender}`, `genderWanted.${gender}`]),
  ...EXCLUSION_CODES.flatMap((code) => [code, `exclusion.${code.replace('MATCHING.', '')}`]),
  ...UNMATCHED_REASONS,
  ...SCORE_PARTS.filter((part) => part !== 'wishes' && part !== 'waiting' && part !== 'peer').map((part) => `explain.${part}`),
  ...['explain.wishes_one', 'explain.wishes_other', 'explain.waiting_one', 'explain.waiting_other', 'explain.peer', 'explain.nonPeer', 'explain.needsSome', 'exclusion.unknown'],
  ...BATCH_OBJECTIVES.flatMap((objective) => [`batch.objectives.${objective}`, `batch.objectiveHints.${objective}`]),
  ...MATCH_CODES,
  ...['CONSENT.NOT_READY', 'CONSENT.VOLUNTEER_NOT_CLEARED', 'CONSENT.CONCERN_SUSPENDS_MATCH', 'CONSENT.APPLICATION_CLOSED_REFUSED'],
  ...NEXT_STEP_CODES.map((code) => nextStepKey(code).key),
  'matchNextStep.unknown',
  ...CONTRACT_SIGNERS.map((signer) => `signer.${signer}`),
  ...MATCH_STAGES.map((stage) => `matchStage.${stage}`),
  ...MATCH_SOURCES.map((source) => `matchSource.${source}`),
  ...DECLINED_BY.map((by) => `declinedBy.${by}`),
  'errors.time',
  // Running the match: Vandaag, schedule, logs, check-ins, budget, closure.
  ...SCHEDULE_CODES,
  ...BUDGET_CODES,
  ...CLOSURE_CODES,
  ...CODE_FAMILIES.map((family) => `${family}.unknown`),
  ...ATTENTION_KINDS.map((kind) => `attentionTitle.${kind}`),
  ...ATTENTION_KINDS.flatMap((kind) =>
    (ATTENTION_WITHOUT_COUNT as readonly string[]).includes(kind) ? [`attention.${kind}`] : [`attention.${kind}_one`, `attention.${kind}_other`],
  ),
  ...['attentionTitle.unknown', 'attention.unknown', 'attention.lastCheckIn', 'attention.noCheckInYet', 'attention.lastMeeting', 'attention.noMeetingYet'],
  ...URGENCIES.flatMap((urgency) => [`urgency.${urgency}`, `urgencyHint.${urgency}`]),
  ...CHECK_IN_WITH.map((who) => `checkInWith.${who}`),
  ...CHECK_IN_HOW.map((how) => `checkInHow.${how}`),
  ...CLOSURE_REASONS.map((reason) => `closureReason.${reason}`),
  ...ENDED_BY.map((by) => `endedBy.${by}`),
  ...MEETING_KINDS.map((kind) => `meetingKind.${kind}`),
  ...SKIP_REASONS.map((reason) => `skipReason.${reason}`),
  ...EXCEPTION_KINDS.map((kind) => `exceptionKind.${kind}`),
  ...meetingLogInput.shape.form.options.map((form) => `meetingFormat.${form}`),
  'errors.agreedWithFamily',
  // Supporting the volunteers: the allowance and group intervision.
  ...ALLOWANCE_CODES,
  'ALLOWANCE.unknown',
  'app.nav.intervision',
  // Safeguarding: every code of the concern rules, and the words of the queue and the case page.
  ...CATALOGUE.SAFEGUARDING.map((code) => `SAFEGUARDING.${code}`),
  'SAFEGUARDING.unknown',
  ...CONCERN_STATUSES.map((status) => `concernStatus.${status}`),
  ...['acknowledgement', 'authorityContact', 'nextStep', 'decision', 'veiligThuisReport', 'followUp'].map((kind) => `concernTimer.${kind}`),
  ...AUTHORITY_CONTACT_TYPES.map((type) => `concernAuthority.${type}`),
  ...CONSULTATION_TYPES.map((type) => `concernConsultation.${type}`),
  ...CONVERSATION_SKIP_REASONS.map((reason) => `concernSkip.${reason}`),
  ...PARENTS_NOT_INFORMED_REASONS.map((reason) => `concernNotInformed.${reason}`),
  ...DECISION_OUTCOMES.map((outcome) => `concernOutcome.${outcome}`),
  ...['q1', 'q2', 'q3', 'q4', 'q5'].map((question) => `concernQuestion.${question}`),
  ...['acuteNotAcknowledged', 'concernOverdue', 'concernStepDue'].map((kind) => `todayConcern.${kind}`),
  'app.nav.concerns',
];

describe('coordinator texts', () => {
  it('Dutch and English have exactly the same keys', () => {
    expect(keysOf(en as Tree).sort()).toEqual(keysOf(nl as Tree).sort());
  });

  it.each([
    ['nl', nl],
    ['en', en],
  ])('every domain code and vocabulary word the app shows has words in %s', (_, texts) => {
    const missing = required.filter((key) => typeof lookup(texts as Tree, key) !== 'string');
    expect(missing).toEqual([]);
  });

  it('the buttons a browser test drives by their Dutch names are there, each once', () => {
    const texts = Object.values(Object.fromEntries(keysOf(nl as Tree).map((key) => [key, lookup(nl as Tree, key)])));
    for (const name of ['Leerling aanmelden', 'Toestemming vastleggen', 'Toestemming intrekken', 'Familielid toevoegen']) {
      expect(texts).toContain(name);
    }
    expect(lookup(nl as Tree, 'nominate.submit')).toBe('Leerling aanmelden');
    expect(lookup(nl as Tree, 'recordConsent.submit')).toBe('Toestemming vastleggen');
    expect(lookup(nl as Tree, 'consent.withdraw')).toBe('Toestemming intrekken');
    expect(lookup(nl as Tree, 'family.add')).toBe('Familielid toevoegen');
    // Matching: the names the browser test drives from the board to an active match.
    expect(lookup(nl as Tree, 'app.nav.matching')).toBe('Koppelen');
    expect(lookup(nl as Tree, 'batch.run')).toBe('Voorstel voor iedereen maken');
    expect(lookup(nl as Tree, 'batch.accept')).toBe('Voorstel accepteren');
    expect(lookup(nl as Tree, 'batch.acceptFor')).toBe('Voorstel accepteren voor {{name}}');
    expect(lookup(nl as Tree, 'batch.acceptAll')).toBe('Alle voorstellen accepteren');
    expect(lookup(nl as Tree, 'matchSteps.introduction.submit')).toBe('Kennismakingsgesprek opslaan');
    expect(lookup(nl as Tree, 'matchSteps.agreement.submit.volunteer')).toBe('Akkoord vrijwilliger opslaan');
    expect(lookup(nl as Tree, 'matchSteps.agreement.submit.family')).toBe('Akkoord gezin opslaan');
    expect(lookup(nl as Tree, 'matchSteps.signature.submit')).toBe('Handtekening {{signer}} opslaan');
    expect(lookup(nl as Tree, 'matchSteps.weeklyTime.submit')).toBe('Vaste tijd opslaan');
    expect(lookup(nl as Tree, 'matchSteps.warmHandover.submit')).toBe('Warme overdracht opslaan');
    expect(lookup(nl as Tree, 'matchSteps.activation.submit')).toBe('Koppeling starten');
    expect(lookup(nl as Tree, 'matchSteps.confirmation.submit')).toBe('Koppeling bevestigen');
    expect(lookup(nl as Tree, 'matchDecline.submit')).toBe('Koppeling afwijzen');
    // Concerns: the names the browser test drives on the case page.
    expect(lookup(nl as Tree, 'concerns.acknowledge')).toBe('Ik pak dit op');
    expect(lookup(nl as Tree, 'concerns.authority.submit')).toBe('Contact vastleggen');
    for (const name of ['Koppeling starten', 'Koppeling bevestigen', 'Koppeling afwijzen', 'Vaste tijd opslaan', 'Voorstel voor iedereen maken']) {
      expect(texts.filter((text) => text === name)).toHaveLength(1);
    }
    // Running the match: the start page and the buttons of the match page's sections.
    expect(lookup(nl as Tree, 'app.nav.today')).toBe('Vandaag');
    expect(lookup(nl as Tree, 'checkIns.submit')).toBe('Contactmoment opslaan');
    expect(lookup(nl as Tree, 'budget.submit')).toBe('Uitgave opslaan');
    expect(lookup(nl as Tree, 'schedule.exception.submit')).toBe('Uitzondering opslaan');
    expect(lookup(nl as Tree, 'endMatch.submit')).toBe('Koppeling afsluiten');
    for (const name of ['Contactmoment opslaan', 'Uitgave opslaan', 'Uitzondering opslaan', 'Koppeling afsluiten', 'Afsluiting invullen']) {
      expect(texts.filter((text) => text === name)).toHaveLength(1);
    }
    // Supporting the volunteers: the allowance on the volunteer's page and the intervision page.
    expect(lookup(nl as Tree, 'app.nav.intervision')).toBe('Intervisie');
    expect(lookup(nl as Tree, 'allowance.title')).toBe('Vrijwilligersvergoeding');
    expect(lookup(nl as Tree, 'allowance.submit')).toBe('Vergoeding vastleggen');
    expect(lookup(nl as Tree, 'intervision.submit')).toBe('Intervisie opslaan');
    for (const name of ['Vergoeding vastleggen', 'Intervisie opslaan']) {
      expect(texts.filter((text) => text === name)).toHaveLength(1);
    }
    // The confirmation of a withdrawal has its own name, so the row button stays unique.
    expect(lookup(nl as Tree, 'withdraw.submit')).not.toBe(lookup(nl as Tree, 'consent.withdraw'));
  });
});
