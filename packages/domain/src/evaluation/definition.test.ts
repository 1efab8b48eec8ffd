import { describe, expect, it } from 'vitest';
import { itemsOf, wordingFor, type QuestionnaireDefinition } from './definition.js';
import { questionnaireFor } from './render.js';
import { checkDefinitionRevision, validateQuestionnaireDefinition } from './validate-definition.js';
import {
  BUILT_IN_QUESTIONNAIRES,
  PARENT_RUS_FINAL_REPORT,
  PARENT_RUS_MID_TERM_REPORT,
  SCHOOLS_COOL_END_OF_MATCH,
  THUISSCHOOLMAATJE_END_OF_MATCH,
} from './questionnaires/index.js';
import { EVALUATION_LANGUAGES } from './vocabulary.js';

const english = (definition: QuestionnaireDefinition, groupId: string, respondent: 'parent' | 'volunteer' = 'parent'): string[] =>
  (definition.groups.find((group) => group.id === groupId)?.items ?? []).map((item) => wordingFor(item.wording, respondent, 'en') ?? '');

const codes = (definition: QuestionnaireDefinition): string[] => validateQuestionnaireDefinition(definition).map((refusal) => refusal.code);

describe("the Parent'R'US reports, exactly as the seed words them", () => {
  it('parentrus-mentormodel-ouderbetrokkenheid.txt tool 3: the mid-term report has the seven statements, answered Disagree / Agree / Could be improved', () => {
    expect(english(PARENT_RUS_MID_TERM_REPORT, 'statements')).toEqual([
      'Mentoring is useful in supporting the relationship between children-parents-school.',
      'Mentoring helps parents in promoting their children well-being.',
      'Mentoring motivates parents to keep interacting with school.',
      "Mentors give confidence to parents in their own assets to help their children's learning.",
      'Mentoring supports a closer dialogue between parents, school, and community.',
      "This mentoring process gives a voice of power to parents related to their children's schooling life.",
      'This mentoring process is an important activity for parents and children to enable school achievement and well-being.',
    ]);
    const statements = PARENT_RUS_MID_TERM_REPORT.groups.find((group) => group.id === 'statements')?.items ?? [];
    expect(statements.every((item) => item.kind === 'agreement' && item.required)).toBe(true);
    const first = statements[0];
    expect(first?.kind === 'agreement' && wordingFor(first.explanationPrompt, 'parent', 'en')).toBe(
      'If you choose "Disagree" or "Could be improved", please tell us in what:',
    );
  });

  it('tool 3: the change question with its two follow-ups, the mentor\'s influence and the closing comment', () => {
    const soFar = PARENT_RUS_MID_TERM_REPORT.groups.find((group) => group.id === 'soFar')?.items ?? [];
    const change = soFar.find((item) => item.id === 'parentSupportChange');
    expect(change && wordingFor(change.wording, 'volunteer', 'en')).toBe('Do you feel there was any change in the way parent supports the child?');
    expect(change?.kind === 'yesNo' && change.followUp?.yes && wordingFor(change.followUp.yes.prompt, 'parent', 'en')).toBe('If Yes, please tell what it is:');
    expect(change?.kind === 'yesNo' && change.followUp?.no && wordingFor(change.followUp.no.prompt, 'parent', 'en')).toBe('If No, please write the reasons:');
    expect(english(PARENT_RUS_MID_TERM_REPORT, 'soFar')).toContain('What was the influence of the mentor in this?');
    expect(english(PARENT_RUS_MID_TERM_REPORT, 'comment')).toEqual(['Please add any other comment you feel necessary:']);
  });

  it('tool 4: statement 4 is worded for the mentee and for the mentor, the other six alike for both', () => {
    const mentee = english(PARENT_RUS_FINAL_REPORT, 'statements', 'parent');
    const mentor = english(PARENT_RUS_FINAL_REPORT, 'statements', 'volunteer');
    expect(mentee[3]).toBe("My mentor gives me confidence in my own abilities to help my children's learning.");
    expect(mentor[3]).toBe("As a mentor I give confidence in their own abilities to help their children's learning.");
    expect(mentee.filter((text, index) => text !== mentor[index])).toHaveLength(1);
    expect(mentee[0]).toBe('This mentoring process is useful in supporting the relationship between children – parents – school.');
  });

  it('tool 4: THE CHILD has the seed\'s 7 statements, answered YES / NO with "Please write in what way"', () => {
    expect(english(PARENT_RUS_FINAL_REPORT, 'theChild')).toEqual([
      'My child has more confidence.',
      'My child has more friends.',
      'My child has more participation in extracurricular school activities.',
      'My child has a more positive view of the school.',
      'My child has decreased his/her disruptive behaviours.',
      'My child is attending school more regularly.',
      'My child has improved his/her academic success.',
    ]);
    const first = PARENT_RUS_FINAL_REPORT.groups.find((group) => group.id === 'theChild')?.items[0];
    expect(first?.kind === 'yesNo' && first.followUp?.yes && wordingFor(first.followUp.yes.prompt, 'parent', 'en')).toBe('Please write in what way:');
  });

  it('tool 4: THE PARENT has the seed\'s 10 statements', () => {
    expect(english(PARENT_RUS_FINAL_REPORT, 'theParent')).toEqual([
      'I trust more in my parental skills.',
      'I feel I have a better relationship with my child.',
      'I have more confidence in being able to represent my child.',
      'I can have a better communication with the school.',
      'I can collaborate with my child and the school.',
      'I participate more in extracurricular school activities and/or in decision making.',
      'I feel the school is a supportive and safe place for me and my child.',
      'I feel more involved and engaged in school activities.',
      'I have more meetings with other parents and/ or other people.',
      'I have learnt new skills during the mentoring process.',
    ]);
  });

  it('tool 4: THE MENTOR has the seed\'s 7 statements, for the mentor only', () => {
    expect(english(PARENT_RUS_FINAL_REPORT, 'theMentor', 'volunteer')).toEqual([
      'I have gained more understanding of hardships of parents and children.',
      'I feel I can help other families.',
      'I feel I can support and help other mentors.',
      'I have improved my self-knowledge.',
      'I have more confidence due to positive feedback from mentee(s).',
      'I have learnt new skills.',
      'I felt supported during the mentoring process.',
    ]);
    expect(PARENT_RUS_FINAL_REPORT.groups.find((group) => group.id === 'theMentor')?.respondents).toEqual(['volunteer']);
    expect(PARENT_RUS_FINAL_REPORT.groups.find((group) => group.id === 'theChild')?.respondents).toEqual(['parent']);
  });

  it('tool 4: the improvement questions', () => {
    expect(english(PARENT_RUS_FINAL_REPORT, 'improvements')).toEqual([
      'Would you change something in the way that the programme is implemented?',
      'What additional information should be provided to new mentors and/or to mentees to make their mentoring relationship a success?',
    ]);
    const change = PARENT_RUS_FINAL_REPORT.groups.find((group) => group.id === 'improvements')?.items[0];
    expect(change?.kind === 'yesNo' && change.followUp?.yes && wordingFor(change.followUp.yes.prompt, 'parent', 'en')).toBe(
      'If you choose YES, please write what we can do better next time:',
    );
  });

  it('the seven statements keep one id across both reports, so their change can be measured', () => {
    const ids = (definition: QuestionnaireDefinition): string[] => definition.groups.find((group) => group.id === 'statements')?.items.map((item) => item.id) ?? [];
    expect(ids(PARENT_RUS_FINAL_REPORT)).toEqual(ids(PARENT_RUS_MID_TERM_REPORT));
  });

  it('every item cites the passage of the seed it comes from', () => {
    for (const definition of BUILT_IN_QUESTIONNAIRES) {
      for (const { item } of itemsOf(definition)) expect(item.source, `${definition.id}.${item.id}`).toMatch(/\.txt/);
    }
  });
});

