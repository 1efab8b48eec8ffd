import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ItemAnswer, QuestionnaireDefinition } from '@driehoek/domain/evaluation';
import { stampNow } from '../clock.js';
import { Organisation, Programme } from './organisation.js';
import { Match } from './match.js';
import { Volunteer } from './volunteer.js';
import { newId } from './id.js';

/**
 * One person asked to fill in one questionnaire at one moment of one match (DOMAIN.md §7; the
 * domain's `QuestionnaireInvitation`). It lives with the identities: who was asked and when. Its
 * state (scheduled, open, answered, expired) is derived from the dates and `answeredOn` by the
 * domain's `invitationStatus`, like screening's. It never points to the answers (EVA-2).
 *
 * `invitationKey` is the domain's stable key (match × questionnaire × person × moment), unique, so
 * the job may run as often as it likes. The personal link's secret is stored only as its SHA-256
 * (CONVENTIONS 2); the secret itself travels once, in the e-mail, in the URL fragment.
 */
export const EvaluationInvitation = defineEntity({
  name: 'EvaluationInvitation',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    programme: () => p.manyToOne(Programme).index(),
    match: () => p.manyToOne(Match).index().deleteRule('cascade'),
    invitationKey: p.string().length(255).unique(),
    /** `familyMember`, `volunteer`, `pupil` or `staff`: which table `personId` is in. */
    personKind: p.string().length(20),
    personId: p.string().length(36).index(),
    /** The programme's role (`mentor`, `mentee`, `parent`, `schoolMentor`). */
    role: p.string().length(20),
    /** Whom they answer as (`pupil`, `parent`, `volunteer`, `schoolMentor`). */
    respondent: p.string().length(20),
    questionnaireId: p.string().length(100),
    version: p.integer(),
    /** `midTerm` or `end`. */
    moment: p.string().length(10),
    language: p.string().length(5),
    sendOn: p.string().length(10).index(),
    remindOn: p.string().length(10).nullable(),
    /** The first day it can no longer be answered. */
    expiresOn: p.string().length(10),
    /** SHA-256 (hex) of the link secret; the secret itself is never stored. */
    linkSecretHash: p.string().length(64).unique(),
    sentAt: p.datetime().nullable(),
    remindedAt: p.datetime().nullable(),
    answeredOn: p.string().length(10).nullable(),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type EvaluationInvitation = InferEntity<typeof EvaluationInvitation>;

/**
 * One respondent's answers (the domain's `AnswerSet`) under pseudonymous keys only (EVA-2): no
 * person id, match id, name or e-mail. The api derives the keys again (keyed hash with a secret from
 * the environment) when it needs to find them. After the retention period (EVA-5, R-6) the keys
 * and free text go (`anonymisedOn` set, `submittedOn` the month's first day); aggregates stay.
 */
export const EvaluationAnswerSet = defineEntity({
  name: 'EvaluationAnswerSet',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    programme: () => p.manyToOne(Programme).index(),
    questionnaireId: p.string().length(100),
    version: p.integer(),
    matchKey: p.string().length(46).nullable().index(),
    respondentKey: p.string().length(46).nullable().index(),
    respondent: p.string().length(20),
    moment: p.string().length(10),
    language: p.string().length(5),
    submittedOn: p.string().length(10).index(),
    answers: p.json<ItemAnswer[]>(),
    anonymisedOn: p.string().length(10).nullable(),
  },
});
export type EvaluationAnswerSet = InferEntity<typeof EvaluationAnswerSet>;

/** EVA-4: a coordinator opened a worrying answer as a Concern; the link, recorded once per answer. */
export const EvaluationConcernLink = defineEntity({
  name: 'EvaluationConcernLink',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    answerSet: () => p.manyToOne(EvaluationAnswerSet).index().deleteRule('cascade'),
    itemId: p.string().length(64),
    concernId: p.string().length(36).index(),
    openedById: p.string().length(36),
    openedOn: p.string().length(10),
  },
  uniques: [{ properties: ['answerSet', 'itemId'] }],
});
export type EvaluationConcernLink = InferEntity<typeof EvaluationConcernLink>;

/**
 * A programme's own questionnaire, added by a coordinator without code: a `QuestionnaireDefinition`
 * as data, checked by the domain (`checkOwnQuestionnaire`) before it is stored. A version with
 * answers is never changed: an edit of it is a new version (`planOwnQuestionnaireSave`); a version
 * nobody answered yet may be replaced.
 */
export const ProgrammeQuestionnaire = defineEntity({
  name: 'ProgrammeQuestionnaire',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    programme: () => p.manyToOne(Programme).index(),
    questionnaireId: p.string().length(100),
    version: p.integer(),
    definition: p.json<QuestionnaireDefinition>(),
    createdById: p.string().length(36),
    createdAt: p.datetime().onCreate(stampNow),
  },
  uniques: [{ properties: ['programme', 'questionnaireId', 'version'] }],
});
export type ProgrammeQuestionnaire = InferEntity<typeof ProgrammeQuestionnaire>;

/**
 * EVA-1 "to a volunteer, only if that person consented": the volunteer's own decision about
 * evaluation questionnaires (the family's decisions are consent records of the pupil). The newest
 * row counts; `given`, `refused` or `withdrawn`. Refusing never affects a match.
 */
export const VolunteerEvaluationConsent = defineEntity({
  name: 'VolunteerEvaluationConsent',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    volunteer: () => p.manyToOne(Volunteer).index().deleteRule('cascade'),
    state: p.string().length(10),
    decidedOn: p.string().length(10),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type VolunteerEvaluationConsent = InferEntity<typeof VolunteerEvaluationConsent>;
