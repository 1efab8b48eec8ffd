import type { QuestionnaireMoment, QuestionnaireRole } from '@driehoek/domain/programme';
import { EvaluationAnswerSet, EvaluationConcernLink, EvaluationInvitation, FamilyMember, Match, type EntityManager } from '@driehoek/db';
import {
  changeBetween,
  invitationStatus,
  itemById,
  mirrorComparison,
  openAnswerAsConcern,
  scoreAnswerSet,
  wordingFor,
  type AnswerSet,
  type EvaluationLanguage,
  type QuestionnaireDefinition,
  type Respondent,
} from '@driehoek/domain/evaluation';
import { concernFromAnswerInput, matchEvaluation, matchEvaluationInput, type MatchEvaluation } from '@driehoek/contracts/evaluation';
import { raisedConcernView } from '@driehoek/contracts/safeguarding';
import { coordinatorProcedure, type Actor } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { audit } from '../../audit/index.js';
import { today } from '../../clock/index.js';
import { concernFromEvaluationAnswer } from '../safeguarding/index.js';
import { definitionOf, definitionsOf, titleOf } from './definitions.js';
import { matchKeyOf } from './keys.js';

async function matchOfOrganisation(em: EntityManager, actor: Actor, matchId: string) {
  const match = await em.findOne(Match, { id: matchId, organisation: actor.organisationId }, { populate: ['programme', 'pupil', 'volunteer'] });
  if (!match) throw new AppError('NOT_FOUND', 'matchId');
  return match;
}

/** A stored answer set as the domain's. */
export const answerSetOf = (row: EvaluationAnswerSet): AnswerSet => ({
  id: row.id,
  questionnaireId: row.questionnaireId,
  version: row.version,
  programmeId: row.programme.id,
  matchKey: row.matchKey ?? '',
  respondentKey: row.respondentKey ?? '',
  respondent: row.respondent as Respondent,
  moment: row.moment as QuestionnaireMoment,
  language: row.language as EvaluationLanguage,
  submittedOn: row.submittedOn,
  answers: row.answers,
});

const textOf = (definition: QuestionnaireDefinition | undefined, itemId: string, respondent: Respondent, language: EvaluationLanguage) => {
  const item = definition ? itemById(definition, itemId) : undefined;
  if (!item) return itemId;
  return wordingFor(item.wording, respondent === 'pupil' ? 'parent' : respondent, language) ?? wordingFor(item.wording, respondent, language) ?? itemId;
};

/** A match's evaluation: found by recomputing its match key (EVA-2), never by a stored link. */
export async function matchEvaluationOf(em: EntityManager, secret: string, match: Match, language: 'nl' | 'en', day: string): Promise<MatchEvaluation> {
  const definitions = await definitionsOf(em, match.programme.id);
  const invitations = await em.find(EvaluationInvitation, { match }, { orderBy: { sendOn: 'asc' } });
  const names = new Map<string, string>();
  for (const member of await em.find(FamilyMember, { pupil: match.pupil })) names.set(member.id, `${member.firstName} ${member.lastName}`);
  names.set(match.volunteer.id, `${match.volunteer.firstName} ${match.volunteer.lastName}`);
  const rows = await em.find(EvaluationAnswerSet, { matchKey: matchKeyOf(secret, match.id), organisation: match.organisation }, { orderBy: { submittedOn: 'asc' } });
  const links = await em.find(EvaluationConcernLink, { answerSet: { $in: rows.map((row) => row.id) } });
  const scored = rows.map((row) => {
    const definition = definitionOf(definitions, row.questionnaireId, row.version);
    return { row, definition, scored: definition ? scoreAnswerSet(definition, answerSetOf(row)) : null };
  });
  const mirrors: MatchEvaluation['mirrors'][number][] = [];
  const changes: MatchEvaluation['changes'][number][] = [];
  for (const [index, a] of scored.entries()) {
    for (const b of scored.slice(index + 1)) {
      if (!a.scored || !b.scored) continue;
      if (a.row.questionnaireId === b.row.questionnaireId && a.row.moment === b.row.moment && a.row.respondent !== b.row.respondent) {
        const mirror = mirrorComparison(a.scored, b.scored);
        if (mirror.ok) {
          mirrors.push({
            questionnaireId: a.row.questionnaireId,
            title: titleOf(a.definition, language),
            moment: a.row.moment as QuestionnaireMoment,
            respondents: [mirror.value.respondents[0], mirror.value.respondents[1]],
            items: mirror.value.items.map((item) => ({ itemId: item.itemId, text: textOf(a.definition, item.itemId, 'parent', language), first: item.first, second: item.second, same: item.same, gap: item.gap })),
            agreementShare: mirror.value.agreementShare,
          });
        }
      }
      if (a.row.respondentKey === b.row.respondentKey && a.row.moment === 'midTerm' && b.row.moment === 'end') {
        const change = changeBetween(a.scored, b.scored);
        if (change.ok) {
          changes.push({
            respondent: change.value.respondent,
            fromQuestionnaireId: a.row.questionnaireId,
            toQuestionnaireId: b.row.questionnaireId,
            items: change.value.items.map((item) => ({ itemId: item.itemId, text: textOf(b.definition, item.itemId, change.value.respondent, language), before: item.before, after: item.after, difference: item.difference, direction: item.direction })),
            scales: change.value.scales.map((scale) => ({
              scaleId: scale.scaleId,
              title: b.definition?.scales.find((s) => s.id === scale.scaleId)?.title[language] ?? scale.scaleId,
              before: scale.before,
              after: scale.after,
              difference: scale.difference,
              direction: scale.direction,
            })),
          });
        }
      }
    }
  }
  return {
    invitations: invitations.map((row) => ({
      invitationId: row.id,
      personName: names.get(row.personId) ?? '',
      role: row.role as QuestionnaireRole,
      respondent: row.respondent as Respondent,
      questionnaireId: row.questionnaireId,
      title: titleOf(definitionOf(definitions, row.questionnaireId, row.version), language),
      moment: row.moment as QuestionnaireMoment,
      sendOn: row.sendOn,
      expiresOn: row.expiresOn,
      status: invitationStatus(row, row.answeredOn !== null, day),
      mailed: row.sentAt !== null,
    })),
    answerSets: scored.map(({ row, definition, scored: score }) => ({
      answerSetId: row.id,
      respondent: row.respondent as Respondent,
      questionnaireId: row.questionnaireId,
      title: titleOf(definition, language),
      moment: row.moment as QuestionnaireMoment,
      submittedOn: row.submittedOn,
      language: row.language as EvaluationLanguage,
      answers: row.answers.map((answer) => ({
        itemId: answer.itemId,
        text: textOf(definition, answer.itemId, row.respondent as Respondent, language),
        kind: answer.kind,
        value: answer.value,
        explanation: answer.kind === 'agreement' || answer.kind === 'yesNo' ? (answer.explanation ?? null) : null,
        concernId: links.find((link) => link.answerSet.id === row.id && link.itemId === answer.itemId)?.concernId ?? null,
      })),
      scales: (score?.scales ?? []).map((scale) => ({
        scaleId: scale.scaleId,
        title: definition?.scales.find((s) => s.id === scale.scaleId)?.title[language] ?? scale.scaleId,
        counts: scale.counts,
        mean: scale.mean,
        shareAgree: scale.shareAgree,
      })),
    })),
    mirrors,
    changes,
  };
}