describe('the shipped questionnaires', () => {
  it('all pass their own validation, in all five languages, with ar/tr/pl flagged for review', () => {
    for (const definition of BUILT_IN_QUESTIONNAIRES) {
      expect(validateQuestionnaireDefinition(definition), definition.id).toEqual([]);
      expect(definition.languages).toEqual(EVALUATION_LANGUAGES.filter((language) => definition.languages.includes(language)));
      expect([...definition.languages].sort()).toEqual(['ar', 'en', 'nl', 'pl', 'tr']);
      expect(definition.translationsToReview).toEqual(['ar', 'tr', 'pl']);
    }
  });

  it("School's cool and Thuisschoolmaatje ask the whole triangle: pupil, parent, volunteer and school mentor", () => {
    for (const definition of [SCHOOLS_COOL_END_OF_MATCH, THUISSCHOOLMAATJE_END_OF_MATCH]) {
      expect(definition.respondents).toEqual(['pupil', 'parent', 'volunteer', 'schoolMentor']);
    }
  });

  it('EVA-3 (GDPR art. 9): no shipped questionnaire holds a special-category item', () => {
    for (const definition of BUILT_IN_QUESTIONNAIRES) {
      expect(itemsOf(definition).some(({ item }) => item.specialCategory === true)).toBe(false);
      expect(definition.dpiaUpdate).toBeUndefined();
    }
  });

  it('are frozen: the shipped data cannot be changed by a caller', () => {
    expect(Object.isFrozen(PARENT_RUS_FINAL_REPORT.groups[0]?.items[0]?.wording)).toBe(true);
  });
});

