import { describe, expect, it } from 'vitest';
import { plannedEndOf } from '../closure/closure.js';
import { programmeSettingsFromTemplate, type ProgrammeSettings } from '../programme/index.js';
import { mayBeAskedToEvaluate, type EvaluationConsentFacts } from './consent-gate.js';
import { BUILT_IN_QUESTIONNAIRES, suggestedQuestionnaireUses } from './questionnaires/index.js';
import { checkQuestionnaireUses, checkSubmissionWindow, invitationStatus, planQuestionnaires, questionnairesDue, type MatchToEvaluate } from './schedule.js';

const parentRus = programmeSettingsFromTemplate('parentRus');

/** A Parent'R'US match: six months from 1 October, so planned to end on 31 March. */
const parentMatch: MatchToEvaluate = {
  matchId: 'm-1',
  programmeId: 'parent-rus-utrecht',
  startedOn: '2025-10-01',
  plannedEnd: plannedEndOf('2025-10-01', parentRus),
  closure: null,
  participants: [
    { personId: 'fatima', role: 'mentee' },
    { personId: 'ans', role: 'mentor' },
  ],
};

const parentConsent: EvaluationConsentFacts = {
  subject: { kind: 'adultMentee', personId: 'fatima' },
  consents: [
    { personId: 'fatima', state: 'given' },
    { personId: 'ans', state: 'given' },
  ],
};

/** A School's cool programme that switched the end-of-match questionnaire on. */
const schoolsCool: ProgrammeSettings = { ...programmeSettingsFromTemplate('schoolsCool'), questionnaires: suggestedQuestionnaireUses('schoolsCool') };

const pupilMatch: MatchToEvaluate = {
  matchId: 'm-2',
  programmeId: 'schools-cool-liemers',
  startedOn: '2025-09-15',
  plannedEnd: plannedEndOf('2025-09-15', schoolsCool, { schoolYearEndsOn: '2026-07-17' }),
  closure: null,
  participants: [
    { personId: 'sara', role: 'mentee' },
    { personId: 'mother', role: 'parent' },
    { personId: 'father', role: 'parent' },
    { personId: 'ans', role: 'mentor' },
    { personId: 'de-vries', role: 'schoolMentor' },
  ],
};

/** Sara is 12; her parents, Ans and the school mentor all said yes. */
const pupilConsent = (overrides: Partial<Record<string, EvaluationConsentFacts['consents'][number]['state']>> = {}, birthDate = '2013-05-01'): EvaluationConsentFacts => ({
  subject: { kind: 'pupil', personId: 'sara', birthDate },
  consents: [
    { personId: 'sara', state: overrides.sara ?? 'given' },
    { personId: 'mother', state: overrides.mother ?? 'given', guardian: true },
    { personId: 'father', state: overrides.father ?? 'given', guardian: true },
    { personId: 'ans', state: overrides.ans ?? 'given' },
    { personId: 'de-vries', state: overrides['de-vries'] ?? 'given' },
  ],
});

const sendDays = (match: MatchToEvaluate, settings: ProgrammeSettings = parentRus) =>
  planQuestionnaires(match, settings, BUILT_IN_QUESTIONNAIRES).invitations.map((invitation) => [invitation.questionnaireId, invitation.personId, invitation.sendOn]);

