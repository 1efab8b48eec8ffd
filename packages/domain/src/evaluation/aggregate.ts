/**
 * Results per programme and period (DOMAIN.md §7, the seed's annex "mentor reporting template":
 * "results per questionnaire item with charts", the mentee's and the mentor's perception) under
 * EVA-2: "Reports show only aggregates with n ≥ 5 (configurable)". A figure resting on fewer
 * respondents carries `withheld: true` and no number at all; free texts are never aggregated.
 */
import { compareDates, type IsoDate } from '../calendar/index.js';
import type { EvaluationPolicy, QuestionnaireId, QuestionnaireMoment } from '../programme/settings.js';
import type { AnswerSet } from './answers.js';
import { itemsOf, type QuestionnaireDefinition } from './definition.js';
import { scoreAnswerSet, type ItemScore, type ScoredKind } from './scoring.js';
import { isAnswered } from './answers.js';
import { AGREEMENT_ANSWERS, YES_NO_ANSWERS, type AgreementAnswer, type ItemKind, type Respondent, type YesNoAnswer } from './vocabulary.js';

/** Which answer sets a report covers. */
export interface AggregateScope {
  readonly programmeId: string;
  readonly questionnaireId: QuestionnaireId;
  /** Submitted from `from` to `to`, both days included. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Only these respondents (the annex reports the mentee's and the mentor's perception apart); absent: all. */
  readonly respondents?: readonly Respondent[];
  /** Only this moment; absent: both. */
  readonly moment?: QuestionnaireMoment;
}

/** A figure not shown: fewer respondents than the threshold stand behind it (EVA-2). */
export interface Withheld {
  readonly withheld: true;
}

/** How many stand behind a figure: distinct respondents (one volunteer with three mentees is one) and answers. */
export interface Shown {
  readonly withheld: false;
  readonly respondents: number;
  readonly answers: number;
}

export type ItemAggregate =
  | ({ readonly itemId: string; readonly kind: ItemKind } & Withheld)
  | ({ readonly itemId: string; readonly kind: 'agreement'; readonly counts: Readonly<Record<AgreementAnswer, number>>; readonly mean: number; readonly shareAgree: number } & Shown)
  | ({ readonly itemId: string; readonly kind: 'yesNo'; readonly counts: Readonly<Record<YesNoAnswer, number>>; readonly mean: number; readonly shareAgree: number } & Shown)
  | ({ readonly itemId: string; readonly kind: 'number'; readonly mean: number } & Shown)
  /** Free text: only how many wrote something, never what (EVA-2, EVA-4). */
  | ({ readonly itemId: string; readonly kind: 'text' } & Shown);

export type ScaleAggregate =
  | ({ readonly scaleId: string; readonly kind: ScoredKind } & Withheld)
  | ({
      readonly scaleId: string;
      readonly kind: ScoredKind;
      /** The mean of the answer sets' scale means, where the scale counts. */
      readonly mean: number;
      /** The mean share of Agree; `null` for numbers. */
      readonly shareAgree: number | null;
    } & Shown);

export interface ProgrammeAggregate {
  readonly scope: AggregateScope;
  readonly minRespondents: number;
  /** The whole report: withheld when fewer respondents answered at all. */
  readonly total: Withheld | Shown;
  /** The items asked of the respondents in scope, in the order of the newest definition. */
  readonly items: readonly ItemAggregate[];
  readonly scales: readonly ScaleAggregate[];
  /** Answer sets in scope whose version is not among the definitions given: not counted. */
  readonly unscoredAnswerSetIds: readonly string[];
}

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Whether an answer set is in a report's scope: programme, questionnaire, period (both days included), respondents, moment. */
export function isInScope(answerSet: AnswerSet, scope: AggregateScope): boolean {
  return (
    answerSet.programmeId === scope.programmeId &&
    answerSet.questionnaireId === scope.questionnaireId &&
    compareDates(answerSet.submittedOn, scope.from) >= 0 &&
    compareDates(answerSet.submittedOn, scope.to) <= 0 &&
    (scope.respondents === undefined || scope.respondents.includes(answerSet.respondent)) &&
    (scope.moment === undefined || scope.moment === answerSet.moment)
  );
}

/**
 * The results of one questionnaire in one programme and period (`scope`), for the coordinator's
 * and the funder's report. `definitions` are its versions: each answer set is scored with the
 * version it answered, items and scales are those of the newest version, matched by id.
 *
 * EVA-2: every figure — the total, each item, each scale — is shown only when at least
 * `policy.minRespondentsPerFigure` distinct respondents (respondent keys) stand behind it;
 * otherwise it is `{ withheld: true }` without a number. Free-text items give only a count.
 */