describe('questionnaireFor: what one respondent reads', () => {
  it('a pupil reads the child-friendly wording, never the adult one', () => {
    const pupil = questionnaireFor(SCHOOLS_COOL_END_OF_MATCH, 'pupil', 'nl');
    const mentor = questionnaireFor(SCHOOLS_COOL_END_OF_MATCH, 'schoolMentor', 'nl');
    expect(pupil.ok && pupil.value.title).toBe('Hoe was het met je thuismentor?');
    expect(pupil.ok && pupil.value.groups[0]?.items[0]?.text).toBe('Ik kan mijn schoolwerk nu beter plannen.');
    expect(mentor.ok && mentor.value.groups[0]?.items[0]?.text).toBe('De leerling plant het schoolwerk nu beter dan bij de start.');
  });

  it('only the groups and items asked of the respondent: the parent sees THE CHILD and THE PARENT, the mentor THE MENTOR', () => {
    const parent = questionnaireFor(PARENT_RUS_FINAL_REPORT, 'parent', 'nl');
    const mentor = questionnaireFor(PARENT_RUS_FINAL_REPORT, 'volunteer', 'nl');
    expect(parent.ok && parent.value.groups.map((group) => group.id)).toEqual(['soFar', 'statements', 'improvements', 'theChild', 'theParent']);
    expect(mentor.ok && mentor.value.groups.map((group) => group.id)).toEqual(['soFar', 'statements', 'improvements', 'theMentor']);
    expect(parent.ok && parent.value.groups[3]?.title).toBe('HET KIND');
  });

  it('with the answer labels in the language, right to left in Arabic', () => {
    const arabic = questionnaireFor(PARENT_RUS_MID_TERM_REPORT, 'parent', 'ar');
    expect(arabic.ok && arabic.value.direction).toBe('rtl');
    const statement = arabic.ok ? arabic.value.groups[1]?.items[0] : undefined;
    expect(statement?.kind === 'agreement' && statement.options.map((option) => option.value)).toEqual(['disagree', 'agree', 'couldBeImproved']);
    const dutch = questionnaireFor(PARENT_RUS_MID_TERM_REPORT, 'parent', 'nl');
    const nl = dutch.ok ? dutch.value.groups[1]?.items[0] : undefined;
    expect(nl?.kind === 'agreement' && nl.options.map((option) => option.label)).toEqual(['Niet mee eens', 'Mee eens', 'Kan beter']);
  });

  it('refuses a respondent the questionnaire does not ask, or a language it is not offered in', () => {
    expect(questionnaireFor(PARENT_RUS_FINAL_REPORT, 'pupil', 'nl')).toEqual({ ok: false, code: 'EVALUATION.RESPONDENT_NOT_ASKED', field: 'respondent' });
    const dutchOnly = { ...SCHOOLS_COOL_END_OF_MATCH, languages: ['nl' as const] };
    expect(questionnaireFor(dutchOnly, 'parent', 'pl')).toEqual({ ok: false, code: 'EVALUATION.LANGUAGE_NOT_OFFERED', field: 'language' });
  });
});

