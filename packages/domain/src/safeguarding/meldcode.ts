/**
 * Meldcode steps 4 and 5: the afwegingskader's five questions and the three professional reporting
 * norms (meldnormen) enforced at the decision (SAF-5, SAF-7), and the follow-up with question 5.
 *
 * The meldnormen (aandachtsfunctionariskindermishandeling.nl/afwegingskader):
 * 1. Always report acute and/or structural unsafety, and any disclosure, to Veilig Thuis.
 * 2. Report if you cannot offer or organise help yourself.
 * 3. Report if the situation stays unsafe despite help.
 */
import { addDays, isIsoDate, type IsoDate } from '../calendar/index.js';
import { refuse, type Refusal } from '../result.js';
import type { SafeguardingSettings } from './settings.js';
import {
  DECISION_OUTCOMES,
  SUBJECT_OUTCOMES,
  type AfwegingskaderAnswer,
  type AfwegingskaderAnswers,
  type AfwegingskaderQuestion,
  type ConcernDecision,
  type ConcernState,
  type FollowUp,
  type SafeguardingProblem,
} from './types.js';
import type { Codes } from '../codes.js';

const filled = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';

function answerRefusal(answers: AfwegingskaderAnswers, question: AfwegingskaderQuestion, required: boolean): Refusal<SafeguardingProblem> | null {
  const answer: AfwegingskaderAnswer | undefined = answers[question];
  if (!answer) return required ? refuse('SAFEGUARDING.ANSWER_REQUIRED', question) : null;
  if (answer.answer !== 'yes' && answer.answer !== 'no') return refuse('SAFEGUARDING.ANSWER_REQUIRED', question);
  return filled(answer.rationale) ? null : refuse('SAFEGUARDING.RATIONALE_REQUIRED', question);
}

/**
 * Meldcode step 4: the afwegingskader answered "as far as the questions apply", each answer with a
 * written rationale (`SAFEGUARDING.ANSWER_REQUIRED`, `RATIONALE_REQUIRED` on `q1`…`q5`): q1 always;
 * after a suspicion (q1 yes) q2; when there is no acute or structural unsafety (q2 no) q3; when help
 * is possible (q3 yes) q4; q5 whenever known (it is asked again at each follow-up).
 *
 * SAF-5: a disclosure (the child told) or acute danger is acute unsafety, so with a suspicion q2
 * must be yes (`SAFEGUARDING.DISCLOSURE_MEANS_UNSAFETY` on `q2`), and meldnorm 1 then requires a
 * report.
 */
export function checkAssessment(answers: AfwegingskaderAnswers, concern: Pick<ConcernState, 'disclosure' | 'acuteDanger'>): Refusal<SafeguardingProblem> | null {
  const q1 = answers.q1?.answer;
  const q2 = answers.q2?.answer;
  const q3 = answers.q3?.answer;
  const required: Readonly<Record<AfwegingskaderQuestion, boolean>> = {
    q1: true,
    q2: q1 === 'yes',
    q3: q1 === 'yes' && q2 === 'no',
    q4: q1 === 'yes' && q2 === 'no' && q3 === 'yes',
    q5: false,
  };
  for (const question of ['q1', 'q2', 'q3', 'q4', 'q5'] as const) {
    const refusal = answerRefusal(answers, question, required[question]);
    if (refusal) return refusal;
  }
  if (q1 === 'yes' && q2 === 'no' && (concern.disclosure || concern.acuteDanger)) return refuse('SAFEGUARDING.DISCLOSURE_MEANS_UNSAFETY', 'q2');
  return null;
}

/** The meldnorm that requires a Veilig Thuis report, as its refusal code, or `null` when none does. */
export type ReportRequirement = Codes<
  | 'SAFEGUARDING.REPORT_REQUIRED_UNSAFETY'
  | 'SAFEGUARDING.REPORT_REQUIRED_NO_HELP'
  | 'SAFEGUARDING.REPORT_REQUIRED_NO_COOPERATION'
  | 'SAFEGUARDING.REPORT_REQUIRED_UNSAFE_DESPITE_HELP'
>;

/**
 * SAF-7: which meldnorm requires a report to Veilig Thuis, given the answers: q2 yes (meldnorm 1:
 * acute or structural unsafety, a disclosure), q3 no (meldnorm 2: no help can be organised), q4 no
 * (those involved do not cooperate with the help: the help cannot work, meldnorm 2), q5 no
 * (meldnorm 3: unsafe despite help). Only after a suspicion (q1 yes).
 */
export function reportRequiredBy(answers: AfwegingskaderAnswers): ReportRequirement | null {
  if (answers.q1?.answer !== 'yes') return null;
  if (answers.q2?.answer === 'yes') return 'SAFEGUARDING.REPORT_REQUIRED_UNSAFETY';
  if (answers.q3?.answer === 'no') return 'SAFEGUARDING.REPORT_REQUIRED_NO_HELP';
  if (answers.q4?.answer === 'no') return 'SAFEGUARDING.REPORT_REQUIRED_NO_COOPERATION';
  if (answers.q5?.answer === 'no') return 'SAFEGUARDING.REPORT_REQUIRED_UNSAFE_DESPITE_HELP';
  return null;
}