describe('planQuestionnaires (DOMAIN.md §7)', () => {
  it("Parent'R'US tool 3 at the middle of the planned six months, tool 4 at the planned end, for mentee and mentor", () => {
    const plan = planQuestionnaires(parentMatch, parentRus, BUILT_IN_QUESTIONNAIRES);
    expect(plan.notPlanned).toEqual([]);
    expect(plan.invitations.map(({ key, respondent, sendOn, remindOn, expiresOn }) => ({ key, respondent, sendOn, remindOn, expiresOn }))).toEqual([
      { key: 'evaluation:m-1:midTermReport:ans:midTerm', respondent: 'volunteer', sendOn: '2025-12-30', remindOn: '2026-01-06', expiresOn: '2026-01-27' },
      { key: 'evaluation:m-1:midTermReport:fatima:midTerm', respondent: 'parent', sendOn: '2025-12-30', remindOn: '2026-01-06', expiresOn: '2026-01-27' },
      { key: 'evaluation:m-1:finalReport:ans:end', respondent: 'volunteer', sendOn: '2026-03-31', remindOn: '2026-04-07', expiresOn: '2026-04-28' },
      { key: 'evaluation:m-1:finalReport:fatima:end', respondent: 'parent', sendOn: '2026-03-31', remindOn: '2026-04-07', expiresOn: '2026-04-28' },
    ]);
  });

  it("School's cool: the whole triangle at the end of the school year — the pupil, each parent, the home mentor and the school mentor", () => {
    const plan = planQuestionnaires(pupilMatch, schoolsCool, BUILT_IN_QUESTIONNAIRES);
    expect(plan.invitations.map((invitation) => [invitation.personId, invitation.respondent, invitation.sendOn])).toEqual([
      ['sara', 'pupil', '2026-07-17'],
      ['mother', 'parent', '2026-07-17'],
      ['father', 'parent', '2026-07-17'],
      ['ans', 'volunteer', '2026-07-17'],
      ['de-vries', 'schoolMentor', '2026-07-17'],
    ]);
  });

  it('a match that closes early gets its final report at the closure instead, and once', () => {
    const closed = { ...parentMatch, closure: { on: '2026-02-13', reason: 'menteeStopped' as const } };
    expect(sendDays(closed)).toEqual([
      ['midTermReport', 'ans', '2025-12-30'],
      ['midTermReport', 'fatima', '2025-12-30'],
      ['finalReport', 'ans', '2026-02-13'],
      ['finalReport', 'fatima', '2026-02-13'],
    ]);
    // The key does not depend on the date: the job never sends a second final report.
    const keys = planQuestionnaires(closed, parentRus, BUILT_IN_QUESTIONNAIRES).invitations.map((invitation) => invitation.key);
    expect(keys).toEqual(planQuestionnaires(parentMatch, parentRus, BUILT_IN_QUESTIONNAIRES).invitations.map((invitation) => invitation.key));
  });

  it('closed before the middle: no mid-term report; closed for safeguarding: no final report either', () => {
    const early = planQuestionnaires({ ...parentMatch, closure: { on: '2025-11-20', reason: 'moved' } }, parentRus, BUILT_IN_QUESTIONNAIRES);
    expect(early.notPlanned.map((entry) => [entry.questionnaireId, entry.reason])).toEqual([
      ['midTermReport', 'closedBeforeMidTerm'],
      ['midTermReport', 'closedBeforeMidTerm'],
    ]);
    const safeguarding = planQuestionnaires({ ...parentMatch, closure: { on: '2026-02-01', reason: 'safeguarding' } }, parentRus, BUILT_IN_QUESTIONNAIRES);
    expect(safeguarding.notPlanned.map((entry) => entry.reason)).toEqual(['closedForSafeguarding', 'closedForSafeguarding']);
  });

  it('configurable offsets: the final report a week before the planned end, two days after an early closure, no reminder, two weeks to answer', () => {
    const timing = { offsetDays: -7, closureOffsetDays: 2, reminderAfterDays: null, expiresAfterDays: 14 };
    const settings = { ...parentRus, questionnaires: [{ questionnaire: 'finalReport', when: 'end' as const, filledInBy: ['mentee' as const], timing }] };
    const [planned] = planQuestionnaires(parentMatch, settings, BUILT_IN_QUESTIONNAIRES).invitations;
    expect(planned).toMatchObject({ sendOn: '2026-03-24', remindOn: null, reminderKey: null, expiresOn: '2026-04-07' });
    const [closed] = planQuestionnaires({ ...parentMatch, closure: { on: '2026-02-13', reason: 'completed' } }, settings, BUILT_IN_QUESTIONNAIRES).invitations;
    expect(closed?.sendOn).toBe('2026-02-15');
  });

  it('Thuisschoolmaatje without a reopening date: no middle, the end at the closure once it comes', () => {
    const settings: ProgrammeSettings = { ...programmeSettingsFromTemplate('thuisschoolmaatje'), questionnaires: suggestedQuestionnaireUses('thuisschoolmaatje') };
    const withMiddle = { ...settings, questionnaires: [...settings.questionnaires, { questionnaire: 'thuisschoolmaatjeEndOfMatch', when: 'midTerm' as const, filledInBy: ['mentor' as const] }] };
    const match: MatchToEvaluate = { ...pupilMatch, plannedEnd: plannedEndOf('2020-04-01', settings), startedOn: '2020-04-01', participants: [{ personId: 'sara', role: 'mentee' }, { personId: 'ans', role: 'mentor' }] };
    const open = planQuestionnaires(match, withMiddle, BUILT_IN_QUESTIONNAIRES);
    expect(open.invitations).toEqual([]);
    expect(open.notPlanned.map((entry) => [entry.moment, entry.role, entry.reason])).toEqual([
      ['end', 'mentee', 'waitingForEnd'],
      ['end', 'parent', 'waitingForEnd'],
      ['end', 'mentor', 'waitingForEnd'],
      ['end', 'schoolMentor', 'waitingForEnd'],
      ['midTerm', 'mentor', 'noPlannedEnd'],
    ]);
    const closed = planQuestionnaires({ ...match, closure: { on: '2020-06-02', reason: 'completed' } }, withMiddle, BUILT_IN_QUESTIONNAIRES);
    expect(closed.invitations.map((invitation) => [invitation.personId, invitation.moment, invitation.sendOn])).toEqual([
      ['sara', 'end', '2020-06-02'],
      ['ans', 'end', '2020-06-02'],
    ]);
    // This match has no parent or school mentor on record.
    expect(closed.notPlanned.filter((entry) => entry.reason === 'nobodyInRole').map((entry) => entry.role)).toEqual(['parent', 'schoolMentor']);
  });

  it('the invitation names the newest version of the questionnaire', () => {
    const v2 = { ...BUILT_IN_QUESTIONNAIRES[1]!, version: 2 };
    const versions = planQuestionnaires(parentMatch, parentRus, [...BUILT_IN_QUESTIONNAIRES, v2]).invitations.map((invitation) => [invitation.questionnaireId, invitation.version]);
    expect(versions).toContainEqual(['finalReport', 2]);
    expect(versions).toContainEqual(['midTermReport', 1]);
  });
});

