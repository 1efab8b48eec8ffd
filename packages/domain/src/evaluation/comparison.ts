/**
 * Comparing answer sets (DOMAIN.md §7): the change between the mid-term and the final report of
 * the same respondent in the same match, and the "mirror effect" (tool 3 is "in te vullen door
 * zowel mentor als leerling voor 'spiegeleffect'", 3.3.5): mentor and mentee, or any two parties of
 * the triangle, on the same items — where they agree and where they differ. Items are compared by
 * id, which names the measure (see `definition.ts`), also across two questionnaires.
 */
import { compareDates } from '../calendar/index.js';
import type { QuestionnaireId, QuestionnaireMoment } from '../programme/settings.js';
import { accept, refuse, type Result } from '../result.js';
import type { ItemScore, ScaleScore, ScoredAnswerSet, ScoredKind } from './scoring.js';
import type { MatchKey, RespondentKey } from './pseudonym.js';
import type { Respondent } from './vocabulary.js';
import type { Codes } from '../codes.js';

/** Which way a score moved: points are "higher is better", so up is better. */
export type ChangeDirection = 'better' | 'same' | 'worse';

const directionOf = (difference: number): ChangeDirection => (difference > 0 ? 'better' : difference < 0 ? 'worse' : 'same');

/** Two item scores measure the same when kind and point range agree (a revision keeps them, `checkDefinitionRevision`). */
const comparable = (a: ItemScore, b: ItemScore): boolean => a.kind === b.kind && a.minPoints === b.minPoints && a.maxPoints === b.maxPoints;

export interface ItemChange {
  readonly itemId: string;
  readonly kind: ScoredKind;
  readonly before: ItemScore['value'];
  readonly after: ItemScore['value'];
  /** After's points less before's. */
  readonly difference: number;
  readonly direction: ChangeDirection;
}

export interface ScaleChange {
  readonly scaleId: string;
  readonly kind: ScoredKind;
  /** The scale's mean, before and after. */
  readonly before: number;
  readonly after: number;
  readonly difference: number;
  readonly direction: ChangeDirection;
  readonly shareAgreeBefore: number | null;
  readonly shareAgreeAfter: number | null;
}

/** Where one questionnaire answer came from, in a comparison. */
export interface AnswerSetReference {
  readonly answerSetId: string;
  readonly questionnaireId: QuestionnaireId;
  readonly version: number;
  readonly moment: QuestionnaireMoment;
  readonly submittedOn: string;
}

export interface AnswerChange {
  readonly respondentKey: RespondentKey;
  readonly matchKey: MatchKey;
  readonly respondent: Respondent;
  readonly from: AnswerSetReference;
  readonly to: AnswerSetReference;
  /** The items answered both times, in the later questionnaire's order. */
  readonly items: readonly ItemChange[];
  /** The scales that count both times. */
  readonly scales: readonly ScaleChange[];
}

export type ChangeProblem = Codes< 'EVALUATION.CHANGE_OTHER_RESPONDENT' | 'EVALUATION.CHANGE_OTHER_MATCH' | 'EVALUATION.CHANGE_NOT_LATER'>;

const reference = ({ answerSet }: ScoredAnswerSet): AnswerSetReference => ({
  answerSetId: answerSet.id,
  questionnaireId: answerSet.questionnaireId,
  version: answerSet.version,
  moment: answerSet.moment,
  submittedOn: answerSet.submittedOn,
});

const countingScales = (scored: ScoredAnswerSet): Map<string, ScaleScore> =>
  new Map(scored.scales.filter((scale) => scale.counts).map((scale) => [scale.scaleId, scale]));

/**
 * The change from an earlier to a later answer set of the same respondent in the same match (the
 * mid-term and the final report): per item answered both times (by id, same kind and range) and
 * per scale that counts both times (its mean). Refused for another respondent
 * (`CHANGE_OTHER_RESPONDENT`), another match (`CHANGE_OTHER_MATCH`) or a "later" set submitted
 * before the earlier one (`CHANGE_NOT_LATER`).
 */
