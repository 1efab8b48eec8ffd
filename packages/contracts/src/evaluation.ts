import { z } from 'zod';
import {
  AGREEMENT_ANSWERS,
  EVALUATION_LANGUAGES,
  RESPONDENTS,
  YES_NO_ANSWERS,
  type ItemAnswer,
  type QuestionnaireDefinition,
  type RenderedQuestionnaire,
} from '@driehoek/domain/evaluation';
import { QUESTIONNAIRE_MOMENTS, QUESTIONNAIRE_ROLES } from '@driehoek/domain/programme';
import { id, isoDate } from './common.js';
import type { Assert, Same } from './same.js';

/**
 * Evaluation questionnaires on the wire (DOMAIN.md §7; EVA-1…EVA-5): answering by personal link
 * or from the volunteer's portal, the coordinator's view of a match (who answered, the mirror, the
 * change) and a programme's results (figures on fewer respondents than the threshold withheld).
 */

export const evaluationLanguage = z.enum(EVALUATION_LANGUAGES);
export const respondent = z.enum(RESPONDENTS);
export const questionnaireMoment = z.enum(QUESTIONNAIRE_MOMENTS);
export const questionnaireRole = z.enum(QUESTIONNAIRE_ROLES);
export const invitationStatus = z.enum(['scheduled', 'open', 'answered', 'expired']);

const explanation = z.string().max(2_000, { message: 'errors.tooLong' }).optional();

/** One answer, as the domain's `ItemAnswer`. */
export const itemAnswer = z.discriminatedUnion('kind', [
  z.object({ itemId: z.string().min(1).max(64), kind: z.literal('agreement'), value: z.enum(AGREEMENT_ANSWERS), explanation }),
  z.object({ itemId: z.string().min(1).max(64), kind: z.literal('yesNo'), value: z.enum(YES_NO_ANSWERS), explanation }),
  z.object({ itemId: z.string().min(1).max(64), kind: z.literal('number'), value: z.number().finite() }),
  z.object({ itemId: z.string().min(1).max(64), kind: z.literal('text'), value: z.string().max(5_000, { message: 'errors.tooLong' }) }),
]);
type _ItemAnswer = Assert<Same<z.output<typeof itemAnswer>, ItemAnswer>>;

/** The secret of a personal link (from the URL fragment, never the path or the query). */
export const linkToken = z.string().min(20).max(100);
export const byLinkInput = z.object({ token: linkToken, language: evaluationLanguage.optional() });
export const answerByLinkInput = z.object({ token: linkToken, language: evaluationLanguage, answers: z.array(itemAnswer).max(200).readonly() });
export const volunteerInvitationInput = z.object({ invitationId: id, language: evaluationLanguage.optional() });
export const volunteerAnswerInput = z.object({ invitationId: id, language: evaluationLanguage, answers: z.array(itemAnswer).max(200).readonly() });
/** The portal's language, for the questionnaires' titles (absent: Dutch). */
export const myEvaluationsInput = z.object({ language: evaluationLanguage.optional() }).optional();
export const volunteerConsentInput = z.object({ decision: z.enum(['given', 'refused', 'withdrawn']) });

const option = <T extends readonly [string, ...string[]]>(values: T) => z.object({ value: z.enum(values), label: z.string() });
const renderedBase = { id: z.string(), text: z.string(), required: z.boolean() };
const followUp = z.object({ prompt: z.string(), required: z.boolean() });

/** The questionnaire as one respondent reads it in one language (the domain's `RenderedQuestionnaire`). */
export const renderedQuestionnaire = z.object({
  questionnaireId: z.string(),
  version: z.number().int(),
  respondent,
  language: evaluationLanguage,
  direction: z.enum(['ltr', 'rtl']),
  title: z.string(),
  introduction: z.string().nullable(),
  groups: z
    .array(
      z.object({
        id: z.string(),
        title: z.string().nullable(),
        instruction: z.string().nullable(),
        items: z
          .array(
            z.discriminatedUnion('kind', [
              z.object({ ...renderedBase, kind: z.literal('agreement'), options: z.array(option(AGREEMENT_ANSWERS)).readonly(), explanationPrompt: z.string(), explainUnless: z.enum(AGREEMENT_ANSWERS) }),
              z.object({
                ...renderedBase,
                kind: z.literal('yesNo'),
                options: z.array(option(YES_NO_ANSWERS)).readonly(),
                followUp: z.object({ yes: followUp.optional(), no: followUp.optional() }),
              }),
              z.object({ ...renderedBase, kind: z.literal('number'), min: z.number(), max: z.number(), wholeNumber: z.boolean(), unit: z.string().nullable() }),
              z.object({ ...renderedBase, kind: z.literal('text'), maxLength: z.number().int() }),
            ]),
          )
          .readonly(),
      }),
    )
    .readonly(),
});
type _Rendered = Assert<Same<z.output<typeof renderedQuestionnaire>, RenderedQuestionnaire>>;