describe('questionnairesDue: a job that may run every day', () => {
  const due = (today: string, answered: ReadonlySet<string> = new Set(), consent = parentConsent) => questionnairesDue(parentMatch, parentRus, BUILT_IN_QUESTIONNAIRES, consent, answered, today);
  const keys = (list: readonly { key: string }[]) => list.map((invitation) => invitation.key);

  it('nothing before the day, the invitations from the day, again the next day with the same keys, the reminder once its day comes', () => {
    expect(due('2025-12-29').invite).toEqual([]);
    expect(keys(due('2025-12-30').invite)).toEqual(['evaluation:m-1:midTermReport:ans:midTerm', 'evaluation:m-1:midTermReport:fatima:midTerm']);
    expect(keys(due('2025-12-31').invite)).toEqual(keys(due('2025-12-30').invite));
    expect(due('2026-01-05').remind).toEqual([]);
    expect(due('2026-01-06').remind.map((invitation) => invitation.reminderKey)).toEqual([
      'evaluation:m-1:midTermReport:ans:midTerm:reminder',
      'evaluation:m-1:midTermReport:fatima:midTerm:reminder',
    ]);
  });

  it('an answered invitation is neither sent nor reminded; an expired one neither', () => {
    const answered = new Set(['evaluation:m-1:midTermReport:fatima:midTerm']);
    expect(keys(due('2026-01-06', answered).remind)).toEqual(['evaluation:m-1:midTermReport:ans:midTerm']);
    expect(due('2026-01-27')).toEqual({ invite: [], remind: [], notAsked: [] });
  });

  it('EVA-1: a parent mentee who refused is not asked; the mentor still is, and nothing is said about the match', () => {
    const refused: EvaluationConsentFacts = { ...parentConsent, consents: [{ personId: 'fatima', state: 'refused' }, { personId: 'ans', state: 'given' }] };
    const today = due('2025-12-30', new Set(), refused);
    // Our reading of EVA-1: the mentor's answers are about the mentee, so they wait for her consent too.
    expect(today.invite).toEqual([]);
    expect(today.notAsked.map((entry) => [entry.invitation.personId, entry.reason])).toEqual([
      ['ans', 'EVALUATION.MENTEE_CONSENT_MISSING'],
      ['fatima', 'EVALUATION.MENTEE_CONSENT_MISSING'],
    ]);
    expect(Object.keys(today)).toEqual(['invite', 'remind', 'notAsked']);
    const mentorRefused: EvaluationConsentFacts = { ...parentConsent, consents: [{ personId: 'fatima', state: 'given' }, { personId: 'ans', state: 'withdrawn' }] };
    const other = due('2026-01-06', new Set(), mentorRefused);
    expect(keys(other.invite)).toEqual(['evaluation:m-1:midTermReport:fatima:midTerm']);
    expect(other.notAsked.map((entry) => [entry.invitation.personId, entry.reason])).toEqual([['ans', 'EVALUATION.RESPONDENT_CONSENT_MISSING']]);
  });

  it('EVA-1: a withdrawal stops the reminder the next day', () => {
    const withdrawn: EvaluationConsentFacts = { ...parentConsent, consents: [{ personId: 'fatima', state: 'withdrawn' }, { personId: 'ans', state: 'given' }] };
    expect(due('2026-01-06', new Set(), withdrawn).remind).toEqual([]);
  });

  it('nothing at all after a closure for safeguarding', () => {
    const closed = { ...parentMatch, closure: { on: '2026-01-02', reason: 'safeguarding' as const } };
    expect(questionnairesDue(closed, parentRus, BUILT_IN_QUESTIONNAIRES, parentConsent, new Set(), '2026-01-06')).toEqual({ invite: [], remind: [], notAsked: [] });
  });
});