export function aggregateAnswerSets(
  definitions: readonly QuestionnaireDefinition[],
  answerSets: readonly AnswerSet[],
  scope: AggregateScope,
  policy: Pick<EvaluationPolicy, 'minRespondentsPerFigure'>,
): ProgrammeAggregate {
  const minRespondents = policy.minRespondentsPerFigure;
  const versions = new Map(definitions.filter((definition) => definition.id === scope.questionnaireId).map((definition) => [definition.version, definition]));
  const newest = [...versions.values()].sort((a, b) => b.version - a.version)[0];
  const selected = answerSets.filter((answerSet) => isInScope(answerSet, scope));
  const unscoredAnswerSetIds = selected.filter((answerSet) => !versions.has(answerSet.version)).map((answerSet) => answerSet.id);
  const scored = selected.flatMap((answerSet) => {
    const definition = versions.get(answerSet.version);
    return definition ? [scoreAnswerSet(definition, answerSet)] : [];
  });
  const shown = (respondents: ReadonlySet<string>, answers: number): Shown | null =>
    respondents.size >= minRespondents ? { withheld: false, respondents: respondents.size, answers } : null;
  const everyone = new Set(scored.map(({ answerSet }) => answerSet.respondentKey));
  const total: Withheld | Shown = shown(everyone, scored.length) ?? { withheld: true };
  if (!newest) return { scope, minRespondents, total, items: [], scales: [], unscoredAnswerSetIds };

  // Only what the respondents in scope are asked: a report on parents has no THE MENTOR.
  const asked = (respondents: readonly Respondent[]): boolean => scope.respondents === undefined || respondents.some((respondent) => scope.respondents?.includes(respondent));
  const placed = itemsOf(newest).filter((entry) => asked(entry.respondents));
  const items: ItemAggregate[] = placed.map(({ item }) => {
    if (item.kind === 'text') {
      const writers = scored.filter(({ answerSet }) => answerSet.answers.some((answer) => answer.itemId === item.id && answer.kind === 'text' && isAnswered(answer)));
      const figure = shown(new Set(writers.map(({ answerSet }) => answerSet.respondentKey)), writers.length);
      return figure ? { itemId: item.id, kind: 'text', ...figure } : { itemId: item.id, kind: item.kind, withheld: true };
    }
    const scores: { respondentKey: string; score: ItemScore }[] = scored.flatMap(({ answerSet, items: itemScores }) => {
      const score = itemScores.find((candidate) => candidate.itemId === item.id && candidate.kind === item.kind);
      return score ? [{ respondentKey: answerSet.respondentKey, score }] : [];
    });
    const figure = shown(new Set(scores.map(({ respondentKey }) => respondentKey)), scores.length);
    if (!figure) return { itemId: item.id, kind: item.kind, withheld: true };
    const points = scores.map(({ score }) => score.points);
    const shareAgree = scores.filter(({ score }) => score.favourable === true).length / scores.length;
    if (item.kind === 'agreement') {
      const counts = Object.fromEntries(AGREEMENT_ANSWERS.map((answer) => [answer, scores.filter(({ score }) => score.value === answer).length])) as Record<AgreementAnswer, number>;
      return { itemId: item.id, kind: 'agreement', ...figure, counts, mean: mean(points), shareAgree };
    }
    if (item.kind === 'yesNo') {
      const counts = Object.fromEntries(YES_NO_ANSWERS.map((answer) => [answer, scores.filter(({ score }) => score.value === answer).length])) as Record<YesNoAnswer, number>;
      return { itemId: item.id, kind: 'yesNo', ...figure, counts, mean: mean(points), shareAgree };
    }
    // A number's mean, never its minimum or maximum: those are one person's answer.
    return { itemId: item.id, kind: 'number', ...figure, mean: mean(scores.map(({ score }) => score.value as number)) };
  });

  const scales: ScaleAggregate[] = newest.scales.flatMap((scale): ScaleAggregate[] => {
    const first = placed.find(({ item }) => item.id === scale.itemIds[0])?.item;
    if (!first || first.kind === 'text') return [];
    const kind: ScoredKind = first.kind;
    const counting = scored.flatMap(({ answerSet, scales: scaleScores }) => {
      const score = scaleScores.find((candidate) => candidate.scaleId === scale.id && candidate.counts && candidate.kind === kind);
      return score && score.mean !== null ? [{ respondentKey: answerSet.respondentKey, mean: score.mean, shareAgree: score.shareAgree }] : [];
    });
    const figure = shown(new Set(counting.map(({ respondentKey }) => respondentKey)), counting.length);
    if (!figure) return [{ scaleId: scale.id, kind, withheld: true }];
    const shares = counting.map(({ shareAgree }) => shareAgree).filter((share) => share !== null);
    return [{ scaleId: scale.id, kind, ...figure, mean: mean(counting.map((entry) => entry.mean)), shareAgree: shares.length === 0 ? null : mean(shares) }];
  });
  return { scope, minRespondents, total, items, scales, unscoredAnswerSetIds };
}
