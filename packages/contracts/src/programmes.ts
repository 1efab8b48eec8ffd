import { z } from 'zod';
import { CONSENT_GIVERS, CONSENT_PURPOSES } from '@driehoek/domain/consent';
import { CONTRACT_SIGNERS } from '@driehoek/domain/match';
import { MAX_MATCHING_WEIGHT, PEER_PREFERENCES, SCORE_PARTS } from '@driehoek/domain/matching';
import {
  CHECK_IN_BY,
  MATCH_DURATION_BASES,
  MEETING_FORMATS,
  MENTEES,
  MENTOR_TYPOLOGIES,
  PROGRAMME_TEMPLATE_KEYS,
  QUESTIONNAIRE_MOMENTS,
  QUESTIONNAIRE_ROLES,
  type ProgrammeSettings,
} from '@driehoek/domain/programme';
import { SCREENING_STEPS, STEP_REQUIREMENTS } from '@driehoek/domain/screening';
import { id, isoDate, requiredText } from './common.js';
import type { Assert, Same } from './same.js';

/** A list as the domain holds one: read-only. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
/** Every key of `keys` with a value of `value` (an exhaustive record, as the domain's `Record<…>`). */
const everyKey = <K extends readonly [string, ...string[]], V extends z.ZodType>(keys: K, value: V) => z.record(z.enum(keys), value).readonly();

/**
 * A programme's settings on the wire: the domain's `ProgrammeSettings`
 * (`packages/domain/src/programme/settings.ts`) as a schema, built from the domain's own value
 * lists. It checks the shape (names, kinds, enum values); the rules (positive numbers, min ≤ max,
 * consents the questionnaires need, …) stay in `validateProgrammeSettings`, which answers with
 * field errors under `settings.<path>`. The type check below fails to compile when the schema and
 * the domain type drift apart.
 */
export const programmeSettings = z.object({
  mentee: z.enum(MENTEES),
  selfAssessmentBeforeTraining: z.boolean(),
  screening: z.object({
    steps: everyKey(SCREENING_STEPS, z.enum(STEP_REQUIREMENTS)),
    minReferenceChecks: z.number(),
    maxVogAgeMonths: z.number(),
    requiredVogAspects: list(z.string().max(20)),
    rescreeningIntervalMonths: z.number(),
    renewalReminderDays: z.number(),
    codeOfConductVersion: z.string().max(100),
    codeOfConductReacceptDays: z.number(),
    codeOfConductVersionSince: isoDate,
  }),
  consent: z.object({
    purposes: list(z.object({ purpose: z.enum(CONSENT_PURPOSES), givers: list(z.enum(CONSENT_GIVERS)), neededToMatch: z.boolean() })),
    familyNotification: z.object({ minAttemptsPerGuardian: z.number(), minDaysTrying: z.number() }),
  }),
  cadence: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('regular'), meetings: z.number(), perWeeks: z.number() }),
    z.object({ kind: z.literal('asNeeded') }),
  ]),
  meetingLength: z.object({ minMinutes: z.number(), maxMinutes: z.number() }).nullable(),
  meetingFormats: list(z.enum(MEETING_FORMATS)),
  preferredMeetingFormat: z.enum(MEETING_FORMATS),
  matchDuration: z.object({
    basis: z.enum(MATCH_DURATION_BASES),
    minMonths: z.number().nullable(),
    idealMonths: z.number().nullable(),
    maxMonths: z.number().nullable(),
    continueWithNewMentor: z.boolean(),
  }),
  checkIn: z.object({ intervalDays: z.number(), by: z.enum(CHECK_IN_BY), groupIntervisionIntervalDays: z.number().nullable() }),
  questionnaires: list(
    z.object({
      questionnaire: z.string().max(100),
      when: z.enum(QUESTIONNAIRE_MOMENTS),
      filledInBy: list(z.enum(QUESTIONNAIRE_ROLES)),
      timing: z.object({ offsetDays: z.number(), closureOffsetDays: z.number(), reminderAfterDays: z.number().nullable(), expiresAfterDays: z.number() }).optional(),
    }),
  ),
  evaluation: z.object({ minRespondentsPerFigure: z.number() }).optional(),
  activityBudgetCentsPerMatch: z.number(),
  volunteerAllowanceCentsPerMonth: z.number(),
  mentorTypology: z.enum(MENTOR_TYPOLOGIES),
  showVogWaiverOnMatches: z.boolean(),
  matching: z.object({
    // The ranges the matcher computes with (domain matching/validate.ts), so a bad setting is an
    // input error here rather than a refusal at the next batch.
    maxDistanceKm: z.number().min(0).max(40_000).nullable(),
    distanceScaleKm: z.number().positive().max(40_000).optional(),
    languageRequired: z.boolean(),
    slotsPerWeek: z.number().int().min(0).max(21),
    availabilityTarget: z.number().min(1).max(21).optional(),
    fullWaitingDays: z.number().min(1).max(36_500).optional(),
    peerPreference: z.enum(PEER_PREFERENCES),
    weights: everyKey(SCORE_PARTS, z.number().min(0).max(MAX_MATCHING_WEIGHT)),
  }),
  lifecycle: z.object({
    requireIntroduction: z.boolean(),
    organisationRepresentativeRequired: z.boolean(),
    contractSigners: list(z.enum(CONTRACT_SIGNERS)),
    requireWeeklyTime: z.boolean(),
    requireWarmHandover: z.boolean(),
    gettingToKnowWeeks: z.number(),
  }),
  safeguarding: z
    .object({
      acuteAcknowledgeMinutes: z.number(),
      acuteAuthorityContactMinutes: z.number(),
      recordWithinDays: z.number(),
      acknowledgeWithinWorkingDays: z.number(),
      stepWithinWorkingDays: z.number(),
      decideWithinWorkingDays: z.number(),
      reportWithinWorkingDays: z.number(),
      maxFollowUpDays: z.number(),
    })
    .optional(),
});
// The schema is the domain's type, both ways: what it accepts the domain takes, what the domain holds it accepts.
type _SettingsAreTheDomains = Assert<Same<z.output<typeof programmeSettings>, ProgrammeSettings>>;
type _DomainSettingsGoOnTheWire = Assert<Same<z.input<typeof programmeSettings>, ProgrammeSettings>>;

export const programmeTemplateKey = z.enum(PROGRAMME_TEMPLATE_KEYS);

/** A template a coordinator can start a programme from, with its default settings. */
export const programmeTemplateView = z.object({
  key: programmeTemplateKey,
  name: z.string(),
  mentee: z.enum(MENTEES),
  source: z.string(),
  settings: programmeSettings,
});

export const createProgrammeInput = z.object({ template: programmeTemplateKey, name: requiredText(200) });

/**
 * A programme's settings as the coordinator adjusts them: the whole `ProgrammeSettings`; the
 * server checks them with `validateProgrammeSettings` and answers with field errors under
 * `settings.<path>`.
 */
export const programmeSettingsInput = z.object({
  id,
  name: requiredText(200),
  openForApplications: z.boolean(),
  settings: programmeSettings,
});

export const programmeDetail = z.object({
  id,
  name: z.string(),
  template: programmeTemplateKey,
  openForApplications: z.boolean(),
  settings: programmeSettings,
});
export type ProgrammeDetail = z.infer<typeof programmeDetail>;