describe('EVA-1: who may be asked (safeguarding-consent-security.md A4; GDPR 7(4), 8)', () => {
  const sara = { personId: 'sara', role: 'mentee' as const };
  const today = '2026-07-17';

  it('EVA-1: a pupil under 16 only with their own consent and a guardian\'s', () => {
    expect(mayBeAskedToEvaluate(sara, pupilConsent(), today).ok).toBe(true);
    expect(mayBeAskedToEvaluate(sara, pupilConsent({ sara: 'pending' }), today)).toEqual({ ok: false, code: 'EVALUATION.PUPIL_CONSENT_MISSING' });
    expect(mayBeAskedToEvaluate(sara, pupilConsent({ mother: 'pending', father: 'pending' }), today)).toEqual({ ok: false, code: 'EVALUATION.GUARDIAN_CONSENT_MISSING' });
    // One guardian is enough, but a guardian's refusal stands.
    expect(mayBeAskedToEvaluate(sara, pupilConsent({ father: 'pending' }), today).ok).toBe(true);
    expect(mayBeAskedToEvaluate(sara, pupilConsent({ father: 'refused' }), today)).toEqual({ ok: false, code: 'EVALUATION.GUARDIAN_CONSENT_MISSING' });
  });

  it('EVA-1: from 16 the pupil\'s own consent suffices', () => {
    expect(mayBeAskedToEvaluate(sara, pupilConsent({ mother: 'pending', father: 'pending' }, '2010-07-17'), today).ok).toBe(true);
    expect(mayBeAskedToEvaluate(sara, pupilConsent({ mother: 'pending', father: 'pending' }, '2010-07-18'), today).ok).toBe(false);
  });

  it('EVA-1: a parent, volunteer or school mentor only with their own consent', () => {
    expect(mayBeAskedToEvaluate({ personId: 'mother', role: 'parent' }, pupilConsent({ mother: 'refused' }, '2009-01-01'), today)).toEqual({ ok: false, code: 'EVALUATION.RESPONDENT_CONSENT_MISSING' });
    // Under 16 her refusal as a guardian also withholds the questionnaires about her child.
    expect(mayBeAskedToEvaluate({ personId: 'mother', role: 'parent' }, pupilConsent({ mother: 'refused' }), today)).toEqual({ ok: false, code: 'EVALUATION.GUARDIAN_CONSENT_MISSING' });
    expect(mayBeAskedToEvaluate({ personId: 'ans', role: 'mentor' }, pupilConsent({ ans: 'pending' }), today)).toEqual({ ok: false, code: 'EVALUATION.RESPONDENT_CONSENT_MISSING' });
    expect(mayBeAskedToEvaluate({ personId: 'de-vries', role: 'schoolMentor' }, pupilConsent(), today).ok).toBe(true);
  });

  it('EVA-1: nobody answers about a pupil who said no; the triangle is asked when the pupil said yes and one parent refused', () => {
    const refused = questionnairesDue(pupilMatch, schoolsCool, BUILT_IN_QUESTIONNAIRES, pupilConsent({ sara: 'refused' }), new Set(), today);
    expect(refused.invite).toEqual([]);
    expect(new Set(refused.notAsked.map((entry) => entry.reason))).toEqual(new Set(['EVALUATION.PUPIL_CONSENT_MISSING']));
    // 12 years old: the father's refusal as guardian withholds the pupil's questionnaire, and with it everyone's.
    const fatherRefused = questionnairesDue(pupilMatch, schoolsCool, BUILT_IN_QUESTIONNAIRES, pupilConsent({ father: 'refused' }), new Set(), today);
    expect(fatherRefused.invite).toEqual([]);
    // At 16 the father's refusal counts only for himself.
    const sixteen = questionnairesDue(pupilMatch, schoolsCool, BUILT_IN_QUESTIONNAIRES, pupilConsent({ father: 'refused' }, '2010-01-01'), new Set(), today);
    expect(sixteen.invite.map((invitation) => invitation.personId)).toEqual(['sara', 'mother', 'ans', 'de-vries']);
    expect(sixteen.notAsked.map((entry) => [entry.invitation.personId, entry.reason])).toEqual([['father', 'EVALUATION.RESPONDENT_CONSENT_MISSING']]);
  });

  it('EVA-1: refusing never affects the match — the plan of the match is the same whatever anyone decided', () => {
    const before = planQuestionnaires(pupilMatch, schoolsCool, BUILT_IN_QUESTIONNAIRES);
    questionnairesDue(pupilMatch, schoolsCool, BUILT_IN_QUESTIONNAIRES, pupilConsent({ sara: 'refused' }), new Set(), today);
    expect(planQuestionnaires(pupilMatch, schoolsCool, BUILT_IN_QUESTIONNAIRES)).toEqual(before);
  });
});

