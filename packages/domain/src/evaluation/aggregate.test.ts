import { describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION_POLICY } from '../programme/settings.js';
import { aggregateAnswerSets, type AggregateScope, type ItemAggregate } from './aggregate.js';
import type { AnswerSet } from './answers.js';
import { PARENT_RUS_FINAL_REPORT } from './questionnaires/index.js';
import { agree, allStatements, answerSet, matchKey, respondentKey, text, yesNo } from './test-fixtures.js';

const SCOPE: AggregateScope = { programmeId: 'parent-rus-utrecht', questionnaireId: 'finalReport', from: '2026-01-01', to: '2026-12-31', respondents: ['parent'] };

/** Parent `n`'s final report: the seven statements, the change question, THE CHILD for the first `childAnswers` parents. */
function parentFinal(n: number, overrides: Partial<AnswerSet> = {}): AnswerSet {
  const statements = n === 1 ? [...allStatements('agree').slice(0, 6), agree('achievementAndWellBeing', 'couldBeImproved', 'Homework is still hard.')] : allStatements('agree');
  return answerSet({
    id: `final-${n}`,
    questionnaireId: 'finalReport',
    moment: 'end',
    respondentKey: respondentKey(n),
    matchKey: matchKey(n),
    submittedOn: '2026-03-31',
    answers: [
      yesNo('parentSchoolCollaborationChange', n % 2 === 0 ? 'no' : 'yes'),
      ...statements,
      ...(n <= 4 ? [yesNo('childConfidence', 'yes', 'She raises her hand in class.')] : []),
      text('informationForNewMentors', `Parent ${n}: tell new mentors about the school portal.`),
    ],
    ...overrides,
  });
}

const item = (aggregate: ReturnType<typeof aggregateAnswerSets>, itemId: string): ItemAggregate | undefined => aggregate.items.find((entry) => entry.itemId === itemId);

