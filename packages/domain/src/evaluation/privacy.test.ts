import { describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION_POLICY } from '../programme/settings.js';
import { aggregateAnswerSets } from './aggregate.js';
import { openAnswerAsConcern } from './concern.js';
import { isMatchKey, isRespondentKey } from './pseudonym.js';
import { PARENT_RUS_MID_TERM_REPORT } from './questionnaires/index.js';
import { DEFAULT_RETENTION_SETTINGS, retentionDecision, retentionSettingsFor } from '../privacy/index.js';
import { anonymiseAnswerSet, evaluationResponseRecordOf } from './retention.js';
import { scoreAnswerSet } from './scoring.js';
import { allStatements, answerSet, respondentKey, text, yesNo, agree } from './test-fixtures.js';

const WORRYING = 'Sometimes I am afraid to go home when my father is angry.';

const midTerm = answerSet({
  id: 'set-42',
  questionnaireId: 'midTermReport',
  answers: [yesNo('parentSupportChange', 'no', 'He shouts a lot.'), ...allStatements('agree'), text('otherComment', WORRYING)],
});

const coordinator = { personId: 'coordinator-ans', role: 'coordinator' as const };

describe('EVA-2: a pseudonymous respondent key, separate from identities (safeguarding-consent-security.md A4)', () => {
  it('EVA-2: keys have the form of a keyed hash, so a person or match id is never accepted as one', () => {
    expect(isRespondentKey(respondentKey(1))).toBe(true);
    expect(isRespondentKey('rk_short')).toBe(false);
    expect(isRespondentKey('person-0b8e1c9a-6f0e-4e59-8d0c-3f3a1f7b2c11')).toBe(false);
    expect(isMatchKey(`mk_${'a'.repeat(43)}`)).toBe(true);
    expect(isMatchKey(respondentKey(1))).toBe(false);
  });
});

describe('EVA-4: free text is never scanned into safeguarding', () => {
  it('EVA-4: a worrying answer raises nothing by itself — scoring and reports carry no concern and none of its words', () => {
    const scored = scoreAnswerSet(PARENT_RUS_MID_TERM_REPORT, midTerm);
    expect(JSON.stringify(scored.items)).not.toContain('afraid');
    expect(JSON.stringify(scored.scales)).not.toMatch(/concern/i);
    const report = aggregateAnswerSets([PARENT_RUS_MID_TERM_REPORT], [midTerm], { programmeId: midTerm.programmeId, questionnaireId: 'midTermReport', from: '2026-01-01', to: '2026-12-31' }, DEFAULT_EVALUATION_POLICY);
    expect(JSON.stringify(report)).not.toMatch(/afraid|concern/i);
  });

  it('EVA-4: a coordinator who reads it opens it as a Concern by hand; the link is recorded with the words to quote', () => {
    const opened = openAnswerAsConcern(midTerm, 'otherComment', { by: coordinator, concernId: 'concern-7', on: '2026-01-12' }, [], '2026-01-12');
    expect(opened).toEqual({
      ok: true,
      value: { answerSetId: 'set-42', itemId: 'otherComment', concernId: 'concern-7', openedBy: 'coordinator-ans', openedOn: '2026-01-12', words: WORRYING, source: { kind: 'thirdParty', who: 'evaluation answer (midTermReport, otherComment)' } },
    });
    // An explanation of a yes/no answer is free text too.
    expect(openAnswerAsConcern(midTerm, 'parentSupportChange', { by: coordinator, concernId: 'concern-8', on: '2026-01-12' }, [], '2026-01-12')).toMatchObject({ ok: true, value: { words: 'He shouts a lot.' } });
  });

  it('EVA-4: only a coordinator, only with the Concern created, only for free text, only once', () => {
    const action = { by: coordinator, concernId: 'concern-7', on: '2026-01-12' };
    expect(openAnswerAsConcern(midTerm, 'otherComment', { ...action, by: { personId: 'ans', role: 'volunteer' } }, [], '2026-01-12')).toEqual({ ok: false, code: 'EVALUATION.CONCERN_ONLY_BY_COORDINATOR' });
    expect(openAnswerAsConcern(midTerm, 'otherComment', { ...action, concernId: ' ' }, [], '2026-01-12')).toEqual({ ok: false, code: 'EVALUATION.CONCERN_ID_REQUIRED', field: 'concernId' });
    expect(openAnswerAsConcern(midTerm, 'voiceOfPower', action, [], '2026-01-12')).toEqual({ ok: false, code: 'EVALUATION.CONCERN_NOTHING_TO_OPEN', field: 'itemId' });
    expect(openAnswerAsConcern(midTerm, 'otherComment', action, [{ answerSetId: 'set-42', itemId: 'otherComment' }], '2026-01-12')).toEqual({
      ok: false,
      code: 'EVALUATION.CONCERN_ALREADY_OPENED',
      field: 'itemId',
    });
    expect(openAnswerAsConcern(midTerm, 'otherComment', { ...action, on: '2026-01-13' }, [], '2026-01-12')).toEqual({ ok: false, code: 'EVALUATION.CONCERN_DATE_INVALID', field: 'on' });
  });
});

describe('EVA-5: raw answers deleted or anonymised per R-6, aggregates kept', () => {
  it("EVA-5 (R-6 [D]): an answer set's raw answers are anonymised a year after it was given, by privacy's retention rule", () => {
    const record = evaluationResponseRecordOf({ id: 'set-42', submittedOn: '2025-01-31' });
    expect(record).toEqual({ id: 'set-42', kind: 'evaluationResponse', roundClosedOn: '2025-01-31' });
    expect(retentionDecision(record, DEFAULT_RETENTION_SETTINGS, '2026-01-30')).toMatchObject({ action: 'keep', rule: 'R-6', dueOn: '2026-01-31', atDue: 'anonymise' });
    expect(retentionDecision(record, DEFAULT_RETENTION_SETTINGS, '2026-01-31')).toMatchObject({ action: 'anonymise', rule: 'R-6' });
    expect(retentionDecision(record, retentionSettingsFor({}, { evaluationRawMonths: 6 }), '2025-07-31')).toMatchObject({ action: 'anonymise' });
  });

  it('EVA-5: an anonymised answer set keeps the choices and numbers, not the keys, the free text or the day', () => {
    const anonymous = anonymiseAnswerSet({ ...midTerm, answers: [...midTerm.answers.slice(0, 2), agree('closerDialogue', 'disagree', 'My neighbour Mrs. Jansen says so.')] });
    expect(anonymous).toEqual({
      questionnaireId: 'midTermReport',
      version: 1,
      programmeId: 'parent-rus-utrecht',
      respondent: 'parent',
      moment: 'midTerm',
      language: 'en',
      submittedInMonth: '2026-01',
      answers: [
        { itemId: 'parentSupportChange', kind: 'yesNo', value: 'no' },
        { itemId: 'relationshipChildrenParentsSchool', kind: 'agreement', value: 'agree' },
        { itemId: 'closerDialogue', kind: 'agreement', value: 'disagree' },
      ],
    });
    expect(JSON.stringify(anonymous)).not.toMatch(/rk_|mk_|Jansen|shouts/);
  });
});
