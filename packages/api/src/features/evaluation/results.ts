import { EvaluationAnswerSet, EvaluationInvitation, Programme, type EntityManager } from '@driehoek/db';
import { aggregateAnswerSets, itemsOf, wordingFor, RESPONDENTS, type ProgrammeAggregate } from '@driehoek/domain/evaluation';
import { evaluationPolicyOf, QUESTIONNAIRE_MOMENTS } from '@driehoek/domain/programme';
import { programmeResults, programmeResultsInput, type ProgrammeResults } from '@driehoek/contracts/evaluation';
import { coordinatorProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { definitionsOf } from './definitions.js';
import { answerSetOf } from './match-evaluation.js';

export interface ResultsScope {
  readonly questionnaireId: string;
  readonly from: string;
  readonly to: string;
  readonly moment?: 'midTerm' | 'end';
  readonly respondents?: readonly ('pupil' | 'parent' | 'volunteer' | 'schoolMentor')[];
}

/**
 * A programme's scored aggregates for a period (for this feature's page and the programme report):
 * the domain's `aggregateAnswerSets` over the stored answer sets, under EVA-2 (no figure on fewer
 * respondents than the programme's threshold). Only the programme's own organisation may ask.
 */
export async function programmeEvaluationAggregate(em: EntityManager, organisationId: string, programmeId: string, scope: ResultsScope): Promise<ProgrammeAggregate> {
  const programme = await em.findOne(Programme, { id: programmeId, organisation: organisationId });
  if (!programme) throw new AppError('NOT_FOUND', 'programmeId');
  const definitions = await definitionsOf(em, programme.id);
  const rows = await em.find(EvaluationAnswerSet, { programme, questionnaireId: scope.questionnaireId, submittedOn: { $gte: scope.from, $lte: scope.to } });
  return aggregateAnswerSets(
    definitions,
    rows.map(answerSetOf),
    { programmeId: programme.id, questionnaireId: scope.questionnaireId, from: scope.from, to: scope.to, ...(scope.moment ? { moment: scope.moment } : {}), ...(scope.respondents ? { respondents: scope.respondents } : {}) },
    evaluationPolicyOf(programme.settings),
  );
}

/** The results page: completion per respondent and moment, and the aggregates with their texts, all under EVA-2. */
export async function programmeResultsOf(em: EntityManager, organisationId: string, programmeId: string, scope: ResultsScope, language: 'nl' | 'en'): Promise<ProgrammeResults> {
  const aggregate = await programmeEvaluationAggregate(em, organisationId, programmeId, scope);
  const definitions = (await definitionsOf(em, programmeId)).filter((definition) => definition.id === scope.questionnaireId).sort((a, b) => b.version - a.version);
  const newest = definitions[0];
  const placed = newest ? itemsOf(newest) : [];
  const invitations = await em.find(EvaluationInvitation, { programme: programmeId, organisation: organisationId, questionnaireId: scope.questionnaireId, sendOn: { $gte: scope.from, $lte: scope.to } });
  const min = aggregate.minRespondents;
  const completion = RESPONDENTS.flatMap((respondent) =>
    QUESTIONNAIRE_MOMENTS.flatMap((moment) => {
      const asked = invitations.filter((row) => row.respondent === respondent && row.moment === moment && row.sentAt !== null);
      if (asked.length === 0) return [];
      const answered = asked.filter((row) => row.answeredOn !== null).length;
      const people = new Set(asked.map((row) => row.personId)).size;
      return [{ respondent, moment, figure: people < min ? ({ withheld: true } as const) : ({ withheld: false, invited: asked.length, answered, rate: answered / asked.length } as const) }];
    }),
  );
  const textOf = (itemId: string) => {
    const entry = placed.find((candidate) => candidate.item.id === itemId);
    if (!entry) return itemId;
    const respondent = entry.respondents.find((r) => r !== 'pupil') ?? 'pupil';
    return wordingFor(entry.item.wording, respondent, language) ?? itemId;
  };
  return {
    minRespondents: min,
    total: aggregate.total,
    completion,
    items: aggregate.items.map((item) => ({
      itemId: item.itemId,
      text: textOf(item.itemId),
      kind: item.kind,
      figure: item.withheld
        ? { withheld: true as const }
        : {
            withheld: false as const,
            respondents: item.respondents,
            answers: item.answers,
            counts: item.kind === 'agreement' || item.kind === 'yesNo' ? item.counts : null,
            mean: item.kind === 'text' ? null : item.mean,
            shareAgree: item.kind === 'agreement' || item.kind === 'yesNo' ? item.shareAgree : null,
          },
    })),
    scales: aggregate.scales.map((scale) => ({
      scaleId: scale.scaleId,
      title: newest?.scales.find((s) => s.id === scale.scaleId)?.title[language] ?? scale.scaleId,
      figure: scale.withheld ? { withheld: true as const } : { withheld: false as const, respondents: scale.respondents, answers: scale.answers, mean: scale.mean, shareAgree: scale.shareAgree },
    })),
  };
}

export const results = coordinatorProcedure
  .input(programmeResultsInput)
  .output(programmeResults)
  .query(async ({ ctx, input }) => {
    const { programmeId, language, ...scope } = input;
    return programmeResultsOf(ctx.em, ctx.actor.organisationId, programmeId, scope, language);
  });
