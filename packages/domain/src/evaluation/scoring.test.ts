import { describe, expect, it } from 'vitest';
import { changeBetween, mirrorComparison } from './comparison.js';
import { PARENT_RUS_FINAL_REPORT, PARENT_RUS_MID_TERM_REPORT, SCHOOLS_COOL_END_OF_MATCH } from './questionnaires/index.js';
import { scoreAnswerSet, scoreItem } from './scoring.js';
import { itemById } from './definition.js';
import { agree, allStatements, answerSet, matchKey, number, respondentKey, SEVEN_STATEMENTS, text, yesNo } from './test-fixtures.js';

const WHY = 'More contact with the teacher would help.';

/** The parent's statements: five Agree, one Could be improved, one Disagree. */
const mixedStatements = [
  ...SEVEN_STATEMENTS.slice(0, 5).map((id) => agree(id, 'agree')),
  agree('voiceOfPower', 'couldBeImproved', WHY),
  agree('achievementAndWellBeing', 'disagree', WHY),
];

const finalOfParent = answerSet({
  id: 'final-parent',
  questionnaireId: 'finalReport',
  moment: 'end',
  submittedOn: '2026-04-02',
  answers: [
    yesNo('parentSchoolCollaborationChange', 'yes', 'I now talk to the teacher every month.'),
    ...mixedStatements,
    // THE CHILD: four of seven answered — fewer than the five the scale needs.
    yesNo('childConfidence', 'yes', 'She speaks up in class.'),
    yesNo('childFriends', 'yes'),
    yesNo('childExtracurricular', 'no'),
    yesNo('childViewOfSchool', 'yes'),
    // THE PARENT: eight of ten answered, six of them Yes.
    ...['parentSkills', 'parentRelationshipWithChild', 'parentRepresentsChild', 'parentCommunicationWithSchool', 'parentCollaboration', 'parentInvolved'].map((id) => yesNo(id, 'yes')),
    yesNo('parentMeetsOthers', 'no'),
    yesNo('parentNewSkills', 'no'),
  ],
});

describe('scoring (parentrus-mentormodel-ouderbetrokkenheid.txt tool 4)', () => {
  it('per item: Disagree 0, Could be improved 1, Agree 2; No 0, Yes 1', () => {
    const scored = scoreAnswerSet(PARENT_RUS_FINAL_REPORT, finalOfParent);
    const points = Object.fromEntries(scored.items.map((score) => [score.itemId, score.points]));
    expect(points).toMatchObject({ relationshipChildrenParentsSchool: 2, voiceOfPower: 1, achievementAndWellBeing: 0, childConfidence: 1, childExtracurricular: 0 });
    expect(scored.items.find((score) => score.itemId === 'voiceOfPower')).toMatchObject({ value: 'couldBeImproved', favourable: false, maxPoints: 2 });
  });

  it('the seven statements as a scale: sum, mean and share of Agree', () => {
    const scored = scoreAnswerSet(PARENT_RUS_FINAL_REPORT, finalOfParent);
    expect(scored.scales.find((scale) => scale.scaleId === 'mentoringValue')).toEqual({
      scaleId: 'mentoringValue',
      kind: 'agreement',
      items: 7,
      answered: 7,
      counts: true,
      sum: 11,
      mean: 11 / 7,
      shareAgree: 5 / 7,
    });
  });

  it('a scale counts only with its minimum answered: THE CHILD needs 5 of 7, THE PARENT 7 of 10', () => {
    const { scales } = scoreAnswerSet(PARENT_RUS_FINAL_REPORT, finalOfParent);
    expect(scales.find((scale) => scale.scaleId === 'theChild')).toEqual({
      scaleId: 'theChild',
      kind: 'yesNo',
      items: 7,
      answered: 4,
      counts: false,
      sum: null,
      mean: null,
      shareAgree: null,
    });
    expect(scales.find((scale) => scale.scaleId === 'theParent')).toMatchObject({ answered: 8, counts: true, sum: 6, mean: 0.75, shareAgree: 0.75 });
  });

  it("a scale of another respondent's items is not scored: the parent has no THE MENTOR score", () => {
    const { scales } = scoreAnswerSet(PARENT_RUS_FINAL_REPORT, finalOfParent);
    expect(scales.map((scale) => scale.scaleId)).toEqual(['mentoringValue', 'theChild', 'theParent']);
  });

  it("reverse-scored: disagreeing with School's cool's \"Planning is still hard for me\" is the good answer", () => {
    const item = itemById(SCHOOLS_COOL_END_OF_MATCH, 'planningStillHard');
    expect(item && scoreItem(item, agree('planningStillHard', 'disagree'))).toMatchObject({ points: 2, favourable: true });
    expect(item && scoreItem(item, agree('planningStillHard', 'agree', 'Big tests'))).toMatchObject({ points: 0, favourable: false });
    const pupil = answerSet({
      questionnaireId: 'schoolsCoolEndOfMatch',
      respondent: 'pupil',
      moment: 'end',
      answers: [agree('planning', 'agree'), agree('homeworkApproach', 'agree'), agree('askingQuestions', 'couldBeImproved', 'Soms'), agree('solvingProblems', 'agree'), agree('planningStillHard', 'disagree')],
    });
    expect(scoreAnswerSet(SCHOOLS_COOL_END_OF_MATCH, pupil).scales.find((scale) => scale.scaleId === 'schoolSkills')).toMatchObject({ sum: 9, mean: 1.8, shareAgree: 0.8 });
  });

  it('texts and uncounted numbers are not scored; a counted number scores its value', () => {
    const scored = scoreAnswerSet(PARENT_RUS_FINAL_REPORT, { ...finalOfParent, answers: [...finalOfParent.answers, number('weeksMet', 26), text('mentorInfluence', 'She showed me the school portal.')] });
    expect(scored.items.some((score) => score.itemId === 'weeksMet' || score.itemId === 'mentorInfluence')).toBe(false);
    const mark = itemById(SCHOOLS_COOL_END_OF_MATCH, 'reportMark');
    expect(mark && scoreItem(mark, number('reportMark', 8))).toMatchObject({ points: 8, minPoints: 1, maxPoints: 10, favourable: null });
  });
});

