import { EvaluationAnswerSet, EvaluationConcernLink, type EntityManager } from '@driehoek/db';
import { anonymiseAnswerSet, evaluationResponseRecordOf, type AnswerSet, type ItemAnswer } from '@driehoek/domain/evaluation';
import { retentionDecision } from '@driehoek/domain/privacy';
import type { SettingsOf } from './volunteer-retention.js';

/**
 * R-6 (EVA-5): raw questionnaire answers are anonymised `evaluationRawMonths` after their round
 * closed (the programme's period, else the organisation's): the respondent and match keys go (so
 * no answer can be linked to a person or to another answer), free text and explanations go, the
 * day becomes the month's first; the choices and numbers stay, so the results and reports keep
 * their aggregates. An answer a coordinator opened a concern from (EVA-4) is kept as it is, with
 * the concern, for a person to review. Returns the count.
 */
export async function anonymiseEvaluationAnswers(em: EntityManager, settingsOf: SettingsOf, day: string): Promise<number> {
  const raw = await em.find(EvaluationAnswerSet, { anonymisedOn: null });
  const due = raw.filter((set) => retentionDecision(evaluationResponseRecordOf(set), settingsOf(set.organisation.id, set.programme.id), day).action === 'anonymise');
  if (due.length === 0) return 0;
  const linked = new Set((await em.find(EvaluationConcernLink, { answerSet: { $in: due.map((set) => set.id) } }, { fields: ['answerSet'] })).map((link) => link.answerSet.id));
  let count = 0;
  for (const set of due) {
    if (linked.has(set.id)) continue;
    const anonymised = anonymiseAnswerSet({ ...set, programmeId: set.programme.id } as unknown as AnswerSet);
    Object.assign(set, {
      matchKey: null,
      respondentKey: null,
      submittedOn: `${anonymised.submittedInMonth}-01`,
      answers: anonymised.answers as readonly ItemAnswer[],
      anonymisedOn: day,
    });
    count += 1;
  }
  await em.flush();
  return count;
}