/** What a personal link (or the volunteer's portal) opens: the questionnaire, or why it cannot be answered. */
export const questionnaireToAnswer = z.object({
  invitationId: id,
  status: invitationStatus,
  moment: questionnaireMoment,
  expiresOn: isoDate,
  languages: z.array(evaluationLanguage).readonly(),
  questionnaire: renderedQuestionnaire,
});
export type QuestionnaireToAnswer = z.infer<typeof questionnaireToAnswer>;

export const answered = z.object({ answered: z.literal(true) });

/** The volunteer's questionnaires in the portal, with their own evaluation consent (EVA-1). */
export const volunteerEvaluations = z.object({
  consent: z.enum(['given', 'refused', 'withdrawn', 'pending']),
  invitations: z
    .array(z.object({ invitationId: id, menteeFirstName: z.string(), questionnaireId: z.string(), title: z.string(), moment: questionnaireMoment, status: invitationStatus, expiresOn: isoDate }))
    .readonly(),
});
export type VolunteerEvaluations = z.infer<typeof volunteerEvaluations>;

export const coordinatorLanguage = z.enum(['nl', 'en']);
export const matchEvaluationInput = z.object({ matchId: id, language: coordinatorLanguage.default('nl') });

const answerValue = z.union([z.enum(AGREEMENT_ANSWERS), z.enum(YES_NO_ANSWERS), z.number()]);

/** A match's evaluation for its coordinator: who was asked and answered, the answers, the mirror and the change. */
export const matchEvaluation = z.object({
  invitations: z
    .array(
      z.object({
        invitationId: id,
        personName: z.string(),
        role: questionnaireRole,
        respondent,
        questionnaireId: z.string(),
        title: z.string(),
        moment: questionnaireMoment,
        sendOn: isoDate,
        expiresOn: isoDate,
        status: invitationStatus,
        mailed: z.boolean(),
      }),
    )
    .readonly(),
  answerSets: z
    .array(
      z.object({
        answerSetId: id,
        respondent,
        questionnaireId: z.string(),
        title: z.string(),
        moment: questionnaireMoment,
        submittedOn: isoDate,
        language: evaluationLanguage,
        answers: z
          .array(
            z.object({
              itemId: z.string(),
              text: z.string(),
              kind: z.enum(['agreement', 'yesNo', 'number', 'text']),
              value: z.union([z.string(), z.number()]),
              explanation: z.string().nullable(),
              /** EVA-4: the concern a coordinator opened from this answer. */
              concernId: z.string().nullable(),
            }),
          )
          .readonly(),
        scales: z.array(z.object({ scaleId: z.string(), title: z.string(), counts: z.boolean(), mean: z.number().nullable(), shareAgree: z.number().nullable() })).readonly(),
      }),
    )
    .readonly(),
  mirrors: z
    .array(
      z.object({
        questionnaireId: z.string(),
        title: z.string(),
        moment: questionnaireMoment,
        respondents: z.tuple([respondent, respondent]),
        items: z.array(z.object({ itemId: z.string(), text: z.string(), first: answerValue, second: answerValue, same: z.boolean(), gap: z.number() })).readonly(),
        agreementShare: z.number().nullable(),
      }),
    )
    .readonly(),
  changes: z
    .array(
      z.object({
        respondent,
        fromQuestionnaireId: z.string(),
        toQuestionnaireId: z.string(),
        items: z
          .array(z.object({ itemId: z.string(), text: z.string(), before: answerValue, after: answerValue, difference: z.number(), direction: z.enum(['better', 'same', 'worse']) }))
          .readonly(),
        scales: z.array(z.object({ scaleId: z.string(), title: z.string(), before: z.number(), after: z.number(), difference: z.number(), direction: z.enum(['better', 'same', 'worse']) })).readonly(),
      }),
    )
    .readonly(),
});
export type MatchEvaluation = z.infer<typeof matchEvaluation>;