/** A small questionnaire of a programme's own, as a coordinator would write it. */
const own = (overrides: Partial<QuestionnaireDefinition> = {}): QuestionnaireDefinition => ({
  id: 'zevenaarCheckIn',
  version: 1,
  title: { text: { nl: 'Hoe gaat het?', en: 'How is it going?' }, childFriendly: { nl: 'Hoe gaat het?', en: 'How is it going?' } },
  respondents: ['pupil', 'volunteer'],
  languages: ['nl', 'en'],
  groups: [
    {
      id: 'main',
      respondents: ['pupil', 'volunteer'],
      items: [
        {
          id: 'enjoy',
          kind: 'agreement',
          wording: { text: { nl: 'De leerling vindt de bezoeken leuk.', en: 'The pupil enjoys the visits.' }, childFriendly: { nl: 'Ik vind de bezoeken leuk.', en: 'I enjoy the visits.' } },
          explanationPrompt: { text: { nl: 'Waarom?', en: 'Why?' }, childFriendly: { nl: 'Waarom?', en: 'Why?' } },
          required: true,
        },
        {
          id: 'visits',
          kind: 'number',
          wording: { text: { nl: 'Aantal bezoeken', en: 'Number of visits' }, childFriendly: { nl: 'Hoe vaak kwam je mentor?', en: 'How often did your mentor come?' } },
          min: 0,
          max: 60,
          wholeNumber: true,
          scoring: 'higherIsBetter',
          required: false,
        },
      ],
    },
  ],
  scales: [{ id: 'liking', title: { nl: 'Plezier', en: 'Enjoyment' }, itemIds: ['enjoy'], minAnswered: 1 }],
  ...overrides,
});