/** The coordinator's view of a match's questionnaires: who answered what, the mirror, the change. */
export const forMatch = coordinatorProcedure
  .input(matchEvaluationInput)
  .output(matchEvaluation)
  .query(async ({ ctx, input }) => {
    const match = await matchOfOrganisation(ctx.em, ctx.actor, input.matchId);
    audit(ctx.em, ctx.actor, 'evaluation.read', 'Match', match.id);
    await ctx.em.flush();
    return matchEvaluationOf(ctx.em, ctx.services.evaluationKeySecret, match, input.language, today(ctx.services.clock));
  });

/**
 * EVA-4: a coordinator who reads a worrying free-text answer opens a concern from it, by hand; the
 * answer's words are the concern's facts, their source the evaluation answer, and the link is kept.
 */
export const concernFromAnswer = coordinatorProcedure
  .input(concernFromAnswerInput)
  .output(raisedConcernView)
  .mutation(async ({ ctx, input }) => {
    const day = today(ctx.services.clock);
    const match = await matchOfOrganisation(ctx.em, ctx.actor, input.matchId);
    const row = await ctx.em.findOne(EvaluationAnswerSet, { id: input.answerSetId, organisation: ctx.actor.organisationId, matchKey: matchKeyOf(ctx.services.evaluationKeySecret, match.id) });
    if (!row) throw new AppError('NOT_FOUND', 'answerSetId');
    const openings = await ctx.em.find(EvaluationConcernLink, { answerSet: row });
    const probe = openAnswerAsConcern(answerSetOf(row), input.itemId, { by: { personId: ctx.actor.id, role: 'coordinator' }, concernId: 'pending', on: day }, openings.map((o) => ({ answerSetId: o.answerSet.id, itemId: o.itemId })), day);
    if (!probe.ok) throw new AppError(probe.code, probe.field);
    const raised = await concernFromEvaluationAnswer(ctx.em, ctx.actor, match, { facts: probe.value.words, observedOn: row.submittedOn, acuteDanger: input.acuteDanger, disclosure: input.disclosure, source: probe.value.source }, ctx.services.clock.now(), ctx.services.publicUrl);
    ctx.em.create(EvaluationConcernLink, { organisation: ctx.actor.organisationId, answerSet: row, itemId: input.itemId, concernId: raised.concernId, openedById: ctx.actor.id, openedOn: day });
    audit(ctx.em, ctx.actor, 'evaluation.concernOpened', 'Concern', raised.concernId);
    await ctx.em.flush();
    return raised;
  });

