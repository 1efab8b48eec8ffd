/**
 * A programme's own questionnaire, made by a coordinator in the builder without code (issue 12):
 * how it is completed before it is checked (default prompts, optional languages falling back to
 * Dutch), what it must hold beyond any definition (Dutch and English), and how saving it is
 * versioned: once a version has answers it is never changed, an edit becomes the next version, so
 * every answer set stays tied to the version it answered.
 */
import type { Refusal } from '../result.js';
import type { LocalisedText, QuestionnaireDefinition, QuestionnaireItem, Wording } from './definition.js';
import { IN_WHAT_WAY, WHAT_IS_STILL_HARD, WHY_NOT_AGREE } from './questionnaires/shared.js';
import { checkDefinitionRevision, validateQuestionnaireDefinition, type DefinitionRefusal, type RevisionProblem } from './validate-definition.js';
import type { EvaluationLanguage } from './vocabulary.js';

/** An own questionnaire is always offered in Dutch and English; Arabic, Turkish and Polish are optional. */
export const OWN_QUESTIONNAIRE_LANGUAGES: readonly EvaluationLanguage[] = Object.freeze(['nl', 'en']);

/** The prompts the builder gives an item unless the coordinator writes their own. */
export const OWN_QUESTIONNAIRE_PROMPTS = Object.freeze({ whyNotAgree: WHY_NOT_AGREE, whatIsStillHard: WHAT_IS_STILL_HARD, inWhatWay: IN_WHAT_WAY });

const isBlank = (text: string | undefined): boolean => text === undefined || text.trim() === '';

/** A text with every optional language it lacks filled from the Dutch one. */
function fromDutch(text: LocalisedText, languages: readonly EvaluationLanguage[]): LocalisedText {
  const filled: Partial<Record<EvaluationLanguage, string>> = { ...text };
  for (const language of languages) {
    if (!OWN_QUESTIONNAIRE_LANGUAGES.includes(language) && isBlank(filled[language]) && !isBlank(text.nl)) filled[language] = text.nl;
  }
  return filled;
}

function wordingFromDutch(wording: Wording, languages: readonly EvaluationLanguage[]): Wording {
  const byRespondent = wording.byRespondent
    ? Object.fromEntries(Object.entries(wording.byRespondent).map(([respondent, text]) => [respondent, fromDutch(text, languages)]))
    : undefined;
  return {
    ...(wording.text ? { text: fromDutch(wording.text, languages) } : {}),
    ...(byRespondent ? { byRespondent } : {}),
    ...(wording.childFriendly ? { childFriendly: fromDutch(wording.childFriendly, languages) } : {}),
  };
}

/** A wording without any text at all: the builder leaves a prompt empty to get the default one. */
const isEmptyWording = (wording: Wording | undefined): boolean =>
  wording === undefined || [wording.text, wording.childFriendly, ...Object.values(wording.byRespondent ?? {})].every((text) => text === undefined || Object.values(text).every(isBlank));

function completeItem(item: QuestionnaireItem, languages: readonly EvaluationLanguage[]): QuestionnaireItem {
  const wording = wordingFromDutch(item.wording, languages);
  switch (item.kind) {
    case 'agreement': {
      const prompt = isEmptyWording(item.explanationPrompt) ? (item.reverseScored === true ? WHAT_IS_STILL_HARD : WHY_NOT_AGREE) : wordingFromDutch(item.explanationPrompt, languages);
      return { ...item, wording, explanationPrompt: prompt };
    }
    case 'yesNo': {
      const followUp = item.followUp
        ? Object.fromEntries(
            Object.entries(item.followUp).map(([answer, next]) => [answer, { ...next, prompt: isEmptyWording(next.prompt) ? IN_WHAT_WAY : wordingFromDutch(next.prompt, languages) }]),
          )
        : undefined;
      return { ...item, wording, ...(followUp ? { followUp } : {}) };
    }
    case 'number':
      return { ...item, wording, ...(item.unit ? { unit: wordingFromDutch(item.unit, languages) } : {}) };
    case 'text':
      return { ...item, wording };
  }
}

/**
 * The definition as the builder means it: an agreement item without an explanation prompt gets the
 * seed's ("Disagree or could be improved? Please write why.", for a reverse-scored one "… what is
 * still hard"), an empty yes/no follow-up "In what way?"; every text missing in an optional
 * language (Arabic, Turkish, Polish) reads the Dutch one, so a reader in that language is never
 * left without a text. Dutch and English are never filled in: they must be written.
 */
export function completeOwnQuestionnaire(definition: QuestionnaireDefinition): QuestionnaireDefinition {
  const languages = definition.languages;
  return {
    ...definition,
    title: wordingFromDutch(definition.title, languages),
    ...(definition.introduction ? { introduction: wordingFromDutch(definition.introduction, languages) } : {}),
    groups: definition.groups.map((group) => ({
      ...group,
      ...(group.title ? { title: wordingFromDutch(group.title, languages) } : {}),
      ...(group.instruction ? { instruction: wordingFromDutch(group.instruction, languages) } : {}),
      items: group.items.map((item) => completeItem(item, languages)),
    })),
  };
}

/** How saving an own questionnaire is stored: the first version, the same version replaced, or the next version. */
export type OwnQuestionnaireSave =
  | { readonly kind: 'first'; readonly version: 1 }
  | { readonly kind: 'replace'; readonly version: number }
  | { readonly kind: 'nextVersion'; readonly version: number };

/**
 * Where an edit goes: a new questionnaire is version 1; an edit of a version nobody has answered
 * replaces it (nothing rests on it yet); an edit of a version with answers is the next version, and
 * the answered one stays as it was, so its answers keep meaning what they meant.
 */
export function planOwnQuestionnaireSave(previous: Pick<QuestionnaireDefinition, 'version'> | undefined, previousAnswered: boolean): OwnQuestionnaireSave {
  if (!previous) return { kind: 'first', version: 1 };
  return previousAnswered ? { kind: 'nextVersion', version: previous.version + 1 } : { kind: 'replace', version: previous.version };
}

/**
 * The refusals of an own questionnaire about to be stored (empty when it may be): every rule of
 * `validateQuestionnaireDefinition` (unique ids, at least one item, each scale with
 * 1 ≤ minAnswered ≤ its items, texts for every respondent and language, …), Dutch and English
 * offered (`DEFINITION_WITHOUT_LANGUAGE` on `languages`), and for a next version the rules of
 * `checkDefinitionRevision` (a kept item id keeps its scoring).
 */
export function checkOwnQuestionnaire(
  definition: QuestionnaireDefinition,
  previous?: QuestionnaireDefinition,
): readonly (DefinitionRefusal | Refusal<RevisionProblem>)[] {
  const refusals: (DefinitionRefusal | Refusal<RevisionProblem>)[] = [...validateQuestionnaireDefinition(definition)];
  if (OWN_QUESTIONNAIRE_LANGUAGES.some((language) => !definition.languages.includes(language))) {
    refusals.push({ ok: false, code: 'EVALUATION.DEFINITION_WITHOUT_LANGUAGE', field: 'languages' });
  }
  if (previous && previous.version !== definition.version) refusals.push(...checkDefinitionRevision(previous, definition));
  return refusals;
}
