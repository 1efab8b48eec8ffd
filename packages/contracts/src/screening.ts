import { z } from 'zod';
import { PIPELINE_STAGES, SCREENING_STEPS } from '@driehoek/domain/screening';
import { id, isoDate, optionalText, requiredText } from './common.js';

const volunteer = { volunteerId: id };

/** Introductory interview (kennismakingsgesprek): date, interviewer, notes, outcome. */
export const recordInterviewInput = z.object({
  ...volunteer,
  heldOn: isoDate,
  interviewer: requiredText(120),
  notes: optionalText(4000),
  outcome: z.enum(['suitable', 'unsuitable', 'doubt']),
});

export const recordReferenceInput = z.object({
  ...volunteer,
  checkedOn: isoDate,
  refereeName: requiredText(120),
  outcome: z.enum(['positive', 'negative']),
});

/** The coordinator sent the Justis link to request a VOG. */
export const requestVogInput = z.object({ ...volunteer, requestedOn: isoDate });

/**
 * SCR-5: the VOG was seen. Only who saw it, when, its issue date, screening aspects and an
 * optional Justis reference are kept; no copy, and no reason when it was not provided.
 */
export const registerVogInput = z.object({
  ...volunteer,
  seenOn: isoDate,
  issueDate: isoDate,
  screeningAspects: z.array(z.string().regex(/^\d{2}$/, { message: 'errors.aspect' })).max(20),
  justisReference: optionalText(60).optional(),
  result: z.enum(['provided', 'notProvided']),
});

export const signCodeOfConductInput = z.object({ ...volunteer, signedOn: isoDate, version: requiredText(40) });

export const completeTrainingInput = z.object({ ...volunteer, completedOn: isoDate });

/** Reject (by the organisation) or withdraw (the applicant stops), always with a reason. */
export const decideInput = z.object({
  ...volunteer,
  decision: z.enum(['rejected', 'withdrawn']),
  reason: requiredText(1000),
});

/**
 * SCR-8: the volunteer's screening is revoked (or they reported a VOG refusal): every running match
 * is suspended for good, proposals declined, sessions ended.
 */
export const revokeScreeningInput = z.object({ ...volunteer, reason: z.enum(['vogRefused', 'screeningRevoked']) });

export const listApplicantsInput = z.object({
  programmeId: id,
  stage: z.enum(PIPELINE_STAGES).optional(),
  search: optionalText(120).optional(),
});

export const pipelineStage = z.enum(PIPELINE_STAGES);
export const screeningStep = z.enum(SCREENING_STEPS);

export const applicantSummary = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  appliedOn: z.string(),
  channel: z.string(),
  stage: pipelineStage,
  readyToMatch: z.boolean(),
});
export type ApplicantSummary = z.infer<typeof applicantSummary>;

export const applicantList = z.object({
  items: z.array(applicantSummary),
  counts: z.record(pipelineStage, z.number()),
});
export type ApplicantList = z.infer<typeof applicantList>;

const stepAssessment = z.object({
  step: screeningStep,
  requirement: z.enum(['required', 'waived']),
  state: z.enum(['done', 'pending', 'failed', 'expired', 'waived']),
  problems: z.array(z.string()),
  doneOn: z.string().optional(),
});

export const applicantDetail = z.object({
  id,
  programme: z.object({ id, name: z.string(), codeOfConductVersion: z.string(), requiredVogAspects: z.array(z.string()) }),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string(),
  postcode: z.string(),
  birthDate: z.string(),
  languages: z.array(z.string()),
  availability: z.array(z.object({ day: z.string(), part: z.string() })),
  motivation: z.string(),
  channel: z.string(),
  employer: z.string().nullable(),
  matchingProfile: z.object({ gender: z.string(), skills: z.array(z.string()), capacity: z.number(), suspended: z.boolean() }),
  appliedOn: z.string(),
  privacyTextVersion: z.string(),
  assessment: z.object({
    status: z.string(),
    stage: pipelineStage,
    readyToMatch: z.boolean(),
    steps: z.array(stepAssessment),
    vogRenewalDue: z.string().optional(),
  }),
  record: z.object({
    intakeInterview: z
      .object({ heldOn: z.string(), interviewer: z.string(), notes: z.string(), outcome: z.string() })
      .nullable(),
    referenceChecks: z.array(z.object({ checkedOn: z.string(), refereeName: z.string(), outcome: z.string() })),
    vog: z.object({
      requestedOn: z.string().nullable(),
      registration: z
        .object({
          seenBy: z.string(),
          seenOn: z.string(),
          issueDate: z.string(),
          screeningAspects: z.array(z.string()),
          justisReference: z.string().nullable(),
          result: z.string(),
        })
        .nullable(),
    }),
    codeOfConduct: z.object({ signedOn: z.string(), version: z.string() }).nullable(),
    training: z.object({ completedOn: z.string() }).nullable(),
    decision: z.object({ kind: z.string(), reason: z.string(), decidedOn: z.string() }).nullable(),
  }),
});
export type ApplicantDetail = z.infer<typeof applicantDetail>;

export const programmeSummary = z.object({
  id,
  name: z.string(),
  template: z.string(),
  steps: z.record(screeningStep, z.enum(['required', 'waived'])),
});
export type ProgrammeSummary = z.infer<typeof programmeSummary>;

/** A message in the development outbox (or sent by SMTP). */
export const outboxMessage = z.object({
  id,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  /** True when sign-in codes and link secrets in the text are hidden. */
  masked: z.boolean(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessage>;
