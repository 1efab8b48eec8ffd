import { EvaluationAnswerSet, Programme, ProgrammeQuestionnaire, newId, type EntityManager } from '@driehoek/db';
import {
  BUILT_IN_QUESTIONNAIRES,
  checkOwnQuestionnaire,
  checkQuestionnaireUses,
  completeOwnQuestionnaire,
  newestById,
  planOwnQuestionnaireSave,
  validateQuestionnaireDefinition,
  type QuestionnaireDefinition,
} from '@driehoek/domain/evaluation';
import { questionnaireTimingOf, validateProgrammeSettings, type ProgrammeSettings, type QuestionnaireUse } from '@driehoek/domain/programme';
import {
  addProgrammeQuestionnaireInput,
  ownProgrammeQuestionnaire,
  programmeQuestionnaireInput,
  programmeQuestionnaires,
  programmeQuestionnairesInput,
  saveProgrammeQuestionnaireInput,
  savedProgrammeQuestionnaire,
} from '@driehoek/contracts/evaluation';
import { coordinatorProcedure } from '../../trpc/index.js';
import { AppError, type AppErrorCode } from '../../errors/index.js';
import { audit } from '../../audit/index.js';
import { definitionsOf, titleOf } from './definitions.js';

/** Another organisation's programme is "not found" (CONVENTIONS 7). */
async function ownProgramme(ctx: { em: EntityManager; actor: { organisationId: string } }, programmeId: string) {
  const programme = await ctx.em.findOne(Programme, { id: programmeId, organisation: ctx.actor.organisationId });
  if (!programme) throw new AppError('NOT_FOUND', 'programmeId');
  return programme;
}

/** Every refusal as a field error under `prefix`, the first one as the code. */
function refuseAll(refusals: readonly { code: AppErrorCode; field?: string | undefined }[], prefix: string): never {
  const fieldErrors: Record<string, string> = {};
  for (const refusal of refusals) {
    const field = `${prefix}.${refusal.field ?? ''}`.replace(/\.$/, '');
    fieldErrors[field] ??= refusal.code;
  }
  throw new AppError(refusals[0]!.code, `${prefix}.${refusals[0]!.field ?? ''}`.replace(/\.$/, ''), fieldErrors);
}

/**
 * The questionnaires a programme may choose (its settings' `questionnaires` say which it uses): built
 * in and its own, each in its newest version, titled in the coordinator's language.
 */
export const listQuestionnaires = coordinatorProcedure
  .input(programmeQuestionnairesInput)
  .output(programmeQuestionnaires)
  .query(async ({ ctx, input }) => {
    const programme = await ownProgramme(ctx, input.programmeId);
    const builtIn = new Set(BUILT_IN_QUESTIONNAIRES);
    return [...newestById(await definitionsOf(ctx.em, programme.id)).values()].map((definition) => ({
      questionnaireId: definition.id,
      version: definition.version,
      title: titleOf(definition, input.language),
      respondents: definition.respondents,
      builtIn: builtIn.has(definition),
    }));
  });

/**
 * A coordinator adds a programme's own questionnaire, or a new version of one, as a whole definition:
 * checked by the domain (`validateQuestionnaireDefinition`: texts in every language and for every
 * respondent, scales, EVA-3) and stored as data; a version is never replaced. The builder uses
 * `saveQuestionnaire`.
 */
export const addQuestionnaire = coordinatorProcedure
  .input(addProgrammeQuestionnaireInput)
  .output(programmeQuestionnaires.element)
  .mutation(async ({ ctx, input }) => {
    const programme = await ownProgramme(ctx, input.programmeId);
    const definition = input.definition;
    const refusals = validateQuestionnaireDefinition(definition);
    if (refusals.length > 0) refuseAll(refusals, 'definition');
    const existing = await definitionsOf(ctx.em, programme.id);
    if (existing.some((known) => known.id === definition.id && known.version >= definition.version)) throw new AppError('EVALUATION.DEFINITION_VERSION_INVALID', 'definition.version');
    if (BUILT_IN_QUESTIONNAIRES.some((known) => known.id === definition.id)) throw new AppError('EVALUATION.ID_DUPLICATE', 'definition.id');
    const record = ctx.em.create(ProgrammeQuestionnaire, { organisation: programme.organisation, programme, questionnaireId: definition.id, version: definition.version, definition, createdById: ctx.actor.id });
    audit(ctx.em, ctx.actor, 'evaluation.questionnaireAdded', 'ProgrammeQuestionnaire', record.id);
    await ctx.em.flush();
    return { questionnaireId: definition.id, version: definition.version, title: titleOf(definition, 'nl'), respondents: definition.respondents, builtIn: false };
  });

