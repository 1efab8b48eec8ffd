/**
 * Example matches for the tests beside this folder (not exported by `index.ts`). Settings are
 * written out here, so a change of a template's defaults cannot move the step tests.
 */
import { assessConsent } from '../consent/assess.js';
import type { MatchActivationFacts } from '../consent/activation.js';
import { consent, pupil, pupilRequirements } from '../consent/fixtures.js';
import type { Result } from '../result.js';
import { agreeWeeklyTime, recordAgreement, recordContractSignature, recordIntroduction } from './steps.js';
import type { MatchLifecycleSettings, MatchRecord } from './types.js';

export const TODAY = '2025-10-01';

/** School's cool as its seed describes it. */
export const homeMentoring: MatchLifecycleSettings = {
  requireIntroduction: true,
  organisationRepresentativeRequired: true,
  contractSigners: ['pupil', 'parent', 'volunteer'],
  requireWeeklyTime: true,
  requireWarmHandover: false,
  gettingToKnowWeeks: 6,
};

/** Thuisschoolmaatje as its seed describes it. */
export const callMentoring: MatchLifecycleSettings = {
  requireIntroduction: false,
  organisationRepresentativeRequired: false,
  contractSigners: [],
  requireWeeklyTime: true,
  requireWarmHandover: true,
  gettingToKnowWeeks: 2,
};

/** Everything off: a court appointment. */
export const appointed: MatchLifecycleSettings = {
  requireIntroduction: false,
  organisationRepresentativeRequired: false,
  contractSigners: [],
  requireWeeklyTime: false,
  requireWarmHandover: false,
  gettingToKnowWeeks: 0,
};

export function proposal(overrides: Partial<MatchRecord> = {}): MatchRecord {
  return {
    id: 'match-1',
    programmeId: 'home-mentoring',
    menteeId: 'pupil-1',
    volunteerId: 'v-ans',
    proposedOn: '2025-09-01',
    source: 'suggestion',
    score: 675,
    agreements: {},
    signatures: [],
    ...overrides,
  };
}

/** The value of an accepted result; fails the test with the refusal's code otherwise. */
export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.code}${result.field ? ` on ${result.field}` : ''}`);
  return result.value;
}

const today = '2025-09-15';
const complete = [
  consent('pupil', 'mentoring', '2025-09-01'),
  consent('pupil', 'shareContactDetails', '2025-09-01'),
  consent('parentWithAuthority', 'mentoring', '2025-09-03'),
  consent('parentWithAuthority', 'shareContactDetails', '2025-09-03'),
];

/** CON-1 in place: consents given by pupil and mother, volunteer CLEARED, no concern. */
export const con1Holds: MatchActivationFacts = {
  consent: assessConsent(complete, [], pupil, pupilRequirements, today),
  volunteerScreening: 'cleared',
  openConcernSuspendsMatch: false,
};

/** Only the pupil's consents: the guardian's are missing. */
export const guardianMissing: MatchActivationFacts = {
  ...con1Holds,
  consent: assessConsent(complete.slice(0, 2), [], pupil, pupilRequirements, today),
};

/** The pupil refused mentoring: the application is closed (CON-3). */
export const pupilRefused: MatchActivationFacts = {
  ...con1Holds,
  consent: assessConsent([consent('pupil', 'mentoring', '2025-09-01', { decision: 'refused', status: 'refused' })], [], pupil, pupilRequirements, today),
};

/** School's cool after the matching conversation (5 Sep) and both agreements (volunteer 6 Sep, family 8 Sep). */
export function agreedHome(settings: MatchLifecycleSettings = homeMentoring): MatchRecord {
  const introduction = { heldOn: '2025-09-05', attendees: ['Ans', 'Sara', 'Sara\'s mother'], organisationRepresentative: 'Bea (School\'s cool)' };
  const introduced = ok(recordIntroduction(proposal(), introduction, settings, TODAY));
  const volunteer = ok(recordAgreement(introduced, { side: 'volunteer', agreedOn: '2025-09-06' }, settings, TODAY));
  return ok(recordAgreement(volunteer, { side: 'family', agreedOn: '2025-09-08' }, settings, TODAY));
}

/** …and the contract signed by Sara (10 Sep), her mother (10 Sep) and Ans (11 Sep), text 'contract-2025'. */
export function contractedHome(): MatchRecord {
  let match = agreedHome();
  for (const [signer, signedBy, signedOn] of [['pupil', 'Sara', '2025-09-10'], ['parent', 'Fatima', '2025-09-10'], ['volunteer', 'Ans', '2025-09-11']] as const) {
    match = ok(recordContractSignature(match, { signer, signedBy, signedOn, textVersion: 'contract-2025' }, homeMentoring, TODAY));
  }
  return match;
}

/** …and a weekly home visit on Tuesday at 19:00, agreed on 12 Sep. */
export function scheduledHome(): MatchRecord {
  const weeklyTime = { slots: [{ weekday: 'tuesday', time: '19:00' }], format: 'faceToFace', place: 'at home', agreedOn: '2025-09-12' } as const;
  return ok(agreeWeeklyTime(contractedHome(), weeklyTime, homeMentoring, TODAY));
}
