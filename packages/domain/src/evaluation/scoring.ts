/**
 * Scores of one answer set: per item and per scale (sum, mean, share of Agree), with reverse-scored
 * items and a minimum of answered items before a scale counts.
 */
import type { AnswerSet, ItemAnswer } from './answers.js';
import { isAnswered } from './answers.js';
import { isScored, itemsOf, type QuestionnaireDefinition, type QuestionnaireItem } from './definition.js';
import type { AgreementAnswer, YesNoAnswer } from './vocabulary.js';

/** Disagree 0, Could be improved 1 (a qualified yes), Agree 2. */
export const AGREEMENT_POINTS: Readonly<Record<AgreementAnswer, number>> = Object.freeze({ disagree: 0, couldBeImproved: 1, agree: 2 });

/** No 0, Yes 1. */
export const YES_NO_POINTS: Readonly<Record<YesNoAnswer, number>> = Object.freeze({ no: 0, yes: 1 });

export type ScoredKind = 'agreement' | 'yesNo' | 'number';

/** One answered, scored item. Points are "higher is better" after reverse scoring. */
export interface ItemScore {
  readonly itemId: string;
  readonly kind: ScoredKind;
  /** The answer given. */
  readonly value: AgreementAnswer | YesNoAnswer | number;
  /** Agreement 0–2, yes/no 0–1, a number its value (min + max − value where lower is better). */
  readonly points: number;
  readonly minPoints: number;
  readonly maxPoints: number;
  /** Agree or Yes (for a reverse-scored item Disagree or No); `null` for a number. */
  readonly favourable: boolean | null;
}

/** One scale of one answer set. The figures are `null` when the scale does not count. */
export interface ScaleScore {
  readonly scaleId: string;
  readonly kind: ScoredKind;
  readonly items: number;
  readonly answered: number;
  /** At least `minAnswered` items answered. */
  readonly counts: boolean;
  /** Of the answered items; compare means, not sums, where items may be skipped. */
  readonly sum: number | null;
  readonly mean: number | null;
  /** The share of favourable answers (Agree, Yes; reversed for reverse-scored items); `null` for numbers. */
  readonly shareAgree: number | null;
}

export interface ScoredAnswerSet {
  readonly answerSet: AnswerSet;
  readonly items: readonly ItemScore[];
  /** The scales whose items this respondent is asked. */
  readonly scales: readonly ScaleScore[];
}

/**
 * The score of one answer to its item, or `null` when there is none: a text, an unscored number,
 * an answer of another kind, or no answer at all.
 */
export function scoreItem(item: QuestionnaireItem, answer: ItemAnswer | undefined): ItemScore | null {
  if (!answer || !isScored(item) || answer.kind !== item.kind || !isAnswered(answer)) return null;
  if (item.kind === 'agreement' && answer.kind === 'agreement') {
    const plain = AGREEMENT_POINTS[answer.value];
    const reverse = item.reverseScored === true;
    const favourable = reverse ? answer.value === 'disagree' : answer.value === 'agree';
    return { itemId: item.id, kind: 'agreement', value: answer.value, points: reverse ? 2 - plain : plain, minPoints: 0, maxPoints: 2, favourable };
  }
  if (item.kind === 'yesNo' && answer.kind === 'yesNo') {
    const reverse = item.reverseScored === true;
    const plain = YES_NO_POINTS[answer.value];
    return { itemId: item.id, kind: 'yesNo', value: answer.value, points: reverse ? 1 - plain : plain, minPoints: 0, maxPoints: 1, favourable: reverse ? answer.value === 'no' : answer.value === 'yes' };
  }
  if (item.kind === 'number' && answer.kind === 'number') {
    const points = item.scoring === 'lowerIsBetter' ? item.min + item.max - answer.value : answer.value;
    return { itemId: item.id, kind: 'number', value: answer.value, points, minPoints: item.min, maxPoints: item.max, favourable: null };
  }
  return null;
}

/**
 * Every item score and every scale score of an answer set (assumed valid: `validateAnswerSet`).
 * A scale counts when at least `minAnswered` of its items were answered; then `sum` and `mean` are
 * over the answered items and `shareAgree` is the share of them answered favourably.
 */
export function scoreAnswerSet(definition: QuestionnaireDefinition, answerSet: AnswerSet): ScoredAnswerSet {
  const answers = new Map(answerSet.answers.map((answer) => [answer.itemId, answer]));
  const placed = itemsOf(definition);
  const items: ItemScore[] = [];
  for (const { item } of placed) {
    const score = scoreItem(item, answers.get(item.id));
    if (score) items.push(score);
  }
  const byId = new Map(items.map((score) => [score.itemId, score]));
  const asked = new Map(placed.map(({ item, respondents }) => [item.id, { item, asked: respondents.includes(answerSet.respondent) }]));
  const scales: ScaleScore[] = [];
  for (const scale of definition.scales) {
    const members = scale.itemIds.map((id) => asked.get(id)).filter((member) => member !== undefined);
    if (members.length === 0 || !members.every((member) => member.asked)) continue;
    const first = members[0]?.item;
    if (!first || first.kind === 'text') continue;
    const scores = scale.itemIds.map((id) => byId.get(id)).filter((score) => score !== undefined);
    const counts = scores.length >= scale.minAnswered;
    const sum = scores.reduce((total, score) => total + score.points, 0);
    const kind: ScoredKind = first.kind;
    scales.push({
      scaleId: scale.id,
      kind,
      items: scale.itemIds.length,
      answered: scores.length,
      counts,
      sum: counts ? sum : null,
      mean: counts ? sum / scores.length : null,
      shareAgree: counts && kind !== 'number' ? scores.filter((score) => score.favourable === true).length / scores.length : null,
    });
  }
  return { answerSet, items, scales };
}
