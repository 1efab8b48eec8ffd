import { z } from 'zod';
import {
  AUTHORITY_CONTACT_TYPES,
  CONCERN_CATEGORIES,
  CONCERN_STATUSES,
  CONCERN_SUBJECT_TYPES,
  CONSULTATION_TYPES,
  CONVERSATION_SKIP_REASONS,
  DECISION_OUTCOMES,
  PARENTS_NOT_INFORMED_REASONS,
  SAFEGUARDING_ACTOR_ROLES,
  SUBJECT_OUTCOMES,
  type ConcernEntryBody,
} from '@driehoek/domain/safeguarding';
import { id, isoDate, optionalText, requiredText } from './common.js';
import type { Assert, Same } from './same.js';

/**
 * Safeguarding concerns on the wire (SAF-1…17; reference B1). Inputs carry exactly what the
 * domain's entry bodies hold; the views are what the reporter (their own report, SAF-2) and the
 * case team (everything, SAF-10) may read.
 */

const instant = z.string().min(20).max(30);
const text = (max: number) => requiredText(max);
const answer = z.object({ answer: z.enum(['yes', 'no']), rationale: text(2000) });
const factSource = z.discriminatedUnion('kind', [z.object({ kind: z.literal('ownObservation') }), z.object({ kind: z.literal('thirdParty'), who: optionalText(200) })]);
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * SAF-1: the minimum first (what was seen or heard, when, "is the child in danger now?", did the
 * child tell), the rest optional. From a volunteer: their running match; from staff: a match or
 * a pupil.
 */
export const raiseConcernInput = z.object({
  matchId: id.optional(),
  pupilId: id.optional(),
  facts: text(5000),
  observedOn: isoDate,
  observedTime: z.string().regex(HH_MM, { message: 'errors.time' }).optional(),
  acuteDanger: z.boolean().nullable(),
  dangerToLife: z.boolean().optional(),
  disclosure: z.boolean(),
  interpretation: optionalText(5000).optional(),
  context: optionalText(200).optional(),
  sources: z.array(factSource).max(10).readonly().optional(),
  categories: z.array(z.enum(CONCERN_CATEGORIES)).max(CONCERN_CATEGORIES.length).readonly().optional(),
  /** Staff only (SAF-11): a concern about a volunteer or staff member names them. */
  subject: z.object({ type: z.enum(CONCERN_SUBJECT_TYPES), personId: id.optional() }).optional(),
});
export type RaiseConcernInput = z.infer<typeof raiseConcernInput>;

export const concernRef = z.object({ concernId: id, expectedVersion: z.number().int().min(1).optional() });

export const addendumInput = concernRef.extend({
  facts: optionalText(5000).optional(),
  interpretation: optionalText(5000).optional(),
  sources: z.array(factSource).max(10).readonly().optional(),
});

const consultation = z.object({
  type: z.enum(CONSULTATION_TYPES),
  who: text(200),
  on: isoDate,
  identifiableDataShared: z.boolean(),
  adviceSummary: text(5000),
});
const conversation = z.object({
  with: z.array(z.enum(['parents', 'pupil', 'subject', 'other'])).min(1).readonly(),
  on: isoDate,
  heldBy: z.array(z.object({ name: text(200), role: z.enum(['coordinator', 'safeguardingLead', 'professional', 'volunteer']) })).min(1).readonly(),
  summary: text(5000),
});
const answers = z.object({ q1: answer.optional(), q2: answer.optional(), q3: answer.optional(), q4: answer.optional(), q5: answer.optional() });
const decision = z.object({
  outcomes: z.array(z.enum(DECISION_OUTCOMES)).readonly(),
  rationale: text(5000),
  followUpOn: isoDate.nullable(),
  subjectOutcome: z.enum(SUBJECT_OUTCOMES).optional(),
});
const parentsInformed = z.discriminatedUnion('informed', [
  z.object({ informed: z.literal(true), on: isoDate }),
  z.object({ informed: z.literal(false), reason: z.enum(PARENTS_NOT_INFORMED_REASONS), explanation: text(2000) }),
]);
const authorityContact = z.object({
  type: z.enum(AUTHORITY_CONTACT_TYPES),
  contactedAt: instant,
  contactedBy: text(200),
  reference: optionalText(100).optional(),
  summaryShared: text(5000),
  parentsInformed: parentsInformed.optional(),
});
const referral = z.object({ to: text(200), on: isoDate, basis: text(500) });
const followUp = z.object({ on: isoDate, q5: answer, notes: text(5000), nextFollowUpOn: isoDate.nullable() });

