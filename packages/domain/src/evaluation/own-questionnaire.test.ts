import { describe, expect, it } from 'vitest';
import type { QuestionnaireDefinition } from './definition.js';
import { questionnaireFor } from './render.js';
import { checkOwnQuestionnaire, completeOwnQuestionnaire, planOwnQuestionnaireSave } from './own-questionnaire.js';
import { scoreAnswerSet } from './scoring.js';
import { agree, answerSet } from './test-fixtures.js';

/** What the builder sends: a volunteer and a parent, two agreement statements scored together, one free text. */
const own = (overrides: Partial<QuestionnaireDefinition> = {}): QuestionnaireDefinition => ({
  id: 'own-weekly-support',
  version: 1,
  title: { text: { nl: 'Onze eigen vragenlijst', en: 'Our own questionnaire' } },
  respondents: ['volunteer', 'parent'],
  languages: ['nl', 'en', 'ar'],
  groups: [
    {
      id: 'g1',
      title: { text: { nl: 'Samen', en: 'Together' } },
      respondents: ['volunteer', 'parent'],
      items: [
        {
          id: 'q1',
          kind: 'agreement',
          required: true,
          wording: { byRespondent: { volunteer: { nl: 'Ik help het gezin.', en: 'I help the family.' }, parent: { nl: 'De mentor helpt ons.', en: 'The mentor helps us.' } } },
          explanationPrompt: {},
        },
        {
          id: 'q2',
          kind: 'agreement',
          required: false,
          reverseScored: true,
          wording: { text: { nl: 'Plannen is nog moeilijk.', en: 'Planning is still hard.', ar: 'التخطيط لا يزال صعبًا.' } },
          explanationPrompt: {},
        },
        { id: 'q3', kind: 'text', required: false, maxLength: 500, wording: { text: { nl: 'Nog iets?', en: 'Anything else?' } } },
      ],
    },
  ],
  scales: [{ id: 's1', title: { nl: 'Steun', en: 'Support' }, itemIds: ['q1', 'q2'], minAnswered: 1 }],
  ...overrides,
});

const codes = (definition: QuestionnaireDefinition, previous?: QuestionnaireDefinition) => checkOwnQuestionnaire(completeOwnQuestionnaire(definition), previous).map((r) => `${r.code} ${r.field ?? ''}`);

describe("DOMAIN §7 a programme's own questionnaire, made without code", () => {
  it('completed and accepted: default explanation prompts, optional languages read the Dutch text, and it renders and scores like a shipped one', () => {
    const completed = completeOwnQuestionnaire(own());
    expect(checkOwnQuestionnaire(completed)).toEqual([]);
    const [q1, q2] = completed.groups[0]!.items;
    expect(q1?.kind === 'agreement' && q1.explanationPrompt.text?.en).toBe('Disagree or could be improved? Please write why.');
    expect(q2?.kind === 'agreement' && q2.explanationPrompt.text?.en).toBe('Agree or could be improved? Please write what is still hard.');
    // Arabic was not written for q1: it falls back to the Dutch text; q2's own Arabic stays.
    expect(q1?.wording.byRespondent?.parent?.ar).toBe('De mentor helpt ons.');
    expect(q2?.wording.text?.ar).toBe('التخطيط لا يزال صعبًا.');
    expect(completed.title.text?.ar).toBe('Onze eigen vragenlijst');
    const rendered = questionnaireFor(completed, 'parent', 'en');
    expect(rendered.ok && rendered.value.groups[0]!.items.map((item) => item.text)).toEqual(['The mentor helps us.', 'Planning is still hard.', 'Anything else?']);
    const scored = scoreAnswerSet(completed, answerSet({ questionnaireId: completed.id, respondent: 'parent', answers: [agree('q1', 'agree'), agree('q2', 'disagree')] }));
    expect(scored.scales.find((scale) => scale.scaleId === 's1')?.counts).toBe(true);
  });

  it('Dutch and English are required, never filled in for the coordinator', () => {
    expect(codes(own({ languages: ['nl', 'ar'] }))).toContain('EVALUATION.DEFINITION_WITHOUT_LANGUAGE languages');
    const noEnglishTitle = own({ title: { text: { nl: 'Alleen Nederlands' } } });
    expect(codes(noEnglishTitle)).toContain('EVALUATION.WORDING_MISSING title');
  });

  it('item ids are unique across the questionnaire', () => {
    const group = own().groups[0]!;
    const twice = own({ groups: [group, { ...group, id: 'g2', items: [group.items[0]!] }] });
    expect(codes(twice)).toContain('EVALUATION.ID_DUPLICATE groups.1.items.0.id');
  });

  it('at least one item', () => {
    expect(codes(own({ groups: [{ ...own().groups[0]!, items: [] }], scales: [] }))).toContain('EVALUATION.DEFINITION_WITHOUT_ITEMS groups');
  });

  it('a Likert scale counts from a minimum of answered items between one and its number of items', () => {
    const scale = own().scales[0]!;
    expect(codes(own({ scales: [{ ...scale, minAnswered: 0 }] }))).toContain('EVALUATION.SCALE_MIN_ANSWERED_INVALID scales.0.minAnswered');
    expect(codes(own({ scales: [{ ...scale, minAnswered: 3 }] }))).toContain('EVALUATION.SCALE_MIN_ANSWERED_INVALID scales.0.minAnswered');
    expect(codes(own({ scales: [{ ...scale, minAnswered: 2 }] }))).toEqual([]);
    // Free text is never scored, so it cannot be in a scale.
    expect(codes(own({ scales: [{ ...scale, itemIds: ['q1', 'q3'] }] }))).toContain('EVALUATION.SCALE_ITEM_NOT_SCORED scales.0.itemIds');
  });
});

describe('DOMAIN §7 versions of an own questionnaire: answers stay tied to the version they answered', () => {
  it('a new questionnaire is version 1; an edit before any answer replaces it; an edit after answers is the next version', () => {
    expect(planOwnQuestionnaireSave(undefined, false)).toEqual({ kind: 'first', version: 1 });
    expect(planOwnQuestionnaireSave({ version: 2 }, false)).toEqual({ kind: 'replace', version: 2 });
    expect(planOwnQuestionnaireSave({ version: 2 }, true)).toEqual({ kind: 'nextVersion', version: 3 });
  });

  it('the next version may reword items but a kept item id keeps its scoring', () => {
    const first = completeOwnQuestionnaire(own());
    const reworded = own({ version: 2, title: { text: { nl: 'Nieuwe titel', en: 'New title' } } });
    expect(codes(reworded, first)).toEqual([]);
    const group = own().groups[0]!;
    const flipped = own({ version: 2, groups: [{ ...group, items: group.items.map((item) => (item.id === 'q2' && item.kind === 'agreement' ? { ...item, reverseScored: false } : item)) }] });
    expect(codes(flipped, first)).toContain('EVALUATION.REVISION_ITEM_SCORING_CHANGED groups.0.items.1');
  });
});
