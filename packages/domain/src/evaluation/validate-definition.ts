/**
 * Checking a questionnaire definition before the api stores it, so a coordinator can add a
 * programme's own questionnaire as data: every refusal at once, each with the path of the field
 * it concerns (`groups.1.items.0.wording`) and, for missing texts, the respondent and language.
 */
import { isIsoDate } from '../calendar/index.js';
import { isQuestionnaireId } from '../programme/settings.js';
import type { Refusal } from '../result.js';
import { isScored, itemsOf, wordingFor, type QuestionnaireDefinition, type QuestionnaireItem, type Wording } from './definition.js';
import { EVALUATION_LANGUAGES, ITEM_KINDS, RESPONDENTS, type EvaluationLanguage, type Respondent } from './vocabulary.js';
import type { Codes } from '../codes.js';

export type DefinitionProblem = Codes<
  | 'EVALUATION.DEFINITION_ID_INVALID'
  | 'EVALUATION.DEFINITION_VERSION_INVALID'
  | 'EVALUATION.DEFINITION_WITHOUT_RESPONDENT'
  | 'EVALUATION.DEFINITION_WITHOUT_LANGUAGE'
  | 'EVALUATION.DEFINITION_WITHOUT_ITEMS'
  | 'EVALUATION.RESPONDENT_UNKNOWN'
  | 'EVALUATION.LANGUAGE_UNKNOWN'
  | 'EVALUATION.ID_INVALID'
  | 'EVALUATION.ID_DUPLICATE'
  | 'EVALUATION.GROUP_RESPONDENT_NOT_ASKED'
  | 'EVALUATION.ITEM_RESPONDENT_NOT_IN_GROUP'
  | 'EVALUATION.ITEM_KIND_UNKNOWN'
  | 'EVALUATION.WORDING_MISSING'
  | 'EVALUATION.CHILD_WORDING_MISSING'
  | 'EVALUATION.NUMBER_BOUNDS_INVALID'
  | 'EVALUATION.TEXT_LENGTH_INVALID'
  | 'EVALUATION.SCALE_EMPTY'
  | 'EVALUATION.SCALE_ITEM_UNKNOWN'
  | 'EVALUATION.SCALE_ITEM_TWICE'
  | 'EVALUATION.SCALE_ITEM_NOT_SCORED'
  | 'EVALUATION.SCALE_KINDS_MIXED'
  | 'EVALUATION.SCALE_RESPONDENTS_DIFFER'
  | 'EVALUATION.SCALE_MIN_ANSWERED_INVALID'
  | 'EVALUATION.SPECIAL_CATEGORY_WITHOUT_DPIA'
>;

/** A refusal of a definition; a missing text says for whom and in which language. */
export type DefinitionRefusal = Refusal<DefinitionProblem> & {
  readonly respondent?: Respondent;
  readonly language?: EvaluationLanguage;
};

/** The languages of the coordinator app (ARCHITECTURE.md: Dutch and English), in which scale titles exist. */
export const COORDINATOR_LANGUAGES: readonly EvaluationLanguage[] = Object.freeze(['nl', 'en']);

/** The longest free text an item may allow. */
export const MAX_TEXT_LENGTH = 5_000;

/** Ids of groups, items and scales: letters and digits, starting with a letter (`theChild`, `childConfidence`). */
const isElementId = (value: string): boolean => /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(value);

const problem = (code: DefinitionProblem, field: string, extra: { respondent?: Respondent; language?: EvaluationLanguage } = {}): DefinitionRefusal => ({
  ok: false,
  code,
  field,
  ...extra,
});

/** Every respondent × language pair without a text (a pupil needs the child-friendly text). */
function wordingProblems(
  wording: Wording | undefined,
  field: string,
  respondents: readonly Respondent[],
  languages: readonly EvaluationLanguage[],
): DefinitionRefusal[] {
  const refusals: DefinitionRefusal[] = [];
  for (const respondent of respondents) {
    for (const language of languages) {
      if (wording && wordingFor(wording, respondent, language) !== null) continue;
      const code = respondent === 'pupil' ? 'EVALUATION.CHILD_WORDING_MISSING' : 'EVALUATION.WORDING_MISSING';
      refusals.push(problem(code, field, { respondent, language }));
    }
  }
  return refusals;
}