export function changeBetween(earlier: ScoredAnswerSet, later: ScoredAnswerSet): Result<AnswerChange, ChangeProblem> {
  const a = earlier.answerSet;
  const b = later.answerSet;
  if (a.respondentKey !== b.respondentKey || a.respondent !== b.respondent) return refuse('EVALUATION.CHANGE_OTHER_RESPONDENT', 'respondentKey');
  if (a.matchKey !== b.matchKey) return refuse('EVALUATION.CHANGE_OTHER_MATCH', 'matchKey');
  if (compareDates(b.submittedOn, a.submittedOn) < 0) return refuse('EVALUATION.CHANGE_NOT_LATER', 'submittedOn');
  const before = new Map(earlier.items.map((score) => [score.itemId, score]));
  const items: ItemChange[] = [];
  for (const after of later.items) {
    const was = before.get(after.itemId);
    if (!was || !comparable(was, after)) continue;
    const difference = after.points - was.points;
    items.push({ itemId: after.itemId, kind: after.kind, before: was.value, after: after.value, difference, direction: directionOf(difference) });
  }
  const scalesBefore = countingScales(earlier);
  const scales: ScaleChange[] = [];
  for (const after of countingScales(later).values()) {
    const was = scalesBefore.get(after.scaleId);
    if (!was || was.kind !== after.kind || was.mean === null || after.mean === null) continue;
    const difference = after.mean - was.mean;
    scales.push({
      scaleId: after.scaleId,
      kind: after.kind,
      before: was.mean,
      after: after.mean,
      difference,
      direction: directionOf(difference),
      shareAgreeBefore: was.shareAgree,
      shareAgreeAfter: after.shareAgree,
    });
  }
  return accept({ respondentKey: b.respondentKey, matchKey: b.matchKey, respondent: b.respondent, from: reference(earlier), to: reference(later), items, scales });
}

export interface MirrorItem {
  readonly itemId: string;
  readonly kind: ScoredKind;
  readonly first: ItemScore['value'];
  readonly second: ItemScore['value'];
  /** The same answer. */
  readonly same: boolean;
  /** How far apart, in points (Agree against Disagree is 2). */
  readonly gap: number;
}

export interface MirrorScale {
  readonly scaleId: string;
  readonly first: number;
  readonly second: number;
  readonly gap: number;
}

/** Two parties of one match on the same items of the same questionnaire and moment. */
export interface MirrorComparison {
  readonly matchKey: MatchKey;
  readonly questionnaireId: QuestionnaireId;
  readonly moment: QuestionnaireMoment;
  readonly respondents: readonly [Respondent, Respondent];
  readonly answerSetIds: readonly [string, string];
  /** The items both answered, in the first set's order. */
  readonly items: readonly MirrorItem[];
  /** Ids of the items they answered alike, and of those they answered differently. */
  readonly agreeOn: readonly string[];
  readonly differOn: readonly string[];
  /** `agreeOn` over all items compared; `null` when none. */
  readonly agreementShare: number | null;
  readonly scales: readonly MirrorScale[];
}

export type MirrorProblem = Codes< 'EVALUATION.MIRROR_OTHER_MATCH' | 'EVALUATION.MIRROR_OTHER_QUESTIONNAIRE' | 'EVALUATION.MIRROR_SAME_RESPONDENT'>;

/**
 * The mirror comparison of two answer sets of one match, questionnaire and moment by two
 * different respondents (the mentor's and the mentee's mid-term report): per item both answered
 * (the wording may differ per respondent, the item is the same), whether they gave the same answer
 * and how far apart they are, and the gap between their scale means. For the coordinator: it shows
 * one party's answers beside another's, so it is never shown to the respondents themselves.
 */
export function mirrorComparison(first: ScoredAnswerSet, second: ScoredAnswerSet): Result<MirrorComparison, MirrorProblem> {
  const a = first.answerSet;
  const b = second.answerSet;
  if (a.matchKey !== b.matchKey) return refuse('EVALUATION.MIRROR_OTHER_MATCH', 'matchKey');
  if (a.questionnaireId !== b.questionnaireId || a.moment !== b.moment) return refuse('EVALUATION.MIRROR_OTHER_QUESTIONNAIRE', 'questionnaireId');
  if (a.respondentKey === b.respondentKey) return refuse('EVALUATION.MIRROR_SAME_RESPONDENT', 'respondentKey');
  const theirs = new Map(second.items.map((score) => [score.itemId, score]));
  const items: MirrorItem[] = [];
  for (const mine of first.items) {
    const other = theirs.get(mine.itemId);
    if (!other || !comparable(mine, other)) continue;
    items.push({ itemId: mine.itemId, kind: mine.kind, first: mine.value, second: other.value, same: mine.value === other.value, gap: Math.abs(mine.points - other.points) });
  }
  const otherScales = countingScales(second);
  const scales: MirrorScale[] = [];
  for (const mine of countingScales(first).values()) {
    const other = otherScales.get(mine.scaleId);
    if (!other || mine.mean === null || other.mean === null) continue;
    scales.push({ scaleId: mine.scaleId, first: mine.mean, second: other.mean, gap: Math.abs(mine.mean - other.mean) });
  }
  const agreeOn = items.filter((item) => item.same).map((item) => item.itemId);
  const differOn = items.filter((item) => !item.same).map((item) => item.itemId);
  return accept({
    matchKey: a.matchKey,
    questionnaireId: a.questionnaireId,
    moment: a.moment,
    respondents: [a.respondent, b.respondent],
    answerSetIds: [a.id, b.id],
    items,
    agreeOn,
    differOn,
    agreementShare: items.length === 0 ? null : agreeOn.length / items.length,
    scales,
  });
}
