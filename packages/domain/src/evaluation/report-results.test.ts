import { describe, expect, it } from 'vitest';
import { publishResultGroup, sumItemResults } from '../reporting/results.js';
import type { AggregateScope } from './aggregate.js';
import type { AnswerSet } from './answers.js';
import { PARENT_RUS_FINAL_REPORT, PARENT_RUS_RESULT_SECTIONS } from './questionnaires/index.js';
import { itemResultsFor, resultGroupsFor } from './report-results.js';
import { agree, allStatements, answerSet, matchKey, respondentKey, yesNo } from './test-fixtures.js';

const SCOPE: AggregateScope = { programmeId: 'parent-rus-utrecht', questionnaireId: 'finalReport', from: '2026-01-01', to: '2026-12-31', respondents: ['parent'] };

const parentFinal = (n: number, programmeId = 'parent-rus-utrecht'): AnswerSet =>
  answerSet({
    id: `final-${n}`,
    questionnaireId: 'finalReport',
    moment: 'end',
    programmeId,
    respondentKey: respondentKey(n),
    matchKey: matchKey(n),
    submittedOn: '2026-03-31',
    answers: [
      yesNo('parentSchoolCollaborationChange', 'yes'),
      ...(n === 1 ? [...allStatements('agree').slice(0, 3), agree('confidenceInOwnAbilities', 'couldBeImproved', 'Not yet.'), ...allStatements('agree').slice(4)] : allStatements('agree')),
      ...(n <= 4 ? [yesNo('childConfidence', 'yes', 'She raises her hand in class.')] : []),
    ],
  });

describe("the programme report's results (parentrus-mentormodel-ouderbetrokkenheid.txt, annex chapter 2)", () => {
  const six = [1, 2, 3, 4, 5, 6].map((n) => parentFinal(n));

  it('per item the counts and the respondents, in the text the parent read', () => {
    const results = itemResultsFor([PARENT_RUS_FINAL_REPORT], six, SCOPE, 'nl');
    expect(results.find((result) => result.itemId === 'confidenceInOwnAbilities')).toEqual({
      itemId: 'confidenceInOwnAbilities',
      text: 'Mijn mentor geeft mij vertrouwen in mijn eigen capaciteiten om mijn kinderen te helpen bij het leren.',
      counts: { disagree: 0, agree: 5, couldBeImproved: 1 },
      respondents: 6,
      withheld: false,
    });
    // Free text and numbers are not item results; THE MENTOR is not asked of parents.
    expect(results.some((result) => ['mentorInfluence', 'weeksMet', 'mentorSupported'].includes(result.itemId))).toBe(false);
  });

  it("EVA-2: grouped under the annex's sections and published by reporting, THE CHILD's item of four respondents is withheld", () => {
    const groups = resultGroupsFor([PARENT_RUS_FINAL_REPORT], six, SCOPE, 'en', PARENT_RUS_RESULT_SECTIONS);
    expect(groups.map((group) => [group.section, group.heading, group.items.length])).toEqual([
      ['collaborationChanges', 'Mentoring Final Report', 1],
      ['processRole', 'Mentoring Final Report', 6],
      ['mentorRole', 'Mentoring Final Report', 1],
      ['satisfaction', 'Improvements', 1],
      ['menteePerception', 'THE CHILD', 7],
      ['menteePerception', 'THE PARENT', 10],
    ]);
    const child = publishResultGroup(groups.find((group) => group.heading === 'THE CHILD')!);
    expect(child.items.find((item) => item.itemId === 'childConfidence')).toEqual({ itemId: 'childConfidence', text: 'My child has more confidence.', shown: false, reason: 'groupTooSmall' });
    const mentor = publishResultGroup(groups.find((group) => group.section === 'mentorRole')!);
    expect(mentor.items[0]).toMatchObject({ shown: true, respondents: 6 });
  });

  it('EVA-2 after summing: two regions of three parents each are withheld apart and shown together', () => {
    const region = (programmeId: string, from: number) => resultGroupsFor([PARENT_RUS_FINAL_REPORT], [0, 1, 2].map((k) => parentFinal(from + k, programmeId)), { ...SCOPE, programmeId }, 'en', PARENT_RUS_RESULT_SECTIONS);
    const arnhem = region('arnhem', 10);
    const utrecht = region('utrecht', 20);
    expect(publishResultGroup(arnhem[1]!).items.every((item) => !item.shown)).toBe(true);
    const national = sumItemResults([arnhem, utrecht]);
    expect(publishResultGroup(national.find((group) => group.section === 'processRole')!).items[0]).toMatchObject({ shown: true, respondents: 6 });
  });
});