function itemProblems(item: QuestionnaireItem, at: string, respondents: readonly Respondent[], languages: readonly EvaluationLanguage[]): DefinitionRefusal[] {
  const refusals: DefinitionRefusal[] = [];
  if (!(ITEM_KINDS as readonly string[]).includes(item.kind)) return [problem('EVALUATION.ITEM_KIND_UNKNOWN', `${at}.kind`)];
  refusals.push(...wordingProblems(item.wording, `${at}.wording`, respondents, languages));
  switch (item.kind) {
    case 'agreement':
      refusals.push(...wordingProblems(item.explanationPrompt, `${at}.explanationPrompt`, respondents, languages));
      break;
    case 'yesNo':
      for (const answer of ['yes', 'no'] as const) {
        const followUp = item.followUp?.[answer];
        if (followUp) refusals.push(...wordingProblems(followUp.prompt, `${at}.followUp.${answer}.prompt`, respondents, languages));
      }
      break;
    case 'number': {
      const whole = !item.wholeNumber || (Number.isInteger(item.min) && Number.isInteger(item.max));
      if (!(Number.isFinite(item.min) && Number.isFinite(item.max) && item.min <= item.max && whole)) {
        refusals.push(problem('EVALUATION.NUMBER_BOUNDS_INVALID', at));
      }
      if (item.unit) refusals.push(...wordingProblems(item.unit, `${at}.unit`, respondents, languages));
      break;
    }
    case 'text':
      if (!(Number.isInteger(item.maxLength) && item.maxLength > 0 && item.maxLength <= MAX_TEXT_LENGTH)) {
        refusals.push(problem('EVALUATION.TEXT_LENGTH_INVALID', `${at}.maxLength`));
      }
      break;
  }
  return refusals;
}

function scaleProblems(definition: QuestionnaireDefinition): DefinitionRefusal[] {
  const refusals: DefinitionRefusal[] = [];
  const placed = new Map(itemsOf(definition).map((entry) => [entry.item.id, entry]));
  definition.scales.forEach((scale, index) => {
    const at = `scales.${index}`;
    // Scales are read by coordinators, not respondents: a title in the coordinator app's languages.
    for (const language of COORDINATOR_LANGUAGES.filter((l) => definition.languages.includes(l))) {
      if ((scale.title[language] ?? '').trim() === '') refusals.push(problem('EVALUATION.WORDING_MISSING', `${at}.title`, { language }));
    }
    if (scale.itemIds.length === 0) {
      refusals.push(problem('EVALUATION.SCALE_EMPTY', `${at}.itemIds`));
      return;
    }
    if (new Set(scale.itemIds).size !== scale.itemIds.length) refusals.push(problem('EVALUATION.SCALE_ITEM_TWICE', `${at}.itemIds`));
    const members = scale.itemIds.map((id) => placed.get(id));
    if (members.some((member) => member === undefined)) {
      refusals.push(problem('EVALUATION.SCALE_ITEM_UNKNOWN', `${at}.itemIds`));
      return;
    }
    const known = members.filter((member) => member !== undefined);
    if (known.some((member) => !isScored(member.item))) refusals.push(problem('EVALUATION.SCALE_ITEM_NOT_SCORED', `${at}.itemIds`));
    // One kind per scale: a sum of agreement points and yes/no points would mean nothing.
    if (new Set(known.map((member) => member.item.kind)).size > 1) refusals.push(problem('EVALUATION.SCALE_KINDS_MIXED', `${at}.itemIds`));
    // The same respondents for every item, so a scale means the same for everyone it is scored for.
    const who = (respondents: readonly Respondent[]): string => [...respondents].sort().join();
    if (new Set(known.map((member) => who(member.respondents))).size > 1) refusals.push(problem('EVALUATION.SCALE_RESPONDENTS_DIFFER', `${at}.itemIds`));
    if (!(Number.isInteger(scale.minAnswered) && scale.minAnswered >= 1 && scale.minAnswered <= scale.itemIds.length)) {
      refusals.push(problem('EVALUATION.SCALE_MIN_ANSWERED_INVALID', `${at}.minAnswered`));
    }
  });
  return refusals;
}