/** A follow-up date: after `from`, at most `maxFollowUpDays` later. */
function followUpDateRefusal(date: IsoDate | null, from: IsoDate, settings: SafeguardingSettings, field: string): Refusal<SafeguardingProblem> | null {
  if (date === null) return refuse('SAFEGUARDING.FOLLOW_UP_DATE_REQUIRED', field);
  if (!isIsoDate(date) || date <= from || date > addDays(from, settings.maxFollowUpDays)) return refuse('SAFEGUARDING.FOLLOW_UP_DATE_INVALID', field);
  return null;
}

/**
 * Meldcode step 5, checked against the afwegingskader (SAF-7): outcomes given, known and each once
 * (`SAFEGUARDING.OUTCOME_REQUIRED` on `outcomes`) with a rationale (`RATIONALE_REQUIRED` on
 * `rationale`). Then, on `outcomes`:
 *
 * - no suspicion (q1 no): only `closeNoSuspicion` and/or `monitor`; anything else
 *   `SAFEGUARDING.DECISION_CONTRADICTS_ASSESSMENT`;
 * - a suspicion (q1 yes): never `closeNoSuspicion`, and help and/or a report (Meldcode step 5
 *   "organise help and/or report"), else `DECISION_CONTRADICTS_ASSESSMENT`; a meldnorm that requires
 *   a report without `reportVeiligThuis` is refused with its code (`reportRequiredBy`). So help
 *   without a report only when q1 yes, q2 no, q3 yes and q4 yes.
 *
 * SAF-15: a follow-up date after the decision day and within `maxFollowUpDays`
 * (`SAFEGUARDING.FOLLOW_UP_DATE_REQUIRED` / `FOLLOW_UP_DATE_INVALID` on `followUpOn`), except when
 * the concern is closed with no suspicion. SAF-11: a concern about a volunteer or staff member says
 * what it means for them (`SAFEGUARDING.SUBJECT_OUTCOME_REQUIRED` on `subjectOutcome`).
 */
export function checkDecision(
  decision: ConcernDecision,
  concern: Pick<ConcernState, 'assessment' | 'subject'>,
  decidedOn: IsoDate,
  settings: SafeguardingSettings,
): Refusal<SafeguardingProblem> | null {
  const outcomes = decision.outcomes;
  const known = outcomes.every((outcome) => (DECISION_OUTCOMES as readonly string[]).includes(outcome));
  if (outcomes.length === 0 || !known || new Set(outcomes).size !== outcomes.length) return refuse('SAFEGUARDING.OUTCOME_REQUIRED', 'outcomes');
  if (!filled(decision.rationale)) return refuse('SAFEGUARDING.RATIONALE_REQUIRED', 'rationale');
  const answers = concern.assessment ?? {};
  const has = (outcome: ConcernDecision['outcomes'][number]): boolean => outcomes.includes(outcome);
  if (answers.q1?.answer !== 'yes') {
    if (outcomes.some((outcome) => outcome !== 'closeNoSuspicion' && outcome !== 'monitor')) return refuse('SAFEGUARDING.DECISION_CONTRADICTS_ASSESSMENT', 'outcomes');
  } else {
    if (has('closeNoSuspicion')) return refuse('SAFEGUARDING.DECISION_CONTRADICTS_ASSESSMENT', 'outcomes');
    const required = reportRequiredBy(answers);
    if (required && !has('reportVeiligThuis')) return refuse(required, 'outcomes');
    if (!has('organiseProfessionalHelp') && !has('reportVeiligThuis')) return refuse('SAFEGUARDING.DECISION_CONTRADICTS_ASSESSMENT', 'outcomes');
  }
  const closesOnly = outcomes.length === 1 && has('closeNoSuspicion');
  if (!closesOnly || decision.followUpOn !== null) {
    const refusal = followUpDateRefusal(decision.followUpOn, decidedOn, settings, 'followUpOn');
    if (refusal) return refusal;
  }
  if (concern.subject.type === 'staffOrVolunteer' && !(SUBJECT_OUTCOMES as readonly (string | undefined)[]).includes(decision.subjectOutcome)) {
    return refuse('SAFEGUARDING.SUBJECT_OUTCOME_REQUIRED', 'subjectOutcome');
  }
  return null;
}

/**
 * A follow-up (afwegingskader question 5, "does the help lead to lasting safety?"): dated, not
 * before the decision's day nor after `today` (`SAFEGUARDING.DATE_INVALID` on `on`); q5 answered
 * with a rationale (on `q5`); notes (`SAFEGUARDING.TEXT_REQUIRED` on `notes`); and when it is not
 * lastingly safe a next review (`SAFEGUARDING.FOLLOW_UP_DATE_REQUIRED` on `nextFollowUpOn`; SAF-7:
 * meldnorm 3 then requires a new report, see `closeRefusal`), within `maxFollowUpDays`.
 */
export function checkFollowUp(followUp: FollowUp, decidedOn: IsoDate, today: IsoDate, settings: SafeguardingSettings): Refusal<SafeguardingProblem> | null {
  if (!isIsoDate(followUp.on) || followUp.on < decidedOn || followUp.on > today) return refuse('SAFEGUARDING.DATE_INVALID', 'on');
  const answer = answerRefusal({ q5: followUp.q5 }, 'q5', true);
  if (answer) return answer;
  if (!filled(followUp.notes)) return refuse('SAFEGUARDING.TEXT_REQUIRED', 'notes');
  if (followUp.q5.answer === 'no' || followUp.nextFollowUpOn !== null) return followUpDateRefusal(followUp.nextFollowUpOn, followUp.on, settings, 'nextFollowUpOn');
  return null;
}
