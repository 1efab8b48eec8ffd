/**
 * A questionnaire as one respondent sees it in one language: the groups and items asked of them,
 * each text resolved (a pupil's child-friendly, an adult's own wording), with the answer options.
 * What the portal renders and what the answers are checked against.
 */
import { accept, refuse, type Result } from '../result.js';
import { wordingFor, type QuestionnaireDefinition, type QuestionnaireItem, type Wording } from './definition.js';
import { answerWithoutExplanation } from './answers.js';
import { AGREEMENT_ANSWERS, ANSWER_LABELS, RIGHT_TO_LEFT_LANGUAGES, YES_NO_ANSWERS, type AgreementAnswer, type EvaluationLanguage, type Respondent, type YesNoAnswer } from './vocabulary.js';
import type { Codes } from '../codes.js';

export interface AnswerOption<Value extends string> {
  readonly value: Value;
  readonly label: string;
}

interface RenderedBase {
  readonly id: string;
  readonly text: string;
  readonly required: boolean;
}

export type RenderedItem =
  | (RenderedBase & {
      readonly kind: 'agreement';
      readonly options: readonly AnswerOption<AgreementAnswer>[];
      readonly explanationPrompt: string;
      /** The one answer that needs no explanation (Agree; Disagree for a reverse-scored statement), as `validateAnswerSet` checks. */
      readonly explainUnless: AgreementAnswer;
    })
  | (RenderedBase & {
      readonly kind: 'yesNo';
      readonly options: readonly AnswerOption<YesNoAnswer>[];
      /** The follow-up prompt after each answer, and whether it must be filled in. */
      readonly followUp: Readonly<Partial<Record<YesNoAnswer, { readonly prompt: string; readonly required: boolean }>>>;
    })
  | (RenderedBase & { readonly kind: 'number'; readonly min: number; readonly max: number; readonly wholeNumber: boolean; readonly unit: string | null })
  | (RenderedBase & { readonly kind: 'text'; readonly maxLength: number });

export interface RenderedGroup {
  readonly id: string;
  readonly title: string | null;
  readonly instruction: string | null;
  readonly items: readonly RenderedItem[];
}

export interface RenderedQuestionnaire {
  readonly questionnaireId: string;
  readonly version: number;
  readonly respondent: Respondent;
  readonly language: EvaluationLanguage;
  readonly direction: 'ltr' | 'rtl';
  readonly title: string;
  readonly introduction: string | null;
  /** Only groups with at least one item for this respondent. */
  readonly groups: readonly RenderedGroup[];
}

export type RenderProblem = Codes< 'EVALUATION.RESPONDENT_NOT_ASKED' | 'EVALUATION.LANGUAGE_NOT_OFFERED' | 'EVALUATION.WORDING_MISSING'>;

class MissingWording extends Error {}

/**
 * The questionnaire for one respondent in one language, or a refusal: a respondent it does not ask
 * (`RESPONDENT_NOT_ASKED`), a language it is not offered in (`LANGUAGE_NOT_OFFERED`), or a text
 * missing (`WORDING_MISSING`; a definition that passed `validateQuestionnaireDefinition` has all).
 */
export function questionnaireFor(definition: QuestionnaireDefinition, respondent: Respondent, language: EvaluationLanguage): Result<RenderedQuestionnaire, RenderProblem> {
  if (!definition.respondents.includes(respondent)) return refuse('EVALUATION.RESPONDENT_NOT_ASKED', 'respondent');
  if (!definition.languages.includes(language)) return refuse('EVALUATION.LANGUAGE_NOT_OFFERED', 'language');
  const labels = ANSWER_LABELS[language];
  const must = (wording: Wording): string => {
    const text = wordingFor(wording, respondent, language);
    if (text === null) throw new MissingWording();
    return text;
  };
  const may = (wording: Wording | undefined): string | null => (wording ? must(wording) : null);
  const render = (item: QuestionnaireItem): RenderedItem => {
    const base = { id: item.id, text: must(item.wording), required: item.required };
    switch (item.kind) {
      case 'agreement':
        return { ...base, kind: 'agreement', options: AGREEMENT_ANSWERS.map((value) => ({ value, label: labels[value] })), explanationPrompt: must(item.explanationPrompt), explainUnless: answerWithoutExplanation(item) };
      case 'yesNo': {
        const followUp: Partial<Record<YesNoAnswer, { prompt: string; required: boolean }>> = {};
        for (const answer of YES_NO_ANSWERS) {
          const next = item.followUp?.[answer];
          if (next) followUp[answer] = { prompt: must(next.prompt), required: next.required };
        }
        return { ...base, kind: 'yesNo', options: YES_NO_ANSWERS.map((value) => ({ value, label: labels[value] })), followUp };
      }
      case 'number':
        return { ...base, kind: 'number', min: item.min, max: item.max, wholeNumber: item.wholeNumber, unit: may(item.unit) };
      case 'text':
        return { ...base, kind: 'text', maxLength: item.maxLength };
    }
  };
  try {
    const groups = definition.groups.flatMap((group): RenderedGroup[] => {
      if (!group.respondents.includes(respondent)) return [];
      const items = group.items.filter((item) => (item.respondents ?? group.respondents).includes(respondent)).map(render);
      return items.length === 0 ? [] : [{ id: group.id, title: may(group.title), instruction: may(group.instruction), items }];
    });
    return accept({
      questionnaireId: definition.id,
      version: definition.version,
      respondent,
      language,
      direction: RIGHT_TO_LEFT_LANGUAGES.includes(language) ? 'rtl' : 'ltr',
      title: must(definition.title),
      introduction: may(definition.introduction),
      groups,
    });
  } catch (error) {
    if (error instanceof MissingWording) return refuse('EVALUATION.WORDING_MISSING');
    throw error;
  }
}