/** The case team's records: each Meldcode step, the authority contact, a referral, the closure. */
export const concernStep = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('assigned'), coordinatorIds: z.array(id).min(1).max(10).readonly() }),
  z.object({
    kind: z.literal('classified'),
    categories: z.array(z.enum(CONCERN_CATEGORIES)).readonly().optional(),
    acuteDanger: z.literal(true).optional(),
    disclosure: z.literal(true).optional(),
  }),
  z.object({ kind: z.literal('suspensionSet'), suspendsMatch: z.boolean(), reason: text(2000) }),
  z.object({ kind: z.literal('authorityContacted'), contact: authorityContact }),
  z.object({ kind: z.literal('signalsMapped'), summary: text(5000) }),
  z.object({ kind: z.literal('consulted'), consultation }),
  z.object({ kind: z.literal('conversationHeld'), conversation }),
  z.object({ kind: z.literal('conversationSkipped'), reason: z.enum(CONVERSATION_SKIP_REASONS), explanation: text(2000) }),
  z.object({ kind: z.literal('assessed'), answers }),
  z.object({ kind: z.literal('boardConsulted'), participants: z.array(text(200)).min(1).max(20).readonly(), summary: text(5000) }),
  z.object({ kind: z.literal('decided'), decision }),
  z.object({ kind: z.literal('referred'), referral }),
  z.object({ kind: z.literal('followedUp'), followUp }),
  z.object({ kind: z.literal('closed'), reason: text(2000) }),
]);
export type ConcernStep = z.infer<typeof concernStep>;
type StepBody = Exclude<ConcernEntryBody, { kind: 'reported' | 'addendum' | 'alertSent' | 'acknowledged' | 'acuteOverride' }>;
type _StepsAreTheDomains = Assert<Same<z.output<typeof concernStep>, StepBody>>;

/** A coordinator turns a worrying meeting log into a concern (never automatic): what of it worries them, and the two questions. */
export const concernFromLogInput = z.object({ meetingLogId: id, facts: text(5000), acuteDanger: z.boolean().nullable(), disclosure: z.boolean() });

/** SAF-16: the check-in's "safety concerns? yes/no"; yes says what was heard and the two questions (SAF-1). */
export const checkInSafety = z.discriminatedUnion('safetyConcern', [
  z.object({ safetyConcern: z.literal(false) }),
  z.object({ safetyConcern: z.literal(true), facts: text(5000), acuteDanger: z.boolean().nullable(), disclosure: z.boolean(), interpretation: optionalText(5000).optional() }),
]);

export const recordStepInput = concernRef.extend({ step: concernStep });

const person = z.object({ personId: z.string(), role: z.enum(SAFEGUARDING_ACTOR_ROLES), name: z.string() });

const timer = z.object({
  kind: z.enum(['acknowledgement', 'authorityContact', 'nextStep', 'decision', 'veiligThuisReport', 'followUp']),
  step: z.string().nullable().optional(),
  dueOn: z.string().nullable(),
  dueAt: z.string(),
  overdue: z.boolean(),
});
/** SAF-15: the open time targets, earliest first, and whether any is overdue. */
export const concernTimersView = z.object({ open: z.array(timer), overdue: z.boolean(), recordedLate: z.boolean() });

const statusEnum = z.enum(CONCERN_STATUSES);

/** One line of the case team's queue (SAF-15). */
export const concernQueueItem = z.object({
  id: z.string(),
  version: z.number(),
  pupil: z.object({ id: z.string(), name: z.string() }),
  matchId: z.string().nullable(),
  reportedAt: z.string(),
  reporter: person,
  status: statusEnum,
  acuteDanger: z.boolean(),
  dangerToLife: z.boolean(),
  disclosure: z.boolean(),
  subjectType: z.enum(CONCERN_SUBJECT_TYPES),
  acknowledged: z.boolean(),
  nextStep: z.string().nullable(),
  timers: concernTimersView,
});
export type ConcernQueueItem = z.infer<typeof concernQueueItem>;