/**
 * The refusals of a questionnaire definition, all of them (empty when it may be stored):
 *
 * - a definition id (`isQuestionnaireId`) and a whole version from 1; at least one respondent
 *   and one language, each known (`RESPONDENTS`, `EVALUATION_LANGUAGES`), review languages among
 *   the offered ones; at least one item;
 * - ids well formed; group and item ids unique across the definition, scale ids among the scales;
 * - a group asks only the questionnaire's respondents, an item only its group's;
 * - a text for every respondent who is asked and every language claimed: title, introduction,
 *   group titles and instructions, item wording, explanation prompts, follow-up prompts, units; a
 *   pupil always the child-friendly one (`CHILD_WORDING_MISSING`);
 * - numbers with finite bounds, min ≤ max, whole bounds for whole numbers; texts with a length
 *   limit of 1…5,000;
 * - scales of known, scored items of one kind, asked of the same respondents, each item once,
 *   with 1 ≤ minAnswered ≤ the number of items;
 * - EVA-3: a special-category item only with a recorded DPIA update (`dpiaUpdate`, dated).
 */
export function validateQuestionnaireDefinition(definition: QuestionnaireDefinition): readonly DefinitionRefusal[] {
  const refusals: DefinitionRefusal[] = [];
  if (!isQuestionnaireId(definition.id)) refusals.push(problem('EVALUATION.DEFINITION_ID_INVALID', 'id'));
  if (!(Number.isInteger(definition.version) && definition.version >= 1)) refusals.push(problem('EVALUATION.DEFINITION_VERSION_INVALID', 'version'));
  if (definition.respondents.length === 0) refusals.push(problem('EVALUATION.DEFINITION_WITHOUT_RESPONDENT', 'respondents'));
  if (definition.respondents.some((respondent) => !(RESPONDENTS as readonly string[]).includes(respondent))) {
    refusals.push(problem('EVALUATION.RESPONDENT_UNKNOWN', 'respondents'));
  }
  if (definition.languages.length === 0) refusals.push(problem('EVALUATION.DEFINITION_WITHOUT_LANGUAGE', 'languages'));
  if (definition.languages.some((language) => !(EVALUATION_LANGUAGES as readonly string[]).includes(language))) {
    refusals.push(problem('EVALUATION.LANGUAGE_UNKNOWN', 'languages'));
  }
  if ((definition.translationsToReview ?? []).some((language) => !definition.languages.includes(language))) {
    refusals.push(problem('EVALUATION.LANGUAGE_UNKNOWN', 'translationsToReview'));
  }
  const languages = definition.languages.filter((language) => (EVALUATION_LANGUAGES as readonly string[]).includes(language));
  const everyone = definition.respondents.filter((respondent) => (RESPONDENTS as readonly string[]).includes(respondent));
  refusals.push(...wordingProblems(definition.title, 'title', everyone, languages));
  if (definition.introduction) refusals.push(...wordingProblems(definition.introduction, 'introduction', everyone, languages));

  const ids = new Set<string>();
  const claim = (id: string, field: string): void => {
    if (!isElementId(id)) refusals.push(problem('EVALUATION.ID_INVALID', field));
    else if (ids.has(id)) refusals.push(problem('EVALUATION.ID_DUPLICATE', field));
    ids.add(id);
  };
  let items = 0;
  definition.groups.forEach((group, groupIndex) => {
    const at = `groups.${groupIndex}`;
    claim(group.id, `${at}.id`);
    if (group.respondents.some((respondent) => !definition.respondents.includes(respondent))) {
      refusals.push(problem('EVALUATION.GROUP_RESPONDENT_NOT_ASKED', `${at}.respondents`));
    }
    const groupRespondents = group.respondents.filter((respondent) => everyone.includes(respondent));
    if (group.title) refusals.push(...wordingProblems(group.title, `${at}.title`, groupRespondents, languages));
    if (group.instruction) refusals.push(...wordingProblems(group.instruction, `${at}.instruction`, groupRespondents, languages));
    group.items.forEach((item, itemIndex) => {
      const itemAt = `${at}.items.${itemIndex}`;
      items += 1;
      claim(item.id, `${itemAt}.id`);
      if (item.respondents && item.respondents.some((respondent) => !group.respondents.includes(respondent))) {
        refusals.push(problem('EVALUATION.ITEM_RESPONDENT_NOT_IN_GROUP', `${itemAt}.respondents`));
      }
      const asked = (item.respondents ?? group.respondents).filter((respondent) => groupRespondents.includes(respondent));
      refusals.push(...itemProblems(item, itemAt, asked, languages));
      // EVA-3: no special-category item without a flagged DPIA update.
      if (item.specialCategory === true && !(definition.dpiaUpdate && definition.dpiaUpdate.reference.trim() !== '' && isIsoDate(definition.dpiaUpdate.updatedOn))) {
        refusals.push(problem('EVALUATION.SPECIAL_CATEGORY_WITHOUT_DPIA', `${itemAt}.specialCategory`));
      }
    });
  });
  if (items === 0) refusals.push(problem('EVALUATION.DEFINITION_WITHOUT_ITEMS', 'groups'));
  // Scales have their own ids: a scale may share its name with the group it scores (THE CHILD).
  const scaleIds = new Set<string>();
  definition.scales.forEach((scale, index) => {
    const field = `scales.${index}.id`;
    if (!isElementId(scale.id)) refusals.push(problem('EVALUATION.ID_INVALID', field));
    else if (scaleIds.has(scale.id)) refusals.push(problem('EVALUATION.ID_DUPLICATE', field));
    scaleIds.add(scale.id);
  });
  refusals.push(...scaleProblems(definition));
  return refusals;
}