describe('change between the mid-term and the final report', () => {
  const midTermOfParent = answerSet({
    id: 'mid-parent',
    questionnaireId: 'midTermReport',
    moment: 'midTerm',
    submittedOn: '2026-01-10',
    answers: [
      yesNo('parentSupportChange', 'no', 'Too early to say.'),
      ...SEVEN_STATEMENTS.slice(0, 3).map((id) => agree(id, 'agree')),
      agree('confidenceInOwnAbilities', 'couldBeImproved', WHY),
      agree('closerDialogue', 'couldBeImproved', WHY),
      agree('voiceOfPower', 'disagree', WHY),
      agree('achievementAndWellBeing', 'disagree', WHY),
    ],
  });

  it('per statement and for the seven together, for the same parent in the same match', () => {
    const change = changeBetween(scoreAnswerSet(PARENT_RUS_MID_TERM_REPORT, midTermOfParent), scoreAnswerSet(PARENT_RUS_FINAL_REPORT, finalOfParent));
    expect(change.ok).toBe(true);
    if (!change.ok) return;
    expect(change.value.from).toMatchObject({ questionnaireId: 'midTermReport', moment: 'midTerm' });
    expect(change.value.to).toMatchObject({ questionnaireId: 'finalReport', moment: 'end' });
    const byItem = Object.fromEntries(change.value.items.map((item) => [item.itemId, [item.before, item.after, item.direction]]));
    expect(byItem).toEqual({
      relationshipChildrenParentsSchool: ['agree', 'agree', 'same'],
      childrenWellBeing: ['agree', 'agree', 'same'],
      keepInteractingWithSchool: ['agree', 'agree', 'same'],
      confidenceInOwnAbilities: ['couldBeImproved', 'agree', 'better'],
      closerDialogue: ['couldBeImproved', 'agree', 'better'],
      voiceOfPower: ['disagree', 'couldBeImproved', 'better'],
      achievementAndWellBeing: ['disagree', 'disagree', 'same'],
    });
    // The change questions differ between the reports (support at home, then cooperation with school): not compared.
    expect(change.value.items.some((item) => item.itemId.endsWith('Change'))).toBe(false);
    expect(change.value.scales).toEqual([
      { scaleId: 'mentoringValue', kind: 'agreement', before: 8 / 7, after: 11 / 7, difference: expect.closeTo(3 / 7, 12), direction: 'better', shareAgreeBefore: 3 / 7, shareAgreeAfter: 5 / 7 },
    ]);
  });

  it('refused across respondents, matches, or backwards in time', () => {
    const mid = scoreAnswerSet(PARENT_RUS_MID_TERM_REPORT, midTermOfParent);
    const final = (overrides: Partial<typeof finalOfParent>) => scoreAnswerSet(PARENT_RUS_FINAL_REPORT, { ...finalOfParent, ...overrides });
    expect(changeBetween(mid, final({ respondentKey: respondentKey(2) }))).toEqual({ ok: false, code: 'EVALUATION.CHANGE_OTHER_RESPONDENT', field: 'respondentKey' });
    expect(changeBetween(mid, final({ matchKey: matchKey(2) }))).toEqual({ ok: false, code: 'EVALUATION.CHANGE_OTHER_MATCH', field: 'matchKey' });
    expect(changeBetween(mid, final({ submittedOn: '2025-12-01' }))).toEqual({ ok: false, code: 'EVALUATION.CHANGE_NOT_LATER', field: 'submittedOn' });
  });
});

