import { describe, expect, it } from 'vitest';
import { plannedEndOf } from '../closure/index.js';
import { evaluationPolicyOf, programmeSettingsFromTemplate } from '../programme/index.js';
import {
  BUILT_IN_QUESTIONNAIRES,
  PARENT_RUS_MID_TERM_REPORT,
  aggregateAnswerSets,
  mirrorComparison,
  questionnairesDue,
  scoreAnswerSet,
  validateAnswerSet,
  type AnswerSet,
} from './index.js';
import { matchKey as keyOfMatch, respondentKey } from './test-fixtures.js';

describe('the README example', () => {
  it('holds', () => {
    const ansKey = respondentKey('ans');
    const fatimaKey = respondentKey('fatima');
    const matchKey = keyOfMatch(1);

    const settings = programmeSettingsFromTemplate('parentRus');
    const match = {
      matchId: 'm-1',
      programmeId: 'p-1',
      startedOn: '2025-10-01',
      closure: null,
      plannedEnd: plannedEndOf('2025-10-01', settings),
      participants: [
        { personId: 'fatima', role: 'mentee' },
        { personId: 'ans', role: 'mentor' },
      ],
    } as const;
    const consent = {
      subject: { kind: 'adultMentee', personId: 'fatima' },
      consents: [
        { personId: 'fatima', state: 'given' },
        { personId: 'ans', state: 'given' },
      ],
    } as const;
    const { invite } = questionnairesDue(match, settings, BUILT_IN_QUESTIONNAIRES, consent, new Set(), '2025-12-30');
    expect(match.plannedEnd.plannedEnd).toBe('2026-03-31');
    expect(invite.map(({ questionnaireId, personId, respondent, sendOn, remindOn, expiresOn }) => ({ questionnaireId, personId, respondent, sendOn, remindOn, expiresOn }))).toEqual([
      { questionnaireId: 'midTermReport', personId: 'ans', respondent: 'volunteer', sendOn: '2025-12-30', remindOn: '2026-01-06', expiresOn: '2026-01-27' },
      { questionnaireId: 'midTermReport', personId: 'fatima', respondent: 'parent', sendOn: '2025-12-30', remindOn: '2026-01-06', expiresOn: '2026-01-27' },
    ]);

    const base = { questionnaireId: 'midTermReport', version: 1, programmeId: 'p-1', matchKey, moment: 'midTerm', language: 'nl', submittedOn: '2026-01-04' } as const;
    const statements = ['relationshipChildrenParentsSchool', 'childrenWellBeing', 'keepInteractingWithSchool', 'confidenceInOwnAbilities', 'closerDialogue', 'voiceOfPower', 'achievementAndWellBeing'];
    const mentor: AnswerSet = {
      ...base,
      id: 'a-1',
      respondentKey: ansKey,
      respondent: 'volunteer',
      answers: [{ itemId: 'parentSupportChange', kind: 'yesNo', value: 'yes' }, ...statements.map((itemId) => ({ itemId, kind: 'agreement', value: 'agree' }) as const)],
    };
    const mentee: AnswerSet = {
      ...base,
      id: 'a-2',
      respondentKey: fatimaKey,
      respondent: 'parent',
      answers: [
        { itemId: 'parentSupportChange', kind: 'yesNo', value: 'yes' },
        ...statements.map((itemId) =>
          itemId === 'closerDialogue'
            ? ({ itemId, kind: 'agreement', value: 'couldBeImproved', explanation: 'Ik zie de school bijna nooit.' } as const)
            : ({ itemId, kind: 'agreement', value: 'agree' } as const),
        ),
      ],
    };
    expect(validateAnswerSet(PARENT_RUS_MID_TERM_REPORT, mentee, '2026-01-04')).toEqual([]);
    const unexplained = { ...mentee, answers: mentee.answers.map((answer) => (answer.itemId === 'closerDialogue' ? { ...answer, explanation: '' } : answer)) };
    expect(validateAnswerSet(PARENT_RUS_MID_TERM_REPORT, unexplained, '2026-01-04').map((refusal) => refusal.code)).toEqual(['EVALUATION.EXPLANATION_REQUIRED']);

    const scored = scoreAnswerSet(PARENT_RUS_MID_TERM_REPORT, mentee);
    expect(scored.scales).toEqual([{ scaleId: 'mentoringValue', kind: 'agreement', items: 7, answered: 7, counts: true, sum: 13, mean: 13 / 7, shareAgree: 6 / 7 }]);
    const mirror = mirrorComparison(scoreAnswerSet(PARENT_RUS_MID_TERM_REPORT, mentor), scored);
    expect(mirror.ok && mirror.value.differOn).toEqual(['closerDialogue']);
    expect(mirror.ok && mirror.value.items.find((item) => item.itemId === 'closerDialogue')?.gap).toBe(1);
    const report = aggregateAnswerSets([PARENT_RUS_MID_TERM_REPORT], [mentor, mentee], { programmeId: 'p-1', questionnaireId: 'midTermReport', from: '2026-01-01', to: '2026-12-31' }, evaluationPolicyOf(settings));
    expect(report.total).toEqual({ withheld: true });
  });
});