export type RevisionProblem = Codes< 'EVALUATION.REVISION_OF_ANOTHER_QUESTIONNAIRE' | 'EVALUATION.REVISION_VERSION_NOT_NEXT' | 'EVALUATION.REVISION_ITEM_SCORING_CHANGED'>;

/** How an item scores: kept by every version that keeps the item's id. */
function scoringOf(item: QuestionnaireItem): string {
  switch (item.kind) {
    case 'agreement':
    case 'yesNo':
      return `${item.kind}:${item.reverseScored === true ? 'reverse' : 'plain'}`;
    case 'number':
      return `number:${item.scoring}:${item.min}:${item.max}`;
    case 'text':
      return 'text';
  }
}

/**
 * A new version of a stored definition: the same id, the next version number, and every item id it
 * keeps scored as before (same kind, reverse scoring, number bounds and direction). Wording may
 * change; a changed measure needs a new item id, so change scores never compare two different
 * things under one id. Check the new version itself with `validateQuestionnaireDefinition`.
 */
export function checkDefinitionRevision(previous: QuestionnaireDefinition, next: QuestionnaireDefinition): readonly Refusal<RevisionProblem>[] {
  const refusals: Refusal<RevisionProblem>[] = [];
  if (next.id !== previous.id) refusals.push({ ok: false, code: 'EVALUATION.REVISION_OF_ANOTHER_QUESTIONNAIRE', field: 'id' });
  if (next.version !== previous.version + 1) refusals.push({ ok: false, code: 'EVALUATION.REVISION_VERSION_NOT_NEXT', field: 'version' });
  const before = new Map(itemsOf(previous).map(({ item }) => [item.id, scoringOf(item)]));
  for (const { item, groupIndex, itemIndex } of itemsOf(next)) {
    const was = before.get(item.id);
    if (was !== undefined && was !== scoringOf(item)) {
      refusals.push({ ok: false, code: 'EVALUATION.REVISION_ITEM_SCORING_CHANGED', field: `groups.${groupIndex}.items.${itemIndex}` });
    }
  }
  return refusals;
}