describe("the mirror effect (tool 3: \"in te vullen door zowel mentor als leerling voor 'spiegeleffect'\")", () => {
  const mentee = answerSet({
    id: 'mid-mentee',
    questionnaireId: 'midTermReport',
    respondent: 'parent',
    respondentKey: respondentKey('parent'),
    answers: [
      yesNo('parentSupportChange', 'no', 'Not yet.'),
      ...SEVEN_STATEMENTS.filter((id) => id !== 'closerDialogue' && id !== 'voiceOfPower').map((id) => agree(id, 'agree')),
      agree('closerDialogue', 'disagree', 'I never see the school.'),
      agree('voiceOfPower', 'couldBeImproved', 'They do not ask me.'),
    ],
  });
  const mentor = answerSet({
    id: 'mid-mentor',
    questionnaireId: 'midTermReport',
    respondent: 'volunteer',
    respondentKey: respondentKey('volunteer'),
    answers: [yesNo('parentSupportChange', 'yes', 'She asks the teacher questions now.'), ...allStatements('agree')],
  });

  it('mentor and mentee on the same items: where they agree and where they differ', () => {
    const mirror = mirrorComparison(scoreAnswerSet(PARENT_RUS_MID_TERM_REPORT, mentor), scoreAnswerSet(PARENT_RUS_MID_TERM_REPORT, mentee));
    expect(mirror.ok).toBe(true);
    if (!mirror.ok) return;
    expect(mirror.value.respondents).toEqual(['volunteer', 'parent']);
    expect(mirror.value.differOn).toEqual(['parentSupportChange', 'closerDialogue', 'voiceOfPower']);
    expect(mirror.value.agreeOn).toEqual(['relationshipChildrenParentsSchool', 'childrenWellBeing', 'keepInteractingWithSchool', 'confidenceInOwnAbilities', 'achievementAndWellBeing']);
    expect(mirror.value.agreementShare).toBe(5 / 8);
    expect(mirror.value.items.find((item) => item.itemId === 'closerDialogue')).toEqual({ itemId: 'closerDialogue', kind: 'agreement', first: 'agree', second: 'disagree', same: false, gap: 2 });
    expect(mirror.value.items.find((item) => item.itemId === 'voiceOfPower')?.gap).toBe(1);
    expect(mirror.value.scales).toEqual([{ scaleId: 'mentoringValue', first: 2, second: 11 / 7, gap: expect.closeTo(3 / 7, 12) }]);
  });

  it('the differently worded statement 4 of the final report is still one item in the mirror', () => {
    const final = (respondent: 'parent' | 'volunteer') =>
      scoreAnswerSet(
        PARENT_RUS_FINAL_REPORT,
        answerSet({ questionnaireId: 'finalReport', moment: 'end', respondent, respondentKey: respondentKey(respondent), answers: [agree('confidenceInOwnAbilities', respondent === 'parent' ? 'agree' : 'couldBeImproved', WHY)] }),
      );
    const mirror = mirrorComparison(final('volunteer'), final('parent'));
    expect(mirror.ok && mirror.value.items).toEqual([{ itemId: 'confidenceInOwnAbilities', kind: 'agreement', first: 'couldBeImproved', second: 'agree', same: false, gap: 1 }]);
  });

  it('only two parties of the same match, questionnaire and moment', () => {
    const a = scoreAnswerSet(PARENT_RUS_MID_TERM_REPORT, mentor);
    expect(mirrorComparison(a, scoreAnswerSet(PARENT_RUS_MID_TERM_REPORT, { ...mentee, matchKey: matchKey(9) }))).toMatchObject({ code: 'EVALUATION.MIRROR_OTHER_MATCH' });
    expect(mirrorComparison(a, scoreAnswerSet(PARENT_RUS_MID_TERM_REPORT, { ...mentee, moment: 'end' }))).toMatchObject({ code: 'EVALUATION.MIRROR_OTHER_QUESTIONNAIRE' });
    expect(mirrorComparison(a, a)).toMatchObject({ code: 'EVALUATION.MIRROR_SAME_RESPONDENT' });
  });
});