/** EVA-4: a coordinator opens a worrying free-text answer as a concern, by hand. */
export const concernFromAnswerInput = z.object({
  matchId: id,
  answerSetId: id,
  itemId: z.string().min(1).max(64),
  acuteDanger: z.boolean().nullable(),
  disclosure: z.boolean(),
});

export const programmeResultsInput = z.object({
  programmeId: id,
  questionnaireId: z.string().min(1).max(100),
  from: isoDate,
  to: isoDate,
  moment: questionnaireMoment.optional(),
  respondents: z.array(respondent).min(1).max(4).readonly().optional(),
  language: coordinatorLanguage.default('nl'),
});
export type ProgrammeResultsInput = z.input<typeof programmeResultsInput>;

const shown = { withheld: z.literal(false), respondents: z.number().int(), answers: z.number().int() };
const withheld = z.object({ withheld: z.literal(true) });
const counts = z.object({ disagree: z.number().int(), agree: z.number().int(), couldBeImproved: z.number().int(), yes: z.number().int(), no: z.number().int() }).partial();

/** A programme's results in a period: completion and per item and scale, under EVA-2. */
export const programmeResults = z.object({
  minRespondents: z.number().int(),
  total: z.union([withheld, z.object(shown)]),
  completion: z
    .array(
      z.object({
        respondent,
        moment: questionnaireMoment,
        figure: z.union([withheld, z.object({ withheld: z.literal(false), invited: z.number().int(), answered: z.number().int(), rate: z.number() })]),
      }),
    )
    .readonly(),
  items: z
    .array(
      z.object({
        itemId: z.string(),
        text: z.string(),
        kind: z.enum(['agreement', 'yesNo', 'number', 'text']),
        figure: z.union([withheld, z.object({ ...shown, counts: counts.nullable(), mean: z.number().nullable(), shareAgree: z.number().nullable() })]),
      }),
    )
    .readonly(),
  scales: z
    .array(z.object({ scaleId: z.string(), title: z.string(), figure: z.union([withheld, z.object({ ...shown, mean: z.number(), shareAgree: z.number().nullable() })]) }))
    .readonly(),
});
export type ProgrammeResults = z.infer<typeof programmeResults>;

export const programmeQuestionnairesInput = z.object({ programmeId: id, language: coordinatorLanguage.default('nl') });
export const programmeQuestionnaires = z.array(
  z.object({ questionnaireId: z.string(), version: z.number().int(), title: z.string(), respondents: z.array(respondent).readonly(), builtIn: z.boolean() }),
);

const localisedText = z.object({ nl: z.string().max(2_000), en: z.string().max(2_000), ar: z.string().max(2_000), tr: z.string().max(2_000), pl: z.string().max(2_000) }).partial();
const wording = z.object({
  text: localisedText.optional(),
  byRespondent: z.object({ parent: localisedText, volunteer: localisedText, schoolMentor: localisedText }).partial().optional(),
  childFriendly: localisedText.optional(),
});
const elementId = z.string().min(1).max(64);
const itemBase = {
  id: elementId,
  wording,
  required: z.boolean(),
  respondents: z.array(respondent).max(4).readonly().optional(),
  specialCategory: z.boolean().optional(),
  source: z.string().max(300).optional(),
};
const definitionFollowUp = z.object({ prompt: wording, required: z.boolean() });

/** A questionnaire definition as data (the domain's `QuestionnaireDefinition`); its rules are `validateQuestionnaireDefinition`'s. */
export const questionnaireDefinition = z.object({
  id: z.string().min(1).max(100),
  version: z.number().int(),
  title: wording,
  introduction: wording.optional(),
  respondents: z.array(respondent).max(4).readonly(),
  languages: z.array(evaluationLanguage).max(5).readonly(),
  translationsToReview: z.array(evaluationLanguage).max(5).readonly().optional(),
  groups: z
    .array(
      z.object({
        id: elementId,
        title: wording.optional(),
        instruction: wording.optional(),
        respondents: z.array(respondent).max(4).readonly(),
        items: z
          .array(
            z.discriminatedUnion('kind', [
              z.object({ ...itemBase, kind: z.literal('agreement'), explanationPrompt: wording, reverseScored: z.boolean().optional() }),
              z.object({ ...itemBase, kind: z.literal('yesNo'), followUp: z.object({ yes: definitionFollowUp.optional(), no: definitionFollowUp.optional() }).optional(), reverseScored: z.boolean().optional() }),
              z.object({ ...itemBase, kind: z.literal('number'), min: z.number(), max: z.number(), wholeNumber: z.boolean(), unit: wording.optional(), scoring: z.enum(['higherIsBetter', 'lowerIsBetter', 'notScored']) }),
              z.object({ ...itemBase, kind: z.literal('text'), maxLength: z.number().int() }),
            ]),
          )
          .max(200)
          .readonly(),
      }),
    )
    .max(50)
    .readonly(),
  scales: z.array(z.object({ id: elementId, title: localisedText, itemIds: z.array(elementId).max(200).readonly(), minAnswered: z.number().int() })).max(50).readonly(),
  dpiaUpdate: z.object({ reference: z.string().min(1).max(200), updatedOn: isoDate }).optional(),
  source: z.string().max(300).optional(),
});
type _Definition = Assert<Same<z.output<typeof questionnaireDefinition>, QuestionnaireDefinition>>;