const ownEntry = z.object({ version: z.number(), at: z.string(), kind: z.enum(['reported', 'addendum']), facts: z.string().nullable(), interpretation: z.string().nullable() });

/** What a reporter reads of their own report (SAF-2): their text and addenda, nothing of the deliberations. */
export const ownReportView = z.object({
  access: z.literal('ownReport'),
  id: z.string(),
  version: z.number(),
  pupilFirstName: z.string(),
  reportedAt: z.string(),
  entries: z.array(ownEntry),
});

const recordedFact = z.object({ version: z.number(), at: z.string(), by: person, text: z.string(), sources: z.array(factSource) });
const recordedInterpretation = z.object({ version: z.number(), at: z.string(), by: person, text: z.string() });

/** The whole case, for the case team (SAF-10), with the pupil's chronology (SAF-13). */
export const concernCaseView = concernQueueItem.extend({
  access: z.literal('full'),
  acuteSince: z.string().nullable(),
  categories: z.array(z.enum(CONCERN_CATEGORIES)),
  observedOn: z.string(),
  facts: z.array(recordedFact),
  interpretations: z.array(recordedInterpretation),
  statusHistory: z.array(z.object({ from: statusEnum.nullable(), to: statusEnum, at: z.string(), by: person, version: z.number() })),
  alerts: z.array(z.object({ recipient: person, at: z.string() })),
  acknowledgement: z.object({ by: person, at: z.string() }).nullable(),
  assignedCoordinators: z.array(person),
  authorityContacts: z.array(authorityContact),
  acuteGateOpen: z.boolean(),
  consultations: z.array(consultation),
  conversation: z.union([z.object({ held: conversation }), z.object({ skipped: z.object({ reason: z.enum(CONVERSATION_SKIP_REASONS), explanation: z.string() }) })]).nullable(),
  assessment: answers.nullable(),
  boardConsultation: z.object({ participants: z.array(z.string()), summary: z.string(), at: z.string() }).nullable(),
  decision: decision.extend({ at: z.string(), by: person }).nullable(),
  referrals: z.array(referral),
  followUps: z.array(followUp.extend({ at: z.string() })),
  suspendsMatch: z.boolean(),
  closure: z.object({ reason: z.string(), at: z.string(), by: person }).nullable(),
  /** The server's time of this answer: the default "contacted at" of a contact recorded now. */
  asOf: z.string(),
  /** The coordinators of the organisation the case may be assigned to. */
  assignable: z.array(z.object({ id: z.string(), name: z.string() })),
  chronology: z.object({
    repeated: z.boolean(),
    items: z.array(z.object({ concernId: z.string(), at: z.string(), kind: z.string(), version: z.number(), by: person })),
  }),
});
export type ConcernCaseView = z.infer<typeof concernCaseView>;

export const concernView = z.discriminatedUnion('access', [ownReportView, concernCaseView]);

export const concernListView = z.object({ own: z.array(ownReportView), queue: z.array(concernQueueItem) });

/** SAF-3 (1): what the reporter's screen shows the moment the report is saved. */
export const raisedConcernView = z.object({
  concernId: z.string(),
  urgency: z.enum(['dangerToLife', 'acute', 'notAcute']),
  callNow: z.array(z.enum(['emergency112', 'veiligThuis'])),
  lines: z.object({ emergency112: z.string(), veiligThuis: z.string() }),
  alertsSentAtOnce: z.boolean(),
});
export type RaisedConcernView = z.infer<typeof raisedConcernView>;

/** SAF-17: the organisation's safeguarding lead(s) and deputies. */
export const safeguardingRolesView = z.object({
  leads: z.array(z.object({ staffMemberId: z.string(), name: z.string() })),
  deputies: z.array(z.object({ staffMemberId: z.string(), name: z.string() })),
  complete: z.boolean(),
  candidates: z.array(z.object({ id: z.string(), name: z.string() })),
});
export const setSafeguardingRolesInput = z.object({ leadIds: z.array(id).max(5), deputyIds: z.array(id).max(5) });

/** SAF-17: who volunteers go to with a worry, as the portal shows it. */
export const safeguardingContactsView = z.object({ leads: z.array(z.string()), deputies: z.array(z.string()) });
