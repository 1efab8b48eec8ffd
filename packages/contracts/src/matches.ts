import { z } from 'zod';
import { WEEKDAYS } from '@driehoek/domain/application';
import { MEETING_FORMATS } from '@driehoek/domain/programme';
import { SUSPENSION_REASONS } from '@driehoek/domain/match';
import { id, isoDate, optionalText, requiredText } from './common.js';
import { scorePart } from './matching.js';

export const matchStage = z.enum(['proposed', 'introduced', 'agreed', 'contracted', 'scheduled', 'active', 'suspended', 'declined', 'ended']);
export type MatchStageView = z.infer<typeof matchStage>;
export const matchSource = z.enum(['suggestion', 'batch', 'preference', 'manual']);
export const contractSigner = z.enum(['pupil', 'parent', 'volunteer', 'mentee']);

/** Proposing a pair; a manual match outside the suggestions needs a reason. */
export const proposeMatchInput = z.object({
  pupilId: id,
  volunteerId: id,
  source: matchSource,
  manualReason: optionalText(1000).optional(),
});

/** Accepting several proposals of a batch run at once; each is checked on its own. */
export const proposeManyInput = z.object({ proposals: z.array(z.object({ pupilId: id, volunteerId: id, source: matchSource })).min(1).max(500) });

export const matchSummary = z.object({
  id,
  programmeId: z.string(),
  pupil: z.object({ id, name: z.string() }),
  volunteer: z.object({ id, name: z.string() }),
  stage: matchStage,
  proposedOn: z.string(),
  startedOn: z.string().nullable(),
});
export type MatchSummary = z.infer<typeof matchSummary>;

export const proposeManyOutput = z.object({
  created: z.array(matchSummary),
  refused: z.array(z.object({ pupilId: z.string(), volunteerId: z.string(), code: z.string() })),
});

export const listMatchesInput = z.object({ programmeId: id.optional(), stage: matchStage.optional() });

/** One match with every recorded step and what the coordinator must record next. */
export const matchDetail = z.object({
  id,
  programme: z.object({ id, name: z.string(), template: z.string() }),
  pupil: z.object({ id, name: z.string() }),
  volunteer: z.object({ id, name: z.string() }),
  /**
   * The names the contract's signers already have, so no step asks to retype them: the pupil's
   * parents with parental authority, and the mentee (the participating parent, or the pupil).
   */
  knownSigners: z.object({ parents: z.array(z.string()), mentee: z.string() }),
  stage: matchStage,
  source: matchSource,
  manualReason: z.string().nullable(),
  score: z.number().nullable(),
  /** The score's scale under the programme's weights now (the most one pair can earn). */
  maxScore: z.number(),
  parts: z.array(scorePart),
  proposedOn: z.string(),
  introduction: z.object({ heldOn: z.string(), attendees: z.array(z.string()), organisationRepresentative: z.string().nullable() }).nullable(),
  agreements: z.object({ volunteerOn: z.string().nullable(), familyOn: z.string().nullable() }),
  contract: z.object({
    signatures: z.array(z.object({ signer: contractSigner, signedBy: z.string(), signedOn: z.string(), textVersion: z.string() })),
    signersRequired: z.array(contractSigner),
    completedOn: z.string().nullable(),
  }),
  /** One slot for a weekly visit; three for Thuisschoolmaatje's calls. */
  weeklyTime: z.object({ slots: z.array(z.object({ weekday: z.enum(WEEKDAYS), time: z.string() })), format: z.string(), place: z.string().nullable(), agreedOn: z.string() }).nullable(),
  warmHandover: z.object({ heldOn: z.string(), by: z.string() }).nullable(),
  startedOn: z.string().nullable(),
  gettingToKnowUntil: z.string().nullable(),
  confirmedOn: z.string().nullable(),
  end: z.object({ on: z.string(), reason: z.string(), note: z.string().nullable() }).nullable(),
  decline: z.object({ on: z.string(), by: z.string(), reason: z.string() }).nullable(),
  /**
   * The suspension in force: since when, the reasons the coordinator may see (a concern only for
   * its case team, SAF-10), the coordinators' notes, and whether it is final (SCR-8: end it, do
   * not resume).
   */
  suspension: z.object({ since: z.string(), reasons: z.array(z.enum(SUSPENSION_REASONS)), notes: z.array(z.string()), final: z.boolean() }).nullable(),
  /** What must be recorded next, as MATCH.* step codes, in order. */
  nextSteps: z.array(z.string()),
  /** DOMAIN.md §2: a programme that waives the VOG shows it on every match. */
  vogWaived: z.boolean(),
  lifecycle: z.object({
    requireIntroduction: z.boolean(),
    organisationRepresentativeRequired: z.boolean(),
    requireWeeklyTime: z.boolean(),
    requireWarmHandover: z.boolean(),
    gettingToKnowWeeks: z.number(),
  }),
  /** The contract text version coordinators sign now. */
  contractTextVersion: z.string(),
});
export type MatchDetail = z.infer<typeof matchDetail>;

const matchRef = { matchId: id };
/**
 * The coordinator suspends a running match at once (their own decision needs a note; the other
 * reasons come from withdrawal, screening or a concern) or resumes it.
 */
export const suspendMatchInput = z.object({ ...matchRef, reason: z.literal('coordinator'), note: requiredText(1000) });
export const resumeMatchInput = z.object({ ...matchRef, note: optionalText(1000).optional() });
export const recordIntroductionInput = z.object({
  ...matchRef,
  heldOn: isoDate,
  attendees: z.array(requiredText(200)).min(1, { message: 'errors.chooseOne' }),
  organisationRepresentative: optionalText(200).nullable(),
});
export const recordAgreementInput = z.object({ ...matchRef, side: z.enum(['volunteer', 'family']), agreedOn: isoDate });
/** A signature on the contract: who signed (the name), for which role, when, and which text version. */
export const recordContractSignatureInput = z.object({ ...matchRef, signer: contractSigner, signedBy: requiredText(200), signedOn: isoDate, textVersion: requiredText(40) });
export const agreeWeeklyTimeInput = z.object({
  ...matchRef,
  slots: z
    .array(z.object({ weekday: z.enum(WEEKDAYS), time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'errors.time' }) }))
    .min(1, { message: 'errors.chooseOne' })
    .max(7),
  format: z.enum(MEETING_FORMATS),
  place: optionalText(200).nullable(),
  agreedOn: isoDate,
});
export const recordWarmHandoverInput = z.object({ ...matchRef, heldOn: isoDate, by: requiredText(200) });
export const matchActionInput = z.object(matchRef);
export const declineMatchInput = z.object({ ...matchRef, by: z.enum(['volunteer', 'family', 'coordinator']), reason: requiredText(1000) });