/** A programme's own questionnaire: the definition as data, checked by the domain before it is stored. */
export const addProgrammeQuestionnaireInput = z.object({ programmeId: id, definition: questionnaireDefinition });

/**
 * *Vandaag*: per match of the coordinator's organisation, who has not answered which questionnaire
 * yet while it is open, due or overdue as the domain's `questionnaireUrgency` says (overdue from
 * the reminder's day), with the last day to answer.
 */
export const questionnaireFollowUpInput = z.object({ programmeId: id.optional(), language: coordinatorLanguage.default('nl') });
export const questionnaireFollowUp = z.array(
  z.object({
    matchId: z.string(),
    pupilName: z.string(),
    volunteerName: z.string(),
    programmeName: z.string(),
    urgency: z.enum(['due', 'overdue']),
    outstanding: z
      .array(
        z.object({
          invitationId: z.string(),
          personName: z.string(),
          role: questionnaireRole,
          title: z.string(),
          moment: questionnaireMoment,
          sendOn: isoDate,
          lastDay: isoDate,
          urgency: z.enum(['due', 'overdue']),
        }),
      )
      .readonly(),
  }),
);
export type QuestionnaireFollowUp = z.infer<typeof questionnaireFollowUp>;

/** The school mentor's own questionnaires (the school view): about the pupils of their school they were asked about. */
export const schoolMentorEvaluations = z.array(
  z.object({
    invitationId: z.string(),
    pupilName: z.string(),
    title: z.string(),
    moment: questionnaireMoment,
    status: invitationStatus,
    expiresOn: isoDate,
  }),
);

/** When an own questionnaire goes out and to whom: a programme's `QuestionnaireUse` for it, per moment. */
export const ownQuestionnaireUse = z.object({
  when: questionnaireMoment,
  filledInBy: z.array(questionnaireRole).min(1).max(4).readonly(),
  timing: z.object({
    offsetDays: z.number().int().min(-366).max(366),
    closureOffsetDays: z.number().int().min(-366).max(366),
    reminderAfterDays: z.number().int().min(1).max(366).nullable(),
    expiresAfterDays: z.number().int().min(1).max(366),
  }),
});

/**
 * The builder saves a programme's own questionnaire: without `questionnaireId` a new one, with it
 * an edit (the server picks the version: the same one until it has answers, then the next), and
 * when it is sent (the programme's uses of it, replaced).
 */
export const saveProgrammeQuestionnaireInput = z.object({
  programmeId: id,
  questionnaireId: z.string().min(1).max(100).optional(),
  definition: questionnaireDefinition.omit({ id: true, version: true }),
  uses: z.array(ownQuestionnaireUse).max(2).readonly(),
});
export type SaveProgrammeQuestionnaireInput = z.input<typeof saveProgrammeQuestionnaireInput>;
export const savedProgrammeQuestionnaire = z.object({ questionnaireId: z.string(), version: z.number().int(), newVersion: z.boolean() });

export const programmeQuestionnaireInput = z.object({ programmeId: id, questionnaireId: z.string().min(1).max(100) });
/** An own questionnaire to edit: its newest version, whether that one has answers, and when it is sent. */
export const ownProgrammeQuestionnaire = z.object({
  definition: questionnaireDefinition,
  answered: z.boolean(),
  uses: z.array(ownQuestionnaireUse).readonly(),
});
export type OwnProgrammeQuestionnaire = z.infer<typeof ownProgrammeQuestionnaire>;
