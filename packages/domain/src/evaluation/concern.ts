/**
 * EVA-4: "Evaluation free text is not automatically scanned into the safeguarding process. A
 * coordinator who reads a worrying answer must create a Concern manually, which is recorded and
 * linked."
 *
 * Nothing in this module reads the words of an answer: no scoring, aggregation, comparison or
 * schedule looks at free text for meaning, and no function here raises a concern. The only path
 * from an answer to safeguarding is a coordinator's explicit action: the coordinator creates the
 * Concern (safeguarding's `openConcern`, whose rules apply to it), then `openAnswerAsConcern`
 * records the link. The answer set itself stays under EVA-5 retention; the concern keeps the words it quotes.
 */
import { compareDates, isIsoDate, type IsoDate } from '../calendar/index.js';
import { accept, refuse, type Result } from '../result.js';
import type { FactSource } from '../safeguarding/types.js';
import type { AnswerSet } from './answers.js';
import type { Codes } from '../codes.js';

/** Who acts: only a coordinator opens an answer as a concern. */
export interface EvaluationActor {
  readonly personId: string;
  readonly role: 'coordinator' | 'safeguardingLead' | 'schoolMentor' | 'volunteer' | 'parent' | 'pupil';
}

/** The recorded link between one answer and the Concern a coordinator created for it. */
export interface AnswerOpenedAsConcern {
  readonly answerSetId: string;
  readonly itemId: string;
  readonly concernId: string;
  readonly openedBy: string;
  readonly openedOn: IsoDate;
  /** The answer's own words, to quote verbatim in the concern's facts (SAF-12). */
  readonly words: string;
  /** SAF-12 "third-party information must name its source": the concern's `sources` entry for them. */
  readonly source: FactSource;
}

export type ConcernOpeningProblem = Codes<
  | 'EVALUATION.CONCERN_ONLY_BY_COORDINATOR'
  | 'EVALUATION.CONCERN_ID_REQUIRED'
  | 'EVALUATION.CONCERN_NOTHING_TO_OPEN'
  | 'EVALUATION.CONCERN_ALREADY_OPENED'
  | 'EVALUATION.CONCERN_DATE_INVALID'
>;

/** The free text of one answer: a text item's value, or the explanation of an agreement or yes/no answer. */
export function freeTextOf(answerSet: AnswerSet, itemId: string): string | null {
  const answer = answerSet.answers.find((candidate) => candidate.itemId === itemId);
  if (!answer || answer.kind === 'number') return null;
  const text = answer.kind === 'text' ? answer.value : (answer.explanation ?? '');
  return text.trim() === '' ? null : text;
}

/**
 * Records that a coordinator opened a worrying answer as a Concern (EVA-4): by a coordinator only
 * (`CONCERN_ONLY_BY_COORDINATOR`), naming the Concern the coordinator already created
 * (`CONCERN_ID_REQUIRED`), for an answer that has free text (`CONCERN_NOTHING_TO_OPEN`), once per
 * answer (`CONCERN_ALREADY_OPENED`, against `openings`), dated on a real day not after today.
 */
export function openAnswerAsConcern(
  answerSet: AnswerSet,
  itemId: string,
  action: { readonly by: EvaluationActor; readonly concernId: string; readonly on: IsoDate },
  openings: readonly Pick<AnswerOpenedAsConcern, 'answerSetId' | 'itemId'>[],
  today: IsoDate,
): Result<AnswerOpenedAsConcern, ConcernOpeningProblem> {
  if (action.by.role !== 'coordinator') return refuse('EVALUATION.CONCERN_ONLY_BY_COORDINATOR');
  if (action.concernId.trim() === '') return refuse('EVALUATION.CONCERN_ID_REQUIRED', 'concernId');
  if (!isIsoDate(action.on) || compareDates(action.on, today) > 0) return refuse('EVALUATION.CONCERN_DATE_INVALID', 'on');
  const words = freeTextOf(answerSet, itemId);
  if (words === null) return refuse('EVALUATION.CONCERN_NOTHING_TO_OPEN', 'itemId');
  if (openings.some((opening) => opening.answerSetId === answerSet.id && opening.itemId === itemId)) return refuse('EVALUATION.CONCERN_ALREADY_OPENED', 'itemId');
  return accept({ answerSetId: answerSet.id, itemId, concernId: action.concernId, openedBy: action.by.personId, openedOn: action.on, words, source: { kind: 'thirdParty', who: `evaluation answer (${answerSet.questionnaireId}, ${itemId})` } });
}
