/**
 * The bridge to the programme report (reporting's `programmeReport`, the Parent'R'US annex
 * chapter 2 "voor elke vraag kunt u verslag uitbrengen over de specifieke antwoorden"): the answers
 * per item as reporting's `ItemResult`, grouped under the annex's sections (for the final report:
 * `PARENT_RUS_RESULT_SECTIONS`).
 *
 * These results are counted before EVA-2, on purpose: reporting publishes them with its
 * small-numbers rule (`publishItem`, `publishResultGroup`) and adds regions up first
 * (`sumItemResults`: "a withheld item without counts cannot be added"). They are for the api to
 * hand to reporting; they are never shown as they are. For a figure to show directly, use
 * `aggregateAnswerSets`, which withholds.
 */
import type { ItemResult, ResultGroup, ResultSection } from '../reporting/results.js';
import { isInScope, type AggregateScope } from './aggregate.js';
import type { AnswerSet } from './answers.js';
import { itemsOf, wordingFor, type QuestionnaireDefinition } from './definition.js';
import { scoreAnswerSet } from './scoring.js';
import { AGREEMENT_ANSWERS, YES_NO_ANSWERS, type EvaluationLanguage } from './vocabulary.js';

/**
 * The answers to one questionnaire in scope per item, as reporting's `ItemResult` (counts per
 * answer, distinct respondents, not withheld: see the file's note), for the agreement and yes/no
 * items asked of the respondents in scope. `text` is the item as the first respondent in scope
 * (else the item's first respondent) read it in `language`. Scored with each set's own version;
 * items and their order are the newest version's.
 */
export function itemResultsFor(
  definitions: readonly QuestionnaireDefinition[],
  answerSets: readonly AnswerSet[],
  scope: AggregateScope,
  language: EvaluationLanguage,
): readonly ItemResult[] {
  const versions = new Map(definitions.filter((definition) => definition.id === scope.questionnaireId).map((definition) => [definition.version, definition]));
  const newest = [...versions.values()].sort((a, b) => b.version - a.version)[0];
  if (!newest) return [];
  const scored = answerSets.flatMap((answerSet) => {
    const definition = versions.get(answerSet.version);
    return definition && isInScope(answerSet, scope) ? [scoreAnswerSet(definition, answerSet)] : [];
  });
  return itemsOf(newest).flatMap(({ item, respondents }): ItemResult[] => {
    if (item.kind !== 'agreement' && item.kind !== 'yesNo') return [];
    const reader = scope.respondents === undefined ? respondents[0] : scope.respondents.find((respondent) => respondents.includes(respondent));
    if (reader === undefined) return [];
    const values = item.kind === 'agreement' ? AGREEMENT_ANSWERS : YES_NO_ANSWERS;
    const counts: Record<string, number> = Object.fromEntries(values.map((value) => [value, 0]));
    const people = new Set<string>();
    for (const { answerSet, items } of scored) {
      const score = items.find((candidate) => candidate.itemId === item.id && candidate.kind === item.kind);
      if (!score) continue;
      counts[String(score.value)] = (counts[String(score.value)] ?? 0) + 1;
      people.add(answerSet.respondentKey);
    }
    return [{ itemId: item.id, text: wordingFor(item.wording, reader, language) ?? item.id, counts, respondents: people.size, withheld: false }];
  });
}

/**
 * `itemResultsFor`, grouped under report sections: each item named in `sections` (item id →
 * section) goes to its section, under its group's title in `language` (THE CHILD), else the
 * questionnaire's title; items not named are left out. Groups keep the questionnaire's order.
 */
export function resultGroupsFor(
  definitions: readonly QuestionnaireDefinition[],
  answerSets: readonly AnswerSet[],
  scope: AggregateScope,
  language: EvaluationLanguage,
  sections: Readonly<Record<string, ResultSection>>,
): readonly ResultGroup[] {
  const newest = definitions.filter((definition) => definition.id === scope.questionnaireId).sort((a, b) => b.version - a.version)[0];
  if (!newest) return [];
  const results = new Map(itemResultsFor(definitions, answerSets, scope, language).map((result) => [result.itemId, result]));
  const groups = new Map<string, { section: ResultSection; heading: string; items: ItemResult[] }>();
  for (const { item, group, respondents } of itemsOf(newest)) {
    const section = sections[item.id];
    const result = results.get(item.id);
    if (section === undefined || !result) continue;
    const reader = scope.respondents?.find((respondent) => respondents.includes(respondent)) ?? respondents[0];
    if (reader === undefined) continue;
    const heading = (group.title && wordingFor(group.title, reader, language)) || (wordingFor(newest.title, reader, language) ?? newest.id);
    const key = `${section}\u0000${heading}`;
    const entry = groups.get(key) ?? { section, heading, items: [] };
    entry.items.push(result);
    groups.set(key, entry);
  }
  return [...groups.values()];
}