describe('EVA-2: reports show only aggregates with n ≥ 5 (safeguarding-consent-security.md A4)', () => {
  const sixParents = [1, 2, 3, 4, 5, 6].map((n) => parentFinal(n));

  it('EVA-2: a statement answered by six parents is shown, with its counts, mean and share of Agree', () => {
    const report = aggregateAnswerSets([PARENT_RUS_FINAL_REPORT], sixParents, SCOPE, DEFAULT_EVALUATION_POLICY);
    expect(report.total).toEqual({ withheld: false, respondents: 6, answers: 6 });
    expect(item(report, 'achievementAndWellBeing')).toEqual({
      itemId: 'achievementAndWellBeing',
      kind: 'agreement',
      withheld: false,
      respondents: 6,
      answers: 6,
      counts: { disagree: 0, agree: 5, couldBeImproved: 1 },
      mean: 11 / 6,
      shareAgree: 5 / 6,
    });
    expect(item(report, 'parentSchoolCollaborationChange')).toMatchObject({ withheld: false, counts: { yes: 3, no: 3 }, shareAgree: 0.5 });
  });

  it('EVA-2: THE CHILD\'s "My child has more confidence", answered by four, is withheld — no number below five at all', () => {
    const report = aggregateAnswerSets([PARENT_RUS_FINAL_REPORT], sixParents, SCOPE, DEFAULT_EVALUATION_POLICY);
    expect(item(report, 'childConfidence')).toEqual({ itemId: 'childConfidence', kind: 'yesNo', withheld: true });
    expect(item(report, 'childFriends')).toEqual({ itemId: 'childFriends', kind: 'yesNo', withheld: true });
    expect(report.scales.find((scale) => scale.scaleId === 'theChild')).toEqual({ scaleId: 'theChild', kind: 'yesNo', withheld: true });
  });

  it('EVA-2: four respondents in the whole period: everything is withheld, the total included', () => {
    const report = aggregateAnswerSets([PARENT_RUS_FINAL_REPORT], sixParents.slice(0, 4), SCOPE, DEFAULT_EVALUATION_POLICY);
    expect(report.total).toEqual({ withheld: true });
    expect(report.items.every((entry) => entry.withheld)).toBe(true);
    expect(report.scales.every((entry) => entry.withheld)).toBe(true);
    expect(JSON.stringify({ ...report, scope: undefined })).not.toMatch(/"(respondents|answers|mean|counts|shareAgree)"/);
  });

  it('EVA-2: respondents are counted as people: one volunteer with five mentees is one respondent, not five', () => {
    const mentorScope: AggregateScope = { ...SCOPE, respondents: ['volunteer'] };
    const sameMentor = [1, 2, 3, 4, 5].map((n) =>
      answerSet({ id: `m-${n}`, questionnaireId: 'finalReport', moment: 'end', respondent: 'volunteer', respondentKey: respondentKey('ans'), matchKey: matchKey(n), submittedOn: '2026-04-01', answers: [yesNo('parentSchoolCollaborationChange', 'yes'), ...allStatements('agree'), yesNo('mentorSupported', 'yes')] }),
    );
    const report = aggregateAnswerSets([PARENT_RUS_FINAL_REPORT], sameMentor, mentorScope, DEFAULT_EVALUATION_POLICY);
    expect(report.total).toEqual({ withheld: true });
    expect(item(report, 'mentorSupported')).toEqual({ itemId: 'mentorSupported', kind: 'yesNo', withheld: true });
  });

  it('EVA-2 [D]: the threshold is a programme setting', () => {
    const report = aggregateAnswerSets([PARENT_RUS_FINAL_REPORT], sixParents, SCOPE, { minRespondentsPerFigure: 3 });
    expect(report.minRespondents).toBe(3);
    expect(item(report, 'childConfidence')).toMatchObject({ withheld: false, respondents: 4, counts: { yes: 4, no: 0 } });
    const strict = aggregateAnswerSets([PARENT_RUS_FINAL_REPORT], sixParents, SCOPE, { minRespondentsPerFigure: 7 });
    expect(strict.total).toEqual({ withheld: true });
  });

  it('EVA-2 and EVA-4: free text appears only as a count of writers, never its words', () => {
    const report = aggregateAnswerSets([PARENT_RUS_FINAL_REPORT], sixParents, SCOPE, DEFAULT_EVALUATION_POLICY);
    expect(item(report, 'informationForNewMentors')).toEqual({ itemId: 'informationForNewMentors', kind: 'text', withheld: false, respondents: 6, answers: 6 });
    expect(JSON.stringify(report)).not.toContain('school portal');
    expect(JSON.stringify(report)).not.toContain('raises her hand');
  });

  it('only the programme, questionnaire, period, respondents and moment in scope', () => {
    const others = [
      parentFinal(7, { programmeId: 'another-programme' }),
      parentFinal(8, { submittedOn: '2025-12-31' }),
      parentFinal(9, { respondent: 'volunteer' }),
      parentFinal(10, { questionnaireId: 'midTermReport', moment: 'midTerm' }),
    ];
    const report = aggregateAnswerSets([PARENT_RUS_FINAL_REPORT], [...sixParents, ...others], SCOPE, DEFAULT_EVALUATION_POLICY);
    expect(report.total).toEqual({ withheld: false, respondents: 6, answers: 6 });
    expect(aggregateAnswerSets([PARENT_RUS_FINAL_REPORT], sixParents, { ...SCOPE, moment: 'midTerm' }, DEFAULT_EVALUATION_POLICY).total).toEqual({ withheld: true });
  });

  it("a report on the parents lists only what parents are asked: THE CHILD and THE PARENT, not THE MENTOR", () => {
    const report = aggregateAnswerSets([PARENT_RUS_FINAL_REPORT], sixParents, SCOPE, DEFAULT_EVALUATION_POLICY);
    expect(report.items.some((entry) => entry.itemId === 'mentorSupported')).toBe(false);
    expect(report.scales.map((scale) => scale.scaleId)).toEqual(['mentoringValue', 'theChild', 'theParent']);
    expect(aggregateAnswerSets([PARENT_RUS_FINAL_REPORT], sixParents, { ...SCOPE, respondents: undefined }, DEFAULT_EVALUATION_POLICY).scales).toHaveLength(4);
  });

  it('answer sets of a version whose definition is not given are left out and listed', () => {
    const report = aggregateAnswerSets([PARENT_RUS_FINAL_REPORT], [...sixParents, parentFinal(7, { version: 2 })], SCOPE, DEFAULT_EVALUATION_POLICY);
    expect(report.unscoredAnswerSetIds).toEqual(['final-7']);
    expect(report.total).toMatchObject({ respondents: 6 });
  });

  it('the seven statements as a scale, over the parents for whom it counts', () => {
    const report = aggregateAnswerSets([PARENT_RUS_FINAL_REPORT], sixParents, SCOPE, DEFAULT_EVALUATION_POLICY);
    const scale = report.scales.find((entry) => entry.scaleId === 'mentoringValue');
    expect(scale).toMatchObject({ withheld: false, respondents: 6, kind: 'agreement' });
    expect(scale && !scale.withheld && scale.mean).toBeCloseTo((5 * 2 + 13 / 7) / 6, 12);
  });
});