describe('validateQuestionnaireDefinition: a programme\'s own questionnaire as data', () => {
  it('a well-formed one passes', () => {
    expect(validateQuestionnaireDefinition(own())).toEqual([]);
  });

  it('ids are unique across groups and items', () => {
    const [main] = own().groups;
    const twice = own({ groups: [main!, { ...main!, id: 'second' }] });
    expect(codes(twice)).toEqual(['EVALUATION.ID_DUPLICATE', 'EVALUATION.ID_DUPLICATE']);
    expect(validateQuestionnaireDefinition(twice)[0]?.field).toBe('groups.1.items.0.id');
  });

  it('a text for every respondent asked and every language claimed, a pupil the child-friendly one', () => {
    const [main] = own().groups;
    const enjoy = main!.items[0]!;
    const noChild = own({ groups: [{ ...main!, items: [{ ...enjoy, wording: { text: enjoy.wording.text! } }, main!.items[1]!] }] });
    expect(validateQuestionnaireDefinition(noChild)).toEqual([
      { ok: false, code: 'EVALUATION.CHILD_WORDING_MISSING', field: 'groups.0.items.0.wording', respondent: 'pupil', language: 'nl' },
      { ok: false, code: 'EVALUATION.CHILD_WORDING_MISSING', field: 'groups.0.items.0.wording', respondent: 'pupil', language: 'en' },
    ]);
    const turkishClaimed = own({ languages: ['nl', 'en', 'tr'] });
    const missing = validateQuestionnaireDefinition(turkishClaimed);
    expect(missing.every((refusal) => refusal.language === 'tr')).toBe(true);
    expect(missing.map((refusal) => refusal.field)).toContain('groups.0.items.0.explanationPrompt');
  });

  it('a group asks only the questionnaire\'s respondents, an item only its group\'s', () => {
    const [main] = own().groups;
    expect(codes(own({ groups: [{ ...main!, respondents: ['pupil', 'volunteer', 'parent'] }] }))).toContain('EVALUATION.GROUP_RESPONDENT_NOT_ASKED');
    const item = { ...main!.items[1]!, respondents: ['schoolMentor' as const] };
    expect(codes(own({ groups: [{ ...main!, items: [main!.items[0]!, item] }] }))).toContain('EVALUATION.ITEM_RESPONDENT_NOT_IN_GROUP');
  });

  it('scales refer to existing, scored items of one kind, with a usable minimum', () => {
    expect(codes(own({ scales: [{ id: 'liking', title: { nl: 'P', en: 'E' }, itemIds: ['enjoy', 'missing'], minAnswered: 1 }] }))).toEqual(['EVALUATION.SCALE_ITEM_UNKNOWN']);
    expect(codes(own({ scales: [{ id: 'mixed', title: { nl: 'P', en: 'E' }, itemIds: ['enjoy', 'visits'], minAnswered: 1 }] }))).toEqual(['EVALUATION.SCALE_KINDS_MIXED']);
    expect(codes(own({ scales: [{ id: 'liking', title: { nl: 'P', en: 'E' }, itemIds: ['enjoy'], minAnswered: 2 }] }))).toEqual(['EVALUATION.SCALE_MIN_ANSWERED_INVALID']);
    expect(codes(own({ scales: [{ id: 'liking', title: { nl: 'P', en: 'E' }, itemIds: [], minAnswered: 1 }] }))).toEqual(['EVALUATION.SCALE_EMPTY']);
  });

  it('numbers have bounds min ≤ max, whole for whole numbers', () => {
    const [main] = own().groups;
    const visits = main!.items[1]!;
    const upsideDown = own({ groups: [{ ...main!, items: [main!.items[0]!, { ...visits, min: 10, max: 5 } as typeof visits] }] });
    expect(codes(upsideDown)).toEqual(['EVALUATION.NUMBER_BOUNDS_INVALID']);
  });

  it('EVA-3: a special-category item needs a flagged DPIA update on the questionnaire', () => {
    const [main] = own().groups;
    const health = { ...main!.items[0]!, specialCategory: true };
    const withHealth = own({ groups: [{ ...main!, items: [health, main!.items[1]!] }] });
    expect(validateQuestionnaireDefinition(withHealth)).toEqual([
      { ok: false, code: 'EVALUATION.SPECIAL_CATEGORY_WITHOUT_DPIA', field: 'groups.0.items.0.specialCategory' },
    ]);
    expect(validateQuestionnaireDefinition({ ...withHealth, dpiaUpdate: { reference: 'DPIA 2026-2, §4', updatedOn: '2026-02-01' } })).toEqual([]);
  });

  it('names, versions, respondents and languages are checked', () => {
    expect(codes(own({ id: '7 days', version: 0, respondents: [], languages: [] }))).toEqual([
      'EVALUATION.DEFINITION_ID_INVALID',
      'EVALUATION.DEFINITION_VERSION_INVALID',
      'EVALUATION.DEFINITION_WITHOUT_RESPONDENT',
      'EVALUATION.DEFINITION_WITHOUT_LANGUAGE',
      'EVALUATION.GROUP_RESPONDENT_NOT_ASKED',
    ]);
  });
});

describe('checkDefinitionRevision: a change is a new version', () => {
  it('the next version may reword an item', () => {
    const next = own({ version: 2, title: { text: { nl: 'Hoe gaat het nu?', en: 'How is it going now?' }, childFriendly: { nl: 'Hoe gaat het?', en: 'How is it?' } } });
    expect(checkDefinitionRevision(own(), next)).toEqual([]);
  });

  it('but never changes how a kept item id scores, nor skips a version', () => {
    const [main] = own().groups;
    const reversed = { ...main!.items[0]!, reverseScored: true };
    const next = own({ version: 3, groups: [{ ...main!, items: [reversed, main!.items[1]!] }] });
    expect(checkDefinitionRevision(own(), next).map((refusal) => refusal.code)).toEqual([
      'EVALUATION.REVISION_VERSION_NOT_NEXT',
      'EVALUATION.REVISION_ITEM_SCORING_CHANGED',
    ]);
  });
});
