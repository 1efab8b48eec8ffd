import { Programme, ProgrammeQuestionnaire, type EntityManager } from '@driehoek/db';
import { BUILT_IN_QUESTIONNAIRES, validateQuestionnaireDefinition } from '@driehoek/domain/evaluation';
import { addProgrammeQuestionnaireInput, programmeQuestionnaires, programmeQuestionnairesInput } from '@driehoek/contracts/evaluation';
import { coordinatorProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { audit } from '../../audit/index.js';
import { definitionsOf, titleOf } from './definitions.js';

async function ownProgramme(ctx: { em: EntityManager; actor: { organisationId: string } }, programmeId: string) {
  const programme = await ctx.em.findOne(Programme, { id: programmeId, organisation: ctx.actor.organisationId });
  if (!programme) throw new AppError('NOT_FOUND', 'programmeId');
  return programme;
}

/** The questionnaires a programme may choose (its settings' `questionnaires` say which it uses): built in and its own. */
export const listQuestionnaires = coordinatorProcedure
  .input(programmeQuestionnairesInput)
  .output(programmeQuestionnaires)
  .query(async ({ ctx, input }) => {
    const programme = await ownProgramme(ctx, input.programmeId);
    const builtIn = new Set(BUILT_IN_QUESTIONNAIRES);
    return (await definitionsOf(ctx.em, programme.id)).map((definition) => ({
      questionnaireId: definition.id,
      version: definition.version,
      title: titleOf(definition, 'nl'),
      respondents: definition.respondents,
      builtIn: builtIn.has(definition),
    }));
  });

/**
 * A coordinator adds a programme's own questionnaire, or a new version of one, without code: the
 * definition is checked by the domain (`validateQuestionnaireDefinition`: texts in every language
 * and for every respondent, scales, EVA-3) and stored as data; a version is never replaced.
 */
export const addQuestionnaire = coordinatorProcedure
  .input(addProgrammeQuestionnaireInput)
  .output(programmeQuestionnaires.element)
  .mutation(async ({ ctx, input }) => {
    const programme = await ownProgramme(ctx, input.programmeId);
    const definition = input.definition;
    const [refusal] = validateQuestionnaireDefinition(definition);
    if (refusal) throw new AppError(refusal.code, `definition.${refusal.field}`);
    const existing = await definitionsOf(ctx.em, programme.id);
    if (existing.some((known) => known.id === definition.id && known.version >= definition.version)) throw new AppError('EVALUATION.DEFINITION_VERSION_INVALID', 'definition.version');
    if (BUILT_IN_QUESTIONNAIRES.some((known) => known.id === definition.id)) throw new AppError('EVALUATION.ID_DUPLICATE', 'definition.id');
    const record = ctx.em.create(ProgrammeQuestionnaire, { organisation: programme.organisation, programme, questionnaireId: definition.id, version: definition.version, definition, createdById: ctx.actor.id });
    audit(ctx.em, ctx.actor, 'evaluation.questionnaireAdded', 'ProgrammeQuestionnaire', record.id);
    await ctx.em.flush();
    return { questionnaireId: definition.id, version: definition.version, title: titleOf(definition, 'nl'), respondents: definition.respondents, builtIn: false };
  });