describe('the window for answering', () => {
  const invitation = { sendOn: '2025-12-30', expiresOn: '2026-01-27' };

  it('scheduled, open, expired; answered once', () => {
    expect(invitationStatus(invitation, false, '2025-12-29')).toBe('scheduled');
    expect(invitationStatus(invitation, false, '2026-01-26')).toBe('open');
    expect(invitationStatus(invitation, false, '2026-01-27')).toBe('expired');
    expect(invitationStatus(invitation, true, '2026-01-27')).toBe('answered');
    expect(checkSubmissionWindow(invitation, false, '2026-01-10')).toEqual({ ok: true, value: true });
    expect(checkSubmissionWindow(invitation, false, '2026-01-27')).toEqual({ ok: false, code: 'EVALUATION.INVITATION_EXPIRED' });
    expect(checkSubmissionWindow(invitation, true, '2026-01-10')).toEqual({ ok: false, code: 'EVALUATION.INVITATION_ANSWERED' });
    expect(checkSubmissionWindow(invitation, false, '2025-12-01')).toEqual({ ok: false, code: 'EVALUATION.INVITATION_NOT_OPEN' });
  });
});

describe('checkQuestionnaireUses', () => {
  it('every used questionnaire exists and asks the respondents its roles stand for', () => {
    expect(checkQuestionnaireUses(parentRus, BUILT_IN_QUESTIONNAIRES)).toEqual([]);
    expect(checkQuestionnaireUses(schoolsCool, BUILT_IN_QUESTIONNAIRES)).toEqual([]);
    const wrong = { ...schoolsCool, questionnaires: [{ questionnaire: 'finalReport', when: 'end' as const, filledInBy: ['mentee' as const] }, { questionnaire: 'ourOwn', when: 'end' as const, filledInBy: ['mentor' as const] }] };
    expect(checkQuestionnaireUses(wrong, BUILT_IN_QUESTIONNAIRES)).toEqual([
      // Parent'R'US's final report asks no pupil.
      { ok: false, code: 'EVALUATION.RESPONDENT_NOT_ASKED', field: 'questionnaires.0.filledInBy' },
      { ok: false, code: 'EVALUATION.QUESTIONNAIRE_UNKNOWN', field: 'questionnaires.1.questionnaire' },
    ]);
  });
});