/** The newest stored version of a programme's own questionnaire, or NOT_FOUND (built-in ones are not edited here). */
async function newestOwn(em: EntityManager, programmeId: string, questionnaireId: string) {
  const [record] = await em.find(ProgrammeQuestionnaire, { programme: programmeId, questionnaireId }, { orderBy: { version: 'desc' }, limit: 1 });
  if (!record) throw new AppError('NOT_FOUND', 'questionnaireId');
  return record;
}

const hasAnswers = async (em: EntityManager, programmeId: string, definition: QuestionnaireDefinition): Promise<boolean> =>
  (await em.count(EvaluationAnswerSet, { programme: programmeId, questionnaireId: definition.id, version: definition.version })) > 0;

/** The programme's uses of one questionnaire, in the builder's shape (every use with its timing). */
const usesOf = (settings: ProgrammeSettings, questionnaireId: string) =>
  settings.questionnaires.filter((use) => use.questionnaire === questionnaireId).map((use) => ({ when: use.when, filledInBy: use.filledInBy, timing: questionnaireTimingOf(use) }));

/** An own questionnaire for the builder: its newest version, whether anyone answered it, and when it is sent. */
export const getQuestionnaire = coordinatorProcedure
  .input(programmeQuestionnaireInput)
  .output(ownProgrammeQuestionnaire)
  .query(async ({ ctx, input }) => {
    const programme = await ownProgramme(ctx, input.programmeId);
    const record = await newestOwn(ctx.em, programme.id, input.questionnaireId);
    return { definition: record.definition, answered: await hasAnswers(ctx.em, programme.id, record.definition), uses: usesOf(programme.settings, record.questionnaireId) };
  });

/**
 * The builder saves a programme's own questionnaire without code. The domain completes it
 * (`completeOwnQuestionnaire`: default prompts, optional languages read the Dutch text) and checks
 * it (`checkOwnQuestionnaire`); an edit of a version with answers becomes the next version and the
 * answered one stays as it was (`planOwnQuestionnaireSave`), so answers stay tied to what they
 * answered. When it is sent replaces the programme's uses of it, checked as the settings are
 * (`validateProgrammeSettings`, `checkQuestionnaireUses`); scheduling then plans it like a shipped one.
 */
export const saveQuestionnaire = coordinatorProcedure
  .input(saveProgrammeQuestionnaireInput)
  .output(savedProgrammeQuestionnaire)
  .mutation(async ({ ctx, input }) => {
    const programme = await ownProgramme(ctx, input.programmeId);
    const previousRecord = input.questionnaireId === undefined ? undefined : await newestOwn(ctx.em, programme.id, input.questionnaireId);
    const previous = previousRecord?.definition;
    const plan = planOwnQuestionnaireSave(previous, previous ? await hasAnswers(ctx.em, programme.id, previous) : false);
    const questionnaireId = previous?.id ?? `own-${newId()}`;
    const definition = completeOwnQuestionnaire({ ...input.definition, id: questionnaireId, version: plan.version });
    const refusals = checkOwnQuestionnaire(definition, previous);
    if (refusals.length > 0) refuseAll(refusals, 'definition');

    const uses: QuestionnaireUse[] = input.uses.map((use) => ({ questionnaire: questionnaireId, when: use.when, filledInBy: [...use.filledInBy], timing: use.timing }));
    const settings: ProgrammeSettings = { ...programme.settings, questionnaires: [...programme.settings.questionnaires.filter((use) => use.questionnaire !== questionnaireId), ...uses] };
    const settingsRefusals = validateProgrammeSettings(settings).filter((refusal) => refusal.field?.startsWith('questionnaires'));
    const others = (await definitionsOf(ctx.em, programme.id)).filter((known) => known.id !== questionnaireId);
    const useRefusals = checkQuestionnaireUses({ mentee: settings.mentee, questionnaires: settings.questionnaires }, [...others, definition]);
    // Report a use's problem at its place in the builder (`uses.0.filledInBy`), not in the settings.
    const offset = settings.questionnaires.length - uses.length;
    const atUse = (field: string | undefined) => field?.replace(/^questionnaires\.(\d+)/, (_, index: string) => (Number(index) >= offset ? `${Number(index) - offset}` : index)).replace(/^questionnaires$/, '');
    const problems = [...settingsRefusals, ...useRefusals].map((refusal) => ({ code: refusal.code, field: atUse(refusal.field) }));
    if (problems.length > 0) refuseAll(problems, 'uses');

    if (plan.kind === 'replace' && previousRecord) {
      previousRecord.definition = definition;
    } else {
      ctx.em.create(ProgrammeQuestionnaire, { organisation: programme.organisation, programme, questionnaireId, version: plan.version, definition, createdById: ctx.actor.id });
    }
    programme.settings = settings;
    audit(ctx.em, ctx.actor, plan.kind === 'first' ? 'evaluation.questionnaireAdded' : 'evaluation.questionnaireEdited', 'Programme', programme.id);
    await ctx.em.flush();
    return { questionnaireId, version: plan.version, newVersion: plan.kind === 'nextVersion' };
  });
